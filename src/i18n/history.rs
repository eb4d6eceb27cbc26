//! The shared desk's words (`HistoryMsg`, bokmål and English side by side): a history
//! entry as lines ([`history_lines`]), a "Siden sist" item as a sentence
//! ([`change_sentence`]), the count shown at start ([`since_last_text`]), and the
//! names of records, entities and actions. Times are shown in local time; every stored
//! text is cleaned of control characters before it is returned.
//!
//! - `fields`: each field's label and value in the UI's words.

mod fields;

use chrono::{DateTime, Datelike, Local, Timelike, Utc, Weekday};

use super::{Lang, code_label, fill};
use crate::domain::clean_line;
use crate::store::{ChangeItem, ChangeKind, ChangePane, HistoryEntry, HistoryTarget};

pub use fields::region_name;

/// A text of the history, "Siden sist" and undo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryMsg {
    /// Heading of a history: kind, title.
    Title,
    /// A history with no entries.
    Empty,
    /// More entries than shown: how to see them.
    More,
    /// Count at start: count, when.
    SinceLast,
    /// Count at start for one change: when.
    SinceLastOne,
    /// Nothing changed since: when.
    SinceLastNone,
    /// Heading of `irf changes --since DATE`: count, when.
    ChangesSince,
    /// `--since last` without a recorded close.
    NoLastClose,
    /// A bad `--since`: what was typed.
    BadSince,
    /// Several records match: count, the kind as typed on the command line.
    Ambiguous,
    /// After a title: the record no longer exists.
    Deleted,
    /// An undo was done: how many records.
    Undone,
    /// A redo was done: how many records.
    Redone,
}

impl HistoryMsg {
    /// (bokmål, English).
    pub fn pair(self) -> (&'static str, &'static str) {
        use HistoryMsg as M;
        match self {
            M::Title => ("Historikk for {}: {}", "History of {}: {}"),
            M::Empty => ("Ingen endringer er registrert.", "No changes are recorded."),
            M::More => (
                "Det finnes eldre endringer; vis flere med --limit {}.",
                "There are older changes; show more with --limit {}.",
            ),
            M::SinceLast => (
                "{} endringer siden sist ({})",
                "{} changes since you last looked ({})",
            ),
            M::SinceLastOne => (
                "1 endring siden sist ({})",
                "1 change since you last looked ({})",
            ),
            M::SinceLastNone => (
                "Ingen endringer siden sist ({})",
                "No changes since you last looked ({})",
            ),
            M::ChangesSince => (
                "{} endring(er) av andre siden {}",
                "{} change(s) by others since {}",
            ),
            M::NoLastClose => (
                "irf har ikke registrert at du har lukket programmet på denne databasen. Bruk --since ÅÅÅÅ-MM-DD.",
                "irf has no record of you closing the program on this database. Use --since YYYY-MM-DD.",
            ),
            M::BadSince => (
                "«{}» er ikke en dato. Skriv --since ÅÅÅÅ-MM-DD (f.eks. 2026-06-01) eller --since last.",
                "“{}” is not a date. Write --since YYYY-MM-DD (e.g. 2026-06-01) or --since last.",
            ),
            M::Ambiguous => (
                "{} treff; skriv mer av navnet, eller bruk id-en: irf history {} ID",
                "{} matches; type more of the name, or use the id: irf history {} ID",
            ),
            M::Deleted => ("(slettet)", "(deleted)"),
            M::Undone => (
                "Angret: {} post(er) satt tilbake.",
                "Undone: {} record(s) set back.",
            ),
            M::Redone => ("Gjort om igjen: {} post(er).", "Redone: {} record(s)."),
        }
    }
}

impl super::Text for HistoryMsg {
    fn pair(self) -> (&'static str, &'static str) {
        HistoryMsg::pair(self)
    }
}

impl Lang {
    /// The text of a history message.
    pub fn h(self, msg: HistoryMsg) -> &'static str {
        self.pick(msg.pair())
    }

    /// The text of a history message with its `{}` placeholders filled in order.
    pub fn hf(self, msg: HistoryMsg, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.h(msg), args)
    }
}

