//! The shared desk's sentences (`LiveMsg`, bokmål and English side by side): what came
//! in from colleagues ("kari merket 3 rapporter mottatt"), that the record open in a
//! form changed meanwhile, that a selected record is gone, and that a newer irf has
//! upgraded the file.

use super::{Lang, Text, fill};
use crate::store::{Outside, OutsideChange};

/// A sentence of the shared desk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LiveMsg {
    /// Reports marked received: who, how many.
    Received,
    /// Records added: who, how many, what.
    Added,
    /// Records changed: who, how many, what.
    Changed,
    /// Records deleted: who, how many, what.
    Deleted,
    /// More groups than shown: how many.
    AndMore,
    /// The open record changed while the user typed: who, when.
    ChangedWhileTyping,
    /// The selected record is gone: who removed it.
    SelectedGone,
    /// A newer irf upgraded the file: found, known.
    NewerSchema,
}

impl LiveMsg {
    /// The (bokmål, English) texts.
    pub fn pair(self) -> (&'static str, &'static str) {
        match self {
            LiveMsg::Received => ("{} merket {} mottatt", "{} marked {} received"),
            LiveMsg::Added => ("{} la til {}", "{} added {}"),
            LiveMsg::Changed => ("{} endret {}", "{} changed {}"),
            LiveMsg::Deleted => ("{} slettet {}", "{} deleted {}"),
            LiveMsg::AndMore => ("og {} til", "and {} more"),
            LiveMsg::ChangedWhileTyping => (
                "Endret av {} kl. {} mens du skrev. Det du har skrevet er urørt; lagrer du, \
                 sier irf fra om hva som er nytt.",
                "Changed by {} at {} while you were typing. What you typed is untouched; if \
                 you save, irf shows what is new.",
            ),
            LiveMsg::SelectedGone => (
                "{} fjernet posten du sto på; markøren står nå på naboen.",
                "{} removed the record you were on; the cursor is on its neighbour now.",
            ),
            LiveMsg::NewerSchema => (
                "En nyere irf har oppgradert databasen (skjema {}, denne kjenner {}). Avslutt og \
                 start irf på nytt; ingenting lagres før det.",
                "A newer irf has upgraded the database (schema {}, this one knows {}). Quit and \
                 start irf again; nothing is saved until then.",
            ),
        }
    }
}

impl Text for LiveMsg {
    fn pair(self) -> (&'static str, &'static str) {
        LiveMsg::pair(self)
    }
}

impl Lang {
    /// A shared-desk sentence with its `{}` placeholders filled in order.
    pub fn lf(self, msg: LiveMsg, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.pick(msg.pair()), args)
    }
}

/// The time of day of an audit timestamp (UTC, `2026-12-06T09:42:00Z`) on this
/// machine's clock, as `10:42`; the text as stored when it is not such a timestamp.
pub fn local_time(at: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(at) {
        Ok(t) => t.with_timezone(&chrono::Local).format("%H:%M").to_string(),
        Err(_) => at.get(11..16).unwrap_or(at).to_string(),
    }
}

