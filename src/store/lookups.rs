//! Queries behind the shell lookups (`irf find`, `irf contacts`, `irf show`).
