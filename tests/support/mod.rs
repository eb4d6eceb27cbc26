//! Helpers shared by the integration tests (`mod support;`).

pub mod app;
pub mod cli;
pub mod pty;