/// "3 rapporter", "1 kontakt": `n` records of an audit entity, in the UI's words.
pub fn records_n(lang: Lang, entity: &str, n: usize) -> String {
    let (one, many) = match (lang, entity) {
        (Lang::Nb, "annual_report") => ("rapport", "rapporter"),
        (Lang::Nb, "report_answer") => ("svar i en vurdering", "svar i vurderinger"),
        (Lang::Nb, "follow_up") => ("oppfølgingspunkt", "oppfølgingspunkter"),
        (Lang::Nb, "contact") => ("kontakt", "kontakter"),
        (Lang::Nb, "unit") => ("enhet", "enheter"),
        (Lang::Nb, "reference_group_member") => ("medlem i en referansegruppe", "medlemmer"),
        (Lang::Nb, "application") => ("søknad", "søknader"),
        (Lang::Nb, "anchoring") => ("forankring", "forankringer"),
        (Lang::Nb, "case") => ("sak", "saker"),
        (Lang::Nb, "meeting") => ("møte", "møter"),
        (Lang::Nb, "milestone" | "cycle") => ("milepæl", "milepæler"),
        (Lang::Nb, "network_period") => ("nettverksperiode", "nettverksperioder"),
        (Lang::Nb, "phase_out") => ("utfasingsvurdering", "utfasingsvurderinger"),
        (Lang::Nb, "unit_grant") => ("tilskudd", "tilskudd"),
        (Lang::Nb, "regional_evaluation") => ("evaluering", "evalueringer"),
        (Lang::Nb, "ern_membership") => ("ERN-medlemskap", "ERN-medlemskap"),
        (Lang::Nb, "leadership_period") => ("ledelsesperiode", "ledelsesperioder"),
        (Lang::Nb, _) => ("post", "poster"),
        (Lang::En, "annual_report") => ("report", "reports"),
        (Lang::En, "report_answer") => ("review answer", "review answers"),
        (Lang::En, "follow_up") => ("follow-up", "follow-ups"),
        (Lang::En, "contact") => ("contact", "contacts"),
        (Lang::En, "unit") => ("unit", "units"),
        (Lang::En, "reference_group_member") => ("reference-group member", "members"),
        (Lang::En, "application") => ("application", "applications"),
        (Lang::En, "anchoring") => ("anchoring", "anchorings"),
        (Lang::En, "case") => ("case", "cases"),
        (Lang::En, "meeting") => ("meeting", "meetings"),
        (Lang::En, "milestone" | "cycle") => ("milestone", "milestones"),
        (Lang::En, "network_period") => ("network period", "network periods"),
        (Lang::En, "phase_out") => ("phase-out assessment", "phase-out assessments"),
        (Lang::En, "unit_grant") => ("grant", "grants"),
        (Lang::En, "regional_evaluation") => ("evaluation", "evaluations"),
        (Lang::En, "ern_membership") => ("ERN membership", "ERN memberships"),
        (Lang::En, "leadership_period") => ("leadership period", "leadership periods"),
        (Lang::En, _) => ("record", "records"),
    };
    format!("{n} {}", if n == 1 { one } else { many })
}

/// One group of changes as a clause: "kari merket 3 rapporter mottatt".
fn change_clause(lang: Lang, c: &OutsideChange) -> String {
    let user = &c.user;
    if c.entity == "annual_report" && c.received == c.count {
        return lang.lf(
            LiveMsg::Received,
            &[&user, &records_n(lang, &c.entity, c.count)],
        );
    }
    let what = records_n(lang, &c.entity, c.count);
    let msg = match c.action.as_str() {
        "insert" | "import" | "copy_cycle" | "copy_template" => LiveMsg::Added,
        "delete" => LiveMsg::Deleted,
        _ => LiveMsg::Changed,
    };
    lang.lf(msg, &[&user, &what])
}

/// What came in from colleagues, briefly, for the status line; `None` when it was only
/// housekeeping (drafts and saved views are a person's own).
pub fn outside_text(lang: Lang, outside: &Outside) -> Option<String> {
    const SHOWN: usize = 2;
    let changes: Vec<&OutsideChange> = outside
        .changes
        .iter()
        .filter(|c| !matches!(c.entity.as_str(), "draft" | "saved_view" | "user_region"))
        .collect();
    if changes.is_empty() {
        return None;
    }
    let mut clauses: Vec<String> = changes
        .iter()
        .take(SHOWN)
        .map(|c| change_clause(lang, c))
        .collect();
    if changes.len() > SHOWN {
        clauses.push(lang.lf(LiveMsg::AndMore, &[&(changes.len() - SHOWN)]));
    }
    // The OS user names the sentence, as written (a login is not capitalised).
    Some(format!("{}.", clauses.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(entity: &str, action: &str, count: usize, received: usize) -> OutsideChange {
        OutsideChange {
            user: "kari".into(),
            entity: entity.into(),
            action: action.into(),
            count,
            received,
        }
    }

    #[test]
    fn reports_marked_received_are_said_so() {
        let outside = Outside {
            changes: vec![change("annual_report", "update", 3, 3)],
            ..Outside::default()
        };
        assert_eq!(
            outside_text(Lang::Nb, &outside).as_deref(),
            Some("kari merket 3 rapporter mottatt.")
        );
        assert_eq!(
            outside_text(Lang::En, &outside).as_deref(),
            Some("kari marked 3 reports received.")
        );
    }

    #[test]
    fn several_groups_are_cut_and_housekeeping_is_left_out() {
        let outside = Outside {
            changes: vec![
                change("draft", "save", 1, 0),
                change("contact", "delete", 1, 0),
                change("case", "section", 2, 0),
                change("meeting", "insert", 1, 0),
            ],
            ..Outside::default()
        };
        assert_eq!(
            outside_text(Lang::Nb, &outside).as_deref(),
            Some("kari slettet 1 kontakt, kari endret 2 saker, og 1 til.")
        );
        let only_drafts = Outside {
            changes: vec![change("draft", "save", 4, 0)],
            ..Outside::default()
        };
        assert_eq!(outside_text(Lang::Nb, &only_drafts), None);
    }
}
