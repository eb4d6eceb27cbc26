//! `irf completions SHELL` and `irf man`: the shell completions and the manual page,
//! generated from the clap definitions (clap_complete, clap_mangen), so they always
//! name the subcommands and options this program has. Both write to standard output;
//! README ("Installing on the server") and the Debian package put them where shells and
//! `man` look.

use std::io::Write;
use std::process::ExitCode;

use clap::CommandFactory;

use super::Cli;

/// Writes the completion script for `shell` to standard output.
pub(super) fn completions(shell: clap_complete::Shell) -> ExitCode {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "irf", &mut out);
    write_out(&out)
}

/// Writes the manual page irf(1), with a section for each subcommand, to standard
/// output.
pub(super) fn man() -> ExitCode {
    let mut out = Vec::new();
    match manual(&mut out) {
        Ok(()) => write_out(&out),
        Err(e) => {
            eprintln!("irf: {e}");
            ExitCode::from(1)
        }
    }
}

/// The manual page: the name, synopsis, description and options of irf, then a
/// section for each visible subcommand ("IRF EXPORT") with its own synopsis,
/// description and options as subsections, then the version.
fn manual(out: &mut Vec<u8>) -> std::io::Result<()> {
    let command = Cli::command();
    let man = clap_mangen::Man::new(command.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    for sub in command.get_subcommands().filter(|c| !c.is_hide_set()) {
        writeln!(out, ".SH \"IRF {}\"", sub.get_name().to_uppercase())?;
        out.extend(subsections(&format!("irf {}", sub.get_name()), sub)?);
        for nested in sub.get_subcommands().filter(|c| !c.is_hide_set()) {
            let name = format!("irf {} {}", sub.get_name(), nested.get_name());
            writeln!(out, ".SS \"{name}\"")?;
            out.extend(subsections(&name, nested)?);
        }
    }
    man.render_version_section(out)
}

/// A subcommand's synopsis, description and options, each a subsection (`.SS`) of the
/// section it is written under.
fn subsections(name: &str, sub: &clap::Command) -> std::io::Result<Vec<u8>> {
    let page = clap_mangen::Man::new(sub.clone().bin_name(name.to_string()));
    let mut text = Vec::new();
    page.render_synopsis_section(&mut text)?;
    page.render_description_section(&mut text)?;
    if sub.get_arguments().any(|a| !a.is_hide_set()) {
        page.render_options_section(&mut text)?;
    }
    let text = String::from_utf8_lossy(&text).replace("\n.SH ", "\n.SS ");
    Ok(text.strip_prefix(".SH ").map_or_else(
        || text.clone().into_bytes(),
        |rest| format!(".SS {rest}").into_bytes(),
    ))
}

/// Writes `bytes` to standard output; a closed pipe (`irf man | head`) is no error.
fn write_out(bytes: &[u8]) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("irf: {e}");
            ExitCode::from(1)
        }
    }
}
