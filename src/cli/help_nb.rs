//! `--help` in bokmål: the clap definitions are written in English (they are also the
//! manual page's source), and this table gives each of their texts in bokmål, matched
//! on the English text itself, paragraph by paragraph. [`localise`] rewrites a command
//! tree with it, with Norwegian headings and its own help and version flags; a test
//! walks the whole tree so that no new option goes untranslated.

use clap::{Arg, ArgAction, Command};

use crate::i18n::Lang;

use super::help_texts::NB;

/// The bokmål for `english`, paragraph by paragraph (a first paragraph that is an
/// about with a full stop added is found by the about); `None` if one is missing.
fn bokmal(english: &str) -> Option<String> {
    let mut out = Vec::new();
    for paragraph in english.split("\n\n") {
        let found = NB
            .iter()
            .find(|(en, _)| *en == paragraph)
            .map(|(_, nb)| nb.to_string());
        let found = found.or_else(|| {
            let bare = paragraph.strip_suffix('.')?;
            NB.iter()
                .find(|(en, _)| *en == bare)
                .map(|(_, nb)| format!("{nb}."))
        })?;
        out.push(found);
    }
    Some(out.join("\n\n"))
}

/// A rendered help text in `lang`: clap writes `[OPTIONS]` in its usage line whatever
/// the headings say.
pub fn usage_words(lang: Lang, help: &str) -> String {
    match lang {
        Lang::En => help.to_string(),
        Lang::Nb => help.replace("[OPTIONS]", "[VALG]"),
    }
}

/// `command` with its help in `lang`: unchanged for English; in bokmål every about and
/// help text from the table, Norwegian headings, and help and version flags that say
/// what they do in bokmål. Texts the table lacks stay English.
pub fn localise(command: Command, lang: Lang) -> Command {
    if lang == Lang::En {
        return command;
    }
    let root = command.disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help("Vis versjonen"),
    );
    localise_one(root)
}

fn localise_one(mut command: Command) -> Command {
    let text = |s: Option<&clap::builder::StyledStr>| s.and_then(|s| bokmal(&s.to_string()));
    if let Some(about) = text(command.get_about()) {
        command = command.about(about);
    }
    if let Some(long) = text(command.get_long_about()) {
        command = command.long_about(long);
    }
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for (place, id) in ids.into_iter().enumerate() {
        command = command.mut_arg(id, |arg| {
            let heading = if arg.is_positional() {
                "Argumenter"
            } else {
                "Valg"
            };
            // Under a heading of its own clap sorts by name; keep the written order.
            let mut arg = arg.help_heading(heading).display_order(place);
            if arg.get_action().takes_values() {
                // clap says these in English; the bokmål texts name the values.
                arg = arg.hide_possible_values(true).hide_default_value(true);
            }
            if let Some(help) = text(arg.get_help()) {
                arg = arg.help(help);
            }
            if let Some(long) = text(arg.get_long_help()) {
                arg = arg.long_help(long);
            }
            arg
        });
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        command = command.mut_subcommand(name, localise_one);
    }
    command
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help("Vis hjelpen")
                .help_heading("Valg")
                .display_order(usize::MAX),
        )
        .subcommand_help_heading("Underkommandoer")
        .subcommand_value_name("UNDERKOMMANDO")
        .help_template("{before-help}{about-with-newline}\nBruk: {usage}\n\n{all-args}{after-help}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every English text in the tree, with where it is.
    fn texts(command: &Command, path: &str, out: &mut Vec<(String, String)>) {
        for s in [command.get_about(), command.get_long_about()]
            .into_iter()
            .flatten()
        {
            out.push((path.to_string(), s.to_string()));
        }
        for arg in command.get_arguments() {
            for s in [arg.get_help(), arg.get_long_help()].into_iter().flatten() {
                out.push((format!("{path} --{}", arg.get_id()), s.to_string()));
            }
        }
        for sub in command.get_subcommands() {
            texts(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }

    #[test]
    fn every_help_text_has_its_bokmal() {
        let mut all = Vec::new();
        texts(&crate::cli::Cli::command(), "irf", &mut all);
        assert!(all.len() > 80, "{}", all.len());
        let missing: Vec<_> = all.iter().filter(|(_, en)| bokmal(en).is_none()).collect();
        assert!(missing.is_empty(), "no bokmål for: {missing:#?}");
    }

    #[test]
    fn the_help_is_in_bokmal_with_norwegian_headings() {
        let mut command = localise(crate::cli::Cli::command(), Lang::Nb);
        let help = command.render_help().to_string();
        for part in [
            "Bruk: irf",
            "Underkommandoer:",
            "Valg:",
            "Vis hjelpen",
            "Vis versjonen",
        ] {
            assert!(help.contains(part), "{part}: {help}");
        }
        for english in [
            "Usage:",
            "Options:",
            "Commands:",
            "Print help",
            "Database file",
        ] {
            assert!(!help.contains(english), "{english}: {help}");
        }
        let mut export = localise(crate::cli::Cli::command(), Lang::Nb);
        let export = export
            .find_subcommand_mut("export")
            .expect("export")
            .find_subcommand_mut("queue")
            .expect("queue")
            .render_long_help()
            .to_string();
        assert!(export.contains("Sesongens rapportkø"), "{export}");
        assert!(!export.contains("Possible values"), "{export}");
        assert!(!export.contains("[default"), "{export}");
    }
}