/// The kind of a record, as a noun.
pub fn target_noun(lang: Lang, target: HistoryTarget) -> &'static str {
    lang.pick(match target {
        HistoryTarget::Unit(_) => ("tjeneste", "unit"),
        HistoryTarget::Report(_) => ("årsrapport", "annual report"),
        HistoryTarget::FollowUp(_) => ("oppfølging", "follow-up"),
        HistoryTarget::Contact(_) => ("kontakt", "contact"),
        HistoryTarget::Member(_) => ("referansegruppemedlem", "reference-group member"),
        HistoryTarget::Application(_) => ("søknad", "application"),
        HistoryTarget::NetworkPeriod(_) => ("nettverksperiode", "network period"),
        HistoryTarget::PhaseOut(_) => ("avvikling", "phase-out"),
        HistoryTarget::Case(_) => ("sak", "case"),
        HistoryTarget::Meeting(_) => ("møte", "meeting"),
        HistoryTarget::Milestone(_) => ("milepæl", "milestone"),
        HistoryTarget::Leadership(_) => ("ledelsesperiode", "leadership period"),
        HistoryTarget::Obligations(_) => {
            ("statusrapport og driftsstart", "status report and start")
        }
        HistoryTarget::DialogueEvent(_) => ("dialogmøte", "dialogue event"),
        HistoryTarget::SetAside(_) => ("avsetning", "set-aside"),
    })
}

/// An audit entity as a heading word (`Årsrapport`, `Sjekkpunkt`, `Oppfølging` …).
pub fn entity_word(lang: Lang, entity: &str) -> String {
    let pair = match entity {
        "annual_report" => ("Årsrapport", "Annual report"),
        "report_answer" => ("Sjekkpunkt", "Checklist item"),
        "follow_up" => ("Oppfølging", "Follow-up"),
        "contact" => ("Kontakt", "Contact"),
        "reference_group_member" => ("Referansegruppe", "Reference group"),
        "application" => ("Søknad", "Application"),
        "anchoring" => ("Forankring", "Anchoring"),
        "network_period" => ("Nettverksperiode", "Network period"),
        "phase_out" => ("Avvikling", "Phase-out"),
        "unit_grant" => ("Tilskudd", "Grant"),
        "regional_evaluation" => ("Evaluering", "Evaluation"),
        "ern_membership" => ("ERN-medlemskap", "ERN membership"),
        "unit" => ("Tjeneste", "Unit"),
        "case" => ("Sak", "Case"),
        "meeting" => ("Møte", "Meeting"),
        "milestone" => ("Milepæl", "Milestone"),
        "leadership_period" => ("Ledelsesperiode", "Leadership period"),
        "obligations" => ("Statusrapport og driftsstart", "Status report and start"),
        "dialogue_event" => ("Dialogmøte", "Dialogue event"),
        "set_aside" => ("Avsetning 2–4 %", "Set-aside 2–4 %"),
        other => return clean_line(other),
    };
    lang.pick(pair).to_string()
}

/// An audit action as words; `restored`/`removed` tell an undo's shape.
pub fn action_words(lang: Lang, action: &str, restored: bool, removed: bool) -> String {
    let pair = match action {
        "undo" if restored => ("angret: lagt tilbake", "undone: brought back"),
        "undo" if removed => ("angret: fjernet", "undone: removed"),
        "undo" => ("angret", "undone"),
        "insert" => ("opprettet", "created"),
        "update" => ("endret", "changed"),
        "delete" => ("slettet", "deleted"),
        "status" => ("ny status", "new status"),
        "assessment" => ("vurdering lagret", "assessment saved"),
        "import" => ("importert", "imported"),
        "done" => ("merket utført", "marked done"),
        "not_done" => ("merket ikke utført", "marked not done"),
        "answer" => ("svar registrert", "answer recorded"),
        "step" => ("nytt steg", "new step"),
        "override_step" => ("steg overstyrt", "step overridden"),
        "rank" => ("ny plass", "new place"),
        "irf_decision" => ("IRFs vedtak registrert", "IRF's decision recorded"),
        "irf_answer" => ("IRFs svar registrert", "IRF's answer recorded"),
        "decision" => ("vedtak registrert", "decision recorded"),
        "section" => ("tekst endret", "text changed"),
        "link" => ("koblet til", "linked"),
        "unlink" => ("kobling fjernet", "link removed"),
        "number" => ("fikk saksnummer", "numbered"),
        "agenda_add" => ("satt opp på sakslisten", "put on the agenda"),
        "agenda_remove" => ("tatt av sakslisten", "taken off the agenda"),
        "agenda_move" => ("flyttet på sakslisten", "moved on the agenda"),
        "renewal" => ("fornyelse registrert", "renewal recorded"),
        "draft_ranking" | "draft_summary" => ("utkast laget", "draft made"),
        other => return clean_line(&other.replace('_', " ")),
    };
    lang.pick(pair).to_string()
}

