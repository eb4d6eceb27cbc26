//! Texts of the non-interactive subcommands (shell lookups).
