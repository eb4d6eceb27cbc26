//! Every user-visible string, in bokmål (the default) and English. One catalogue:
//! `Msg` for the program's own sentences and labels (`messages.rs`), `history` for the
//! shared desk (a record's history, "Siden sist", undo) with `desk` for its views on
//! screen, `vocab` for the
//! domain's vocabularies and `actions` for the keymap's action descriptions. Each entry
//! keeps its two languages side by side so they cannot drift apart.
//!
//! To add a string: add a variant to `Msg` (in `messages.rs`) with its doc, then its
//! pair of texts in `texts.rs`.
//! Sentences with values use `{}` placeholders filled in order by [`fill`].

mod actions;
mod case;
mod cli;
mod cycle;
mod desk;
mod doc;
mod ern;
mod history;
mod import;
mod leadership;
mod live;
mod messages;
mod obligations;
mod refusals;
mod renewal;
mod reports;
mod review;
mod summary;
mod texts;
mod usage;
mod vocab;

pub use actions::{action_description, hint_label};
pub use case::CaseMsg;
pub use cli::{CliMsg, io_reason};
pub use cycle::{CycleMsg, calendar_kind_label, due_item_when, due_kind_label, due_when};
pub use desk::DeskMsg;
pub use doc::DocMsg;
pub use ern::{ErnMsg, ern_flag_text, ern_line, ern_status_label, ern_status_span};
pub use history::{
    HistoryMsg, action_words, change_sentence, entity_word, history_lines, local_moment,
    pane_label, since_last_text, target_noun, when_text, who_text,
};
pub use import::{
    ImportMsg, change_text, file_error_text, note_text, plan_lines, plan_summary, problem_text,
};
pub use leadership::{LeadMsg, due_title, leadership_sentence, period_label};
pub use live::{LiveMsg, local_time, outside_text, records_n};
pub use messages::Msg;
pub use obligations::ObligMsg;
pub use refusals::ern::status_text as ern_status_refusal;
pub use refusals::refusal_text;
pub use renewal::{RenewalMsg, member_role_label, member_role_text, outcome_label};
pub use reports::{QueueMsg, default_view_name, kind_short, queue_refusal, reports_n, sort_label};
pub use review::ReviewMsg;
pub use summary::{SummaryMsg, portfolio_lines};
pub use usage::UsageMsg;
pub use vocab::{Labelled, breach, code_label, label};

/// Anything with a bokmål and an English text.
pub trait Text: Copy {
    /// The (bokmål, English) texts.
    fn pair(self) -> (&'static str, &'static str);
}

impl Text for Msg {
    fn pair(self) -> (&'static str, &'static str) {
        Msg::pair(self)
    }
}

/// Implements [`Text`] for message enums with an inherent `pair`.
macro_rules! text_by_pair {
    ($($t:ty),*) => {$(
        impl Text for $t {
            fn pair(self) -> (&'static str, &'static str) {
                <$t>::pair(self)
            }
        }
    )*};
}

text_by_pair!(CaseMsg, ImportMsg, ReviewMsg, LeadMsg, ErnMsg, ObligMsg);

impl Text for CycleMsg {
    fn pair(self) -> (&'static str, &'static str) {
        CycleMsg::pair(self)
    }
}

/// The UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Norsk bokmål (default).
    #[default]
    Nb,
    /// English.
    En,
}

impl Lang {
    /// Parses `nb`, `no`, `bokmål` or `en`, `english` (case-insensitive).
    pub fn parse(text: &str) -> Option<Lang> {
        match text.trim().to_lowercase().as_str() {
            "nb" | "no" | "nob" | "bokmål" | "bokmal" | "norsk" => Some(Lang::Nb),
            "en" | "eng" | "english" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the string for this language from a (bokmål, English) pair.
    pub fn pick(self, pair: (&'static str, &'static str)) -> &'static str {
        match self {
            Lang::Nb => pair.0,
            Lang::En => pair.1,
        }
    }

    /// The text of a message.
    pub fn t(self, msg: Msg) -> &'static str {
        self.pick(msg.pair())
    }

    /// The text of a message with its `{}` placeholders filled in order.
    pub fn f(self, msg: Msg, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.t(msg), args)
    }

    /// A number in this language's format: decimal comma in bokmål.
    pub fn number(self, value: f64, decimals: usize) -> String {
        let text = format!("{value:.decimals$}");
        match self {
            Lang::Nb => text.replace('.', ","),
            Lang::En => text,
        }
    }

    /// A date as the users write it: `23.11.2026` in bokmål, `2026-11-23` in English.
    pub fn date(self, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        // Written out by hand: chrono's `format` parses its pattern on every call, and
        // lists format dates for every visible row of every frame.
        let (y, m, d) = (date.year(), date.month(), date.day());
        match self {
            Lang::Nb => format!("{d:02}.{m:02}.{y:04}"),
            Lang::En => format!("{y:04}-{m:02}-{d:02}"),
        }
    }
}

/// Replaces each `{}` in `template` with the next argument.
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    let mut rest = template;
    while let Some(pos) = rest.find("{}") {
        out.push_str(&rest[..pos]);
        match args.next() {
            Some(a) => out.push_str(&a.to_string()),
            None => out.push_str("{}"),
        }
        rest = &rest[pos + 2..];
    }
    out.push_str(rest);
    out
}

/// A problem in the user's keymap file as one sentence: path, line, column, what.
pub fn keymap_error_text(lang: Lang, e: &crate::keymap::KeymapError) -> String {
    use crate::keymap::KeymapErrorKind as K;
    let what = match &e.kind {
        K::Syntax(m) => lang.f(Msg::KmSyntax, &[m]),
        K::UnknownContext(c) => lang.f(Msg::KmUnknownContext, &[c]),
        K::UnknownAction(a) => lang.f(Msg::KmUnknownAction, &[a]),
        K::UnknownKey(k) => lang.f(Msg::KmUnknownKey, &[k]),
        K::DuplicateKey { key, context } => lang.f(Msg::KmDuplicate, &[key, context]),
        K::NotAString => lang.t(Msg::KmNotString).to_string(),
    };
    lang.f(
        Msg::KeymapError,
        &[&e.path.display(), &e.line, &e.column, &what],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_in_order() {
        assert_eq!(fill("{} av {}", &[&3, &"ti"]), "3 av ti");
        assert_eq!(fill("ingen", &[&1]), "ingen");
        assert_eq!(fill("{} og {}", &[&1]), "1 og {}");
    }

    #[test]
    fn numbers_and_dates() {
        assert_eq!(Lang::Nb.number(354.2, 1), "354,2");
        assert_eq!(Lang::En.number(354.2, 1), "354.2");
        let d = chrono::NaiveDate::from_ymd_opt(2026, 2, 10).unwrap();
        assert_eq!(Lang::Nb.date(d), "10.02.2026");
        assert_eq!(Lang::En.date(d), "2026-02-10");
    }

    #[test]
    fn language_names() {
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("bokmål"), Some(Lang::Nb));
        assert_eq!(Lang::parse("de"), None);
    }
}