/// A moment in local time: its date as the users write it and the time of day.
pub fn local_moment(lang: Lang, at: DateTime<Utc>) -> (String, String) {
    let local = at.with_timezone(&Local);
    (
        lang.date(local.date_naive()),
        format!("{:02}:{:02}", local.hour(), local.minute()),
    )
}

fn weekday(lang: Lang, day: Weekday) -> &'static str {
    lang.pick(match day {
        Weekday::Mon => ("mandag", "Monday"),
        Weekday::Tue => ("tirsdag", "Tuesday"),
        Weekday::Wed => ("onsdag", "Wednesday"),
        Weekday::Thu => ("torsdag", "Thursday"),
        Weekday::Fri => ("fredag", "Friday"),
        Weekday::Sat => ("lørdag", "Saturday"),
        Weekday::Sun => ("søndag", "Sunday"),
    })
}

/// When, as "onsdag 10:15" within the last week of `now`, else as a date and time.
pub fn when_text(lang: Lang, at: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let (date, time) = local_moment(lang, at);
    if now >= at && now - at < chrono::Duration::days(6) {
        let day = at.with_timezone(&Local).weekday();
        format!("{} {time}", weekday(lang, day))
    } else {
        format!("{date} {time}")
    }
}

/// "12 endringer siden sist (onsdag 10:15)": `count` changes since `since`, as of `now`.
pub fn since_last_text(
    lang: Lang,
    count: usize,
    since: DateTime<Utc>,
    now: DateTime<Utc>,
) -> String {
    let when = when_text(lang, since, now);
    match count {
        0 => lang.hf(HistoryMsg::SinceLastNone, &[&when]),
        1 => lang.hf(HistoryMsg::SinceLastOne, &[&when]),
        n => lang.hf(HistoryMsg::SinceLast, &[&n, &when]),
    }
}

/// Who wrote something: the OS user, with the person's name and region when known.
pub fn who_text(user: &str, person: Option<&str>, region: Option<&str>) -> String {
    let user = clean_line(user);
    match (person, region) {
        (Some(name), Some(region)) => {
            format!("{user} ({}, {})", clean_line(name), clean_line(region))
        }
        (Some(name), None) => format!("{user} ({})", clean_line(name)),
        (None, Some(region)) => format!("{user} ({})", clean_line(region)),
        (None, None) => user,
    }
}

/// One history entry as lines: a heading (date, local time, who, what), then one
/// line per field, `Label: old → new` (or only the value when the entry created or
/// removed the record).
pub fn history_lines(lang: Lang, e: &HistoryEntry) -> Vec<String> {
    let (date, time) = local_moment(lang, e.at);
    let region = e.region.map(crate::domain::Code::code);
    let who = who_text(&e.user, e.person.as_deref(), region);
    let restored = e.changes.iter().all(|c| c.old.is_none());
    let removed = e.changes.iter().all(|c| c.new.is_none());
    let mut what = entity_word(lang, &e.entity);
    if let Some(subject) = &e.subject {
        let subject = match e.entity.as_str() {
            "anchoring" => region_name(subject),
            "case" => fields::field_label(lang, "case", subject),
            _ => clean_line(subject),
        };
        what = format!("{what} {subject}");
    }
    let action = action_words(
        lang,
        &e.action,
        restored && !e.changes.is_empty(),
        removed && !e.changes.is_empty(),
    );
    let mut lines = vec![format!("{date} {time}  {who}  {what}: {action}")];
    for c in &e.changes {
        if e.entity == "phase_out" && c.field == "step" {
            continue;
        }
        let label = fields::field_label(lang, &e.entity, &c.field);
        let value = |v| fields::field_value(lang, &e.entity, &c.field, v);
        let line = match (&c.old, &c.new) {
            (Some(_), Some(_)) => format!("{} → {}", value(c.old.as_ref()), value(c.new.as_ref())),
            (None, new) => value(new.as_ref()),
            (old, None) => value(old.as_ref()),
        };
        lines.push(format!("    {label}: {line}"));
    }
    lines
}

