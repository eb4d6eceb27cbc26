//! Sentences about how irf was started: the command line's own errors (a bad value, an
//! unknown or missing argument), the settings file's problems, and what a path turned
//! out to be when a file was wanted.

use super::{Lang, fill};

/// A sentence about the command line, the settings file or a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsageMsg {
    /// The pointer to the help that ends every argument error.
    SeeHelp,
    /// An argument irf does not know.
    Unknown,
    /// A subcommand irf does not know.
    UnknownCommand,
    /// clap's suggestion.
    DidYouMean,
    /// A value that starts with `-` must come after `--`.
    DashValue,
    /// A value outside the possible ones.
    Invalid,
    /// The possible values.
    Possible,
    /// A value its parser refused, with the parser's reason.
    Refused,
    /// Required arguments not given.
    Missing,
    /// Two arguments that exclude each other.
    Conflict,
    /// An option without its value.
    NoValue,
    /// Too many values, or one where none is taken.
    TooMany,
    /// A subcommand is needed.
    NeedCommand,
    /// An argument that is not UTF-8.
    NotUtf8,
    /// Anything else clap reports: its words follow.
    Other,
    /// A number parser: not a whole number.
    NotNumber,
    /// A number parser: outside the range.
    OutOfRange,
    /// `--lang`: not a language irf has.
    UnknownLang,
    /// The settings file: where and what, and that the default is used.
    ConfigAt,
    /// The settings file could not be read at all.
    ConfigUnreadable,
    /// Not TOML: the parser's words.
    ConfigSyntax,
    /// A key irf does not know.
    ConfigUnknownKey,
    /// `lang` has a bad value.
    ConfigBadLang,
    /// `mouse` has a bad value.
    ConfigBadMouse,
    /// The file is not UTF-8.
    ConfigNotText,
    /// The file is too large to be a settings file.
    ConfigTooLarge,
    /// `check`: no file at the path.
    CheckMissing,
    /// `check`: the file or its folder may not be read.
    CheckDenied,
    /// `check`: the file cannot be read for another reason (the system's words).
    CheckUnreadable,
    /// `check`: the path is a folder, a pipe, a device or a socket.
    CheckNotAFile,
    /// What a path is, when a file was wanted: a folder.
    KindFolder,
    /// A named pipe.
    KindPipe,
    /// A device.
    KindDevice,
    /// A socket.
    KindSocket,
}

impl UsageMsg {
    /// The (bokmål, English) texts.
    pub fn pair(self) -> (&'static str, &'static str) {
        use UsageMsg as M;
        match self {
            M::SeeHelp => ("Se irf --help.", "See irf --help."),
            M::Unknown => ("ukjent argument «{}»", "unknown argument “{}”"),
            M::UnknownCommand => ("ukjent underkommando «{}»", "unknown subcommand “{}”"),
            M::DidYouMean => ("Mente du «{}»?", "Did you mean “{}”?"),
            M::DashValue => (
                "Er «{}» en verdi, så skriv den etter -- (slik: -- {}).",
                "If “{}” is a value, write it after -- (like this: -- {}).",
            ),
            M::Invalid => ("ugyldig verdi «{}» for {}", "invalid value “{}” for {}"),
            M::Possible => ("Mulige verdier: {}.", "Possible values: {}."),
            M::Refused => (
                "ugyldig verdi «{}» for {}: {}",
                "invalid value “{}” for {}: {}",
            ),
            M::Missing => ("mangler {}", "missing {}"),
            M::Conflict => (
                "{} kan ikke brukes sammen med {}",
                "{} cannot be used together with {}",
            ),
            M::NoValue => ("{} mangler en verdi", "{} needs a value"),
            M::TooMany => ("for mange verdier for {}", "too many values for {}"),
            M::NeedCommand => ("{} trenger en underkommando", "{} needs a subcommand"),
            M::NotUtf8 => (
                "et argument er ikke gyldig tekst (UTF-8)",
                "an argument is not valid text (UTF-8)",
            ),
            M::Other => (
                "argumentene kan ikke brukes ({})",
                "the arguments cannot be used ({})",
            ),
            M::NotNumber => ("«{}» er ikke et helt tall", "“{}” is not a whole number"),
            M::OutOfRange => (
                "tallet må være fra {} til {}",
                "the number must be from {} to {}",
            ),
            M::UnknownLang => (
                "språket finnes ikke i irf; bruk nb (bokmål) eller en (English)",
                "irf has no such language; use nb (bokmål) or en (English)",
            ),
            M::ConfigAt => (
                "Feil i innstillingsfilen {}, linje {}: {}. Standardverdien brukes.",
                "Problem in the settings file {}, line {}: {}. The default is used.",
            ),
            M::ConfigUnreadable => (
                "Innstillingsfilen {} kan ikke leses ({}). Standardinnstillingene brukes.",
                "The settings file {} cannot be read ({}). The default settings are used.",
            ),
            M::ConfigSyntax => (
                "dette er ikke gyldig TOML ({}); skriv innstillingene som navn = verdi",
                "this is not valid TOML ({}); write the settings as name = value",
            ),
            M::ConfigUnknownKey => (
                "«{}» er ingen innstilling; de som finnes er lang og mouse",
                "“{}” is not a setting; the settings are lang and mouse",
            ),
            M::ConfigBadLang => (
                "lang er {}, men må være \"nb\" (bokmål) eller \"en\" (English)",
                "lang is {}, but must be \"nb\" (bokmål) or \"en\" (English)",
            ),
            M::ConfigBadMouse => (
                "mouse er {}, men må være true eller false (uten anførselstegn)",
                "mouse is {}, but must be true or false (without quotes)",
            ),
            M::ConfigNotText => (
                "filen er ikke tekst (UTF-8); lagre den som UTF-8",
                "the file is not text (UTF-8); save it as UTF-8",
            ),
            M::ConfigTooLarge => (
                "filen er over 64 kB og kan ikke være en innstillingsfil",
                "the file is over 64 kB and cannot be a settings file",
            ),
            M::CheckMissing => (
                "FEIL: det finnes ingen database der. Sjekk stien (--db eller IRF_DB), eller start irf uten underkommando for å lage en ny.",
                "ERROR: there is no database there. Check the path (--db or IRF_DB), or start irf without a subcommand to make a new one.",
            ),
            M::CheckDenied => (
                "FEIL: du har ikke lov til å lese filen eller mappen den ligger i. Be eieren om lesetilgang.",
                "ERROR: you may not read the file or its folder. Ask its owner for read access.",
            ),
            M::CheckUnreadable => (
                "FEIL: filen kan ikke leses. Sjekk at disken er tilgjengelig, og prøv igjen ({}).",
                "ERROR: the file cannot be read. Check that the disk is available, and try again ({}).",
            ),
            M::CheckNotAFile => (
                "FEIL: stien er {}, ikke en databasefil. Oppgi stien til filen (--db eller IRF_DB).",
                "ERROR: the path is {}, not a database file. Give the path of the file (--db or IRF_DB).",
            ),
            M::KindFolder => ("en mappe", "a folder"),
            M::KindPipe => ("et navngitt rør (FIFO)", "a named pipe (FIFO)"),
            M::KindDevice => ("en enhet", "a device"),
            M::KindSocket => ("en sokkel (socket)", "a socket"),
        }
    }
}

impl Lang {
    /// The text of a start-up message.
    pub fn u(self, msg: UsageMsg) -> &'static str {
        self.pick(msg.pair())
    }

    /// The text of a start-up message with its `{}` placeholders filled in order.
    pub fn uf(self, msg: UsageMsg, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.u(msg), args)
    }
}
