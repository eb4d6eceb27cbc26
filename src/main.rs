//! The `irf` binary: parse the command line and hand over to the TUI or a subcommand.
//! Everything else lives in the library (see `lib.rs` for the map).

#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    irf::cli::main()
}
