//! Helpers shared by the integration tests (`mod support;`).

pub mod app;
pub mod cli;
pub mod db;
pub mod pty;
pub mod rng;
pub mod session;
