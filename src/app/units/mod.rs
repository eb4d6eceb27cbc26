//! The Tjenester pane: the unit registry and its reference groups.

mod members;
mod notes;