/// A pane's name (`Årsrapporter`, `Saker` …).
pub fn pane_label(lang: Lang, pane: ChangePane) -> String {
    code_label(lang, pane.code())
}

/// A "Siden sist" item as a sentence: who did what to which record.
pub fn change_sentence(lang: Lang, item: &ChangeItem) -> String {
    let who = clean_line(item.person.as_deref().unwrap_or(&item.user));
    let title = clean_line(&item.title);
    let value = |key: &str, entity: &str| {
        fields::field_value(
            lang,
            entity,
            key,
            item.value.as_ref().map(|v| serde_json::json!(v)).as_ref(),
        )
    };
    match item.kind {
        ChangeKind::ReportReceived => match lang {
            Lang::Nb => format!(
                "{who} registrerte {title} som mottatt {}",
                value("received_on", "annual_report")
            ),
            Lang::En => format!(
                "{who} recorded {title} as received on {}",
                value("received_on", "annual_report")
            ),
        },
        ChangeKind::ReportMoved => match lang {
            Lang::Nb => format!(
                "{who} satte {title} til «{}»",
                value("status", "annual_report")
            ),
            Lang::En => format!(
                "{who} moved {title} to “{}”",
                value("status", "annual_report")
            ),
        },
        ChangeKind::ReviewFinished => match lang {
            Lang::Nb => format!(
                "{who} avsluttet vurderingen av {title} ({})",
                value("status", "annual_report")
            ),
            Lang::En => format!(
                "{who} finished the review of {title} ({})",
                value("status", "annual_report")
            ),
        },
        ChangeKind::DecisionRecorded => {
            let answer = item
                .value
                .as_ref()
                .map(|v| format!(": {}", clean_line(&code_label(lang, v))));
            let answer = answer.unwrap_or_default();
            match lang {
                Lang::Nb => format!("{who} registrerte vedtak i {title}{answer}"),
                Lang::En => format!("{who} recorded the decision on {title}{answer}"),
            }
        }
        ChangeKind::AnchoringAnswered => {
            let region = item
                .region
                .map_or_else(String::new, |r| r.name().to_string());
            match lang {
                Lang::Nb => format!(
                    "{who} registrerte svar fra {region} på {title}: {}",
                    value("view", "anchoring")
                ),
                Lang::En => format!(
                    "{who} recorded {region}'s answer on {title}: {}",
                    value("view", "anchoring")
                ),
            }
        }
        ChangeKind::CaseEdited | ChangeKind::ContactChanged | ChangeKind::RecordChanged => {
            let action = match item.value.as_deref() {
                Some("restore") => action_words(lang, "undo", true, false),
                Some(a) => action_words(lang, a, false, false),
                None => action_words(lang, "update", false, false),
            };
            let noun = target_noun(lang, item.target);
            format!("{who}: {noun} {title} – {action}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_the_same_placeholders() {
        use HistoryMsg as M;
        for msg in [
            M::Title,
            M::Empty,
            M::More,
            M::SinceLast,
            M::SinceLastOne,
            M::SinceLastNone,
            M::ChangesSince,
            M::NoLastClose,
            M::BadSince,
            M::Ambiguous,
            M::Deleted,
            M::Undone,
            M::Redone,
        ] {
            let (nb, en) = msg.pair();
            assert_eq!(
                nb.matches("{}").count(),
                en.matches("{}").count(),
                "{msg:?}"
            );
            assert_ne!(nb, en, "{msg:?}");
        }
    }

    #[test]
    fn weekdays_within_a_week_and_dates_before() {
        let now = chrono::Utc::now();
        let recent = now - chrono::Duration::hours(30);
        let text = since_last_text(Lang::Nb, 12, recent, now);
        assert!(text.starts_with("12 endringer siden sist ("), "{text}");
        let day = weekday(Lang::Nb, recent.with_timezone(&Local).weekday());
        assert!(text.contains(day), "{text}");
        let old = now - chrono::Duration::days(40);
        let text = since_last_text(Lang::En, 1, old, now);
        assert!(
            text.starts_with("1 change since you last looked ("),
            "{text}"
        );
        assert!(text.contains('-'), "a date: {text}");
    }

    #[test]
    fn who_names_the_person_when_known() {
        assert_eq!(
            who_text("kari", Some("Kari Nordmann"), Some("HV")),
            "kari (Kari Nordmann, HV)"
        );
        assert_eq!(who_text("ola\u{1b}[2J", None, None), "ola");
    }
}
