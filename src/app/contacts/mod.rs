//! The Kontakter pane: contacts by region.

mod form;
