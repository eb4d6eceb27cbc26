//! Reading a meeting with its agenda and each case's sections, for the agenda export.
