//! The words of a history's fields: each audit key's label, and its recorded value as
//! the UI says it (statuses, regions, answers and views from the vocabularies, dates as
//! the users write them, yes/no, numbers with the language's decimal mark, text
//! cleaned of control characters and cut to one short line). Never raw JSON.

use serde_json::Value;

use super::super::{Lang, Msg, code_label, label, member_role_text};
use crate::domain::{
    Answer, ApplicationStep, CaseStatus, CaseType, Code, Function, Region, ReportStatus, Section,
    UnitKind, UnitStatus, clean_line,
};

/// The most characters of a text value shown on one line.
const MAX_TEXT: usize = 60;

/// Keys whose values are dates (`YYYY-MM-DD`).
const DATES: &[&str] = &[
    "received_on",
    "answered_on",
    "due_on",
    "decided_on",
    "starts_on",
    "ends_on",
    "approved_on",
    "term_ends_on",
    "held_on",
    "evaluated_on",
    "drafted_on",
];

/// Keys whose values name another record by id.
const IDS: &[&str] = &[
    "unit_id",
    "hf_id",
    "coordinating_hf",
    "case",
    "meeting",
    "report",
    "id",
];

/// Keys whose values are region codes.
const REGIONS: &[&str] = &["region", "reviewer_region", "owner", "chair_region"];

/// The label of field `key` of `entity`.
pub(super) fn field_label(lang: Lang, entity: &str, key: &str) -> String {
    if let Some(section) = Section::from_column(key) {
        return lang.t(section_msg(section)).to_string();
    }
    let pair = match (entity, key) {
        ("meeting", "chair") => ("Ledes av", "Chaired by"),
        ("meeting", "kind") => ("Møtetype", "Meeting type"),
        ("milestone", "owner") => ("Eier", "Owner"),
        ("follow_up", "owner") => ("Ansvarlig region", "Owner region"),
        ("ern_membership", "hf") => ("Medlems-HF", "Member HF"),
        ("ern_membership", "starts_on") => ("Status fra", "Status from"),
        ("ern_membership", "coordinator") => ("Nasjonal koordinator", "National coordinator"),
        ("ern_membership", "coordinator_id") => ("Koordinator nr.", "Coordinator no."),
        (_, "name") => ("Navn", "Name"),
        (_, "title") => ("Tittel", "Title"),
        (_, "text") => ("Tekst", "Text"),
        (_, "status") => ("Status", "Status"),
        (_, "step") => ("Steg", "Step"),
        (_, "received_on") => ("Mottatt", "Received"),
        (_, "reviewer_region") => ("Vurderes av", "Reviewed by"),
        (_, "statement_received") => ("Uttalelse mottatt", "Statement received"),
        (_, "answer") => ("Svar", "Answer"),
        (_, "comment") => ("Kommentar", "Comment"),
        (_, "view") => ("Syn", "View"),
        (_, "answered_on") => ("Besvart", "Answered"),
        (_, "note") => ("Merknad", "Note"),
        (_, "owner") => ("Ansvarlig", "Owner"),
        (_, "due_on") => ("Frist", "Due"),
        (_, "item") => ("Sjekkpunkt", "Checklist item"),
        (_, "done") => ("Utført", "Done"),
        (_, "organisation") => ("Organisasjon", "Organisation"),
        (_, "region") => ("Region", "Region"),
        (_, "email") => ("E-post", "E-mail"),
        (_, "phone") => ("Telefon", "Phone"),
        (_, "os_user") => ("Brukernavn", "User name"),
        (_, "irf_answer") => ("IRFs svar", "IRF's answer"),
        (_, "irf_rank") => ("Plass", "Place"),
        (_, "irf_decision") => ("IRFs vedtak", "IRF's decision"),
        (_, "irf_note") => ("IRFs merknad", "IRF's note"),
        (_, "override_reason") => ("Begrunnelse for overstyring", "Reason for override"),
        (_, "assessment") => ("Vurdering", "Assessment"),
        (_, "case_type") => ("Sakstype", "Case type"),
        (_, "series") => ("Serie", "Series"),
        (_, "number") => ("Saksnummer", "Case number"),
        (_, "case") => ("Sak", "Case"),
        (_, "meeting") => ("Møte", "Meeting"),
        (_, "held_on") => ("Dato", "Date"),
        (_, "place") => ("Sted", "Place"),
        (_, "starts_at") => ("Klokkeslett", "Time"),
        (_, "chair") => ("Leder", "Chair"),
        (_, "kind") => ("Type", "Kind"),
        (_, "position") => ("Plass på sakslisten", "Place on the agenda"),
        (_, "renewal_state") => ("Fornyelse", "Renewal"),
        (_, "decided_on") => ("Besluttet", "Decided"),
        (_, "starts_on") => ("Fra", "From"),
        (_, "ends_on") => ("Til", "To"),
        (_, "frame_mnok") => ("Ramme (MNOK)", "Frame (MNOK)"),
        (_, "coordinating_hf") => ("Koordinerende HF", "Coordinating HF"),
        (_, "unit_id") => ("Tjeneste", "Unit"),
        (_, "tasks") => ("Oppgaver", "Tasks"),
        (_, "outcome") => ("Utfall", "Outcome"),
        (_, "transition_years") => ("Overgangsår", "Transition years"),
        (_, "recommendation") => ("Innstilling", "Recommendation"),
        (_, "mnok") => ("Tilskudd (MNOK)", "Grant (MNOK)"),
        (_, "year") => ("År", "Year"),
        (_, "evaluated_on") => ("Evaluert", "Evaluated"),
        (_, "hf_id") => ("Helseforetak", "Health trust"),
        (_, "hf") => ("Søkende HF", "Applicant HF"),
        (_, "approved_on") => ("Godkjent", "Approved"),
        (_, "function") => ("Funksjon", "Function"),
        (_, "term_ends_on") => ("Perioden slutter", "Term ends"),
        (_, "fte") => ("Årsverk", "FTEs"),
        (_, "ern") => ("ERN", "ERN"),
        (_, "notes") => ("Notater", "Notes"),
        (_, "role") => ("Rolle", "Role"),
        (_, "user_rep") => ("Brukerrepresentant", "User representative"),
        (_, "proposed_kind") => ("Foreslått type", "Proposed kind"),
        (_, "contact") => ("Kontaktperson", "Contact person"),
        (_, "links") => ("Koblinger", "Links"),
        (_, "ties") => ("Koblinger", "Ties"),
        (_, "applications") => ("Søknader", "Applications"),
        (_, "unanswered") => ("Ubesvarte regioner", "Regions not answered"),
        (_, "reason") => ("Begrunnelse", "Reason"),
        (_, "report") => ("Årsrapport", "Annual report"),
        (_, "rule") => ("Regel", "Rule"),
        (_, "pane") => ("Fane", "Pane"),
        (_, "spec") => ("Utvalg", "Selection"),
        (_, "reports") => ("Rapporter", "Reports"),
        (_, "open_follow_ups") => ("Åpne oppfølginger", "Open follow-ups"),
        (_, "season") => ("Sesong", "Season"),
        (_, "drafted_on") => ("Laget", "Drafted"),
        (_, "entity") => ("Koblet til", "Linked to"),
        (_, "id") => ("Nr.", "No."),
        (_, "kept") => ("Beholdt", "Kept"),
        (_, "chars") => ("Tegn", "Characters"),
        (_, "field") => ("Felt", "Field"),
        (_, "count") => ("Antall", "Count"),
        (_, "from" | "source") => ("Fra", "From"),
        (_, "to") => ("Til", "To"),
        _ => return clean_line(&key.replace('_', " ")),
    };
    lang.pick(pair).to_string()
}

fn section_msg(section: Section) -> Msg {
    match section {
        Section::Background => Msg::SectionBackground,
        Section::Assessment => Msg::SectionAssessment,
        Section::Proposal => Msg::SectionProposal,
        Section::Attachments => Msg::SectionAttachments,
        Section::Decision => Msg::SectionDecision,
    }
}

/// A region code as its name, or the code cleaned if unknown.
pub fn region_name(code: &str) -> String {
    Region::from_code(code).map_or_else(|| clean_line(code), |r| r.name().to_string())
}

/// Text cut to one short line.
pub(super) fn short(text: &str) -> String {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let line = clean_line(first);
    let more = text.lines().filter(|l| !l.trim().is_empty()).count() > 1;
    let count = line.chars().count();
    if count > MAX_TEXT || (more && count > 0) {
        let cut: String = line.chars().take(MAX_TEXT).collect();
        format!("{}…", cut.trim_end())
    } else {
        line
    }
}

/// A stored code of `key` in `entity` in the UI's words.
fn code_text(lang: Lang, entity: &str, key: &str, code: &str) -> String {
    let word = match (entity, key) {
        ("annual_report", "status") => ReportStatus::from_code(code).map(|s| label(lang, s)),
        ("case", "status") => CaseStatus::from_code(code).map(|s| label(lang, s)),
        ("unit", "status") => UnitStatus::from_code(code).map(|s| label(lang, s)),
        ("ern_membership", "status") => crate::domain::ErnStatus::from_code(code)
            .map(|s| crate::i18n::ern_status_label(lang, s)),
        (_, "step") => ApplicationStep::from_code(code).map(|s| label(lang, s)),
        (_, "answer") => Answer::from_code(code).map(|a| label(lang, a)),
        (_, "case_type") => CaseType::from_code(code).map(|t| label(lang, t)),
        ("unit", "kind") => UnitKind::from_code(code).map(|k| label(lang, k)),
        (_, "function") => Function::from_code(code).map(|f| label(lang, f)),
        _ => None,
    };
    if let Some(word) = word {
        return word.to_string();
    }
    match key {
        "role" if entity == "reference_group_member" => clean_line(&member_role_text(lang, code)),
        "view" | "renewal_state" | "irf_answer" | "irf_decision" | "outcome" | "proposed_kind"
        | "role" | "pane" | "entity" | "owner" => clean_line(&code_label(lang, code)),
        _ => short(code),
    }
}

fn yes_no(lang: Lang, yes: bool) -> String {
    lang.pick(if yes { ("ja", "yes") } else { ("nei", "no") })
        .to_string()
}

/// What a contact's recorded ties hold, counted.
fn ties_text(lang: Lang, ties: &serde_json::Map<String, Value>) -> String {
    let n = |k: &str| ties.get(k).and_then(Value::as_array).map_or(0, Vec::len);
    let parts = [
        (n("roles"), ("roller", "roles")),
        (
            n("members"),
            ("plasser i referansegrupper", "reference-group seats"),
        ),
        (n("cases"), ("saker", "cases")),
        (n("applications"), ("søknader", "applications")),
    ];
    let said: Vec<String> = parts
        .iter()
        .filter(|(count, _)| *count > 0)
        .map(|(count, words)| format!("{count} {}", lang.pick(*words)))
        .collect();
    if said.is_empty() {
        lang.pick(("ingen", "none")).to_string()
    } else {
        said.join(", ")
    }
}

/// The recorded value of field `key` of `entity` as the UI says it.
pub(super) fn field_value(lang: Lang, entity: &str, key: &str, value: Option<&Value>) -> String {
    let empty = || lang.t(Msg::EmptyText).to_string();
    let Some(value) = value else {
        return empty();
    };
    match value {
        Value::Null => empty(),
        Value::Bool(b) => yes_no(lang, *b),
        Value::Number(n) if IDS.contains(&key) => lang
            .pick(("nr. {}", "no. {}"))
            .replace("{}", &n.to_string()),
        Value::Number(n) if matches!(key, "frame_mnok" | "mnok" | "fte") => {
            lang.number(n.as_f64().unwrap_or_default(), 1)
        }
        Value::Number(n) if key == "done" || key == "statement_received" || key == "user_rep" => {
            yes_no(lang, n.as_i64().unwrap_or(0) != 0)
        }
        Value::Number(n) => match n.as_i64() {
            Some(i) => i.to_string(),
            None => lang.number(n.as_f64().unwrap_or_default(), 1),
        },
        Value::String(s) if s.trim().is_empty() => empty(),
        Value::String(s) if DATES.contains(&key) => {
            match chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                Ok(d) => lang.date(d),
                Err(_) => short(s),
            }
        }
        Value::String(s) if REGIONS.contains(&key) || (entity == "meeting" && key == "chair") => {
            if entity == "milestone" && key == "owner" {
                code_text(lang, entity, key, s)
            } else {
                region_name(s)
            }
        }
        Value::String(s) => code_text(lang, entity, key, s),
        Value::Array(items) if key == "unanswered" => items
            .iter()
            .filter_map(Value::as_str)
            .map(region_name)
            .collect::<Vec<_>>()
            .join(", "),
        Value::Array(items) => match lang {
            Lang::Nb => format!("{} stk.", items.len()),
            Lang::En => format!("{} items", items.len()),
        },
        Value::Object(ties) if key == "ties" => ties_text(lang, ties),
        Value::Object(_) => lang
            .pick(("(flere verdier)", "(several values)"))
            .to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_are_words_not_json() {
        let v = |e: &str, k: &str, x: Value| field_value(Lang::Nb, e, k, Some(&x));
        assert_eq!(
            v("annual_report", "status", json!("under_vurdering")),
            "under vurdering"
        );
        assert_eq!(
            v("annual_report", "received_on", json!("2026-02-09")),
            "09.02.2026"
        );
        assert_eq!(v("follow_up", "owner", json!("HV")), "Helse Vest RHF");
        assert_eq!(v("report_answer", "answer", json!("ja")), "Ja");
        assert_eq!(
            v("anchoring", "view", json!("stotter_ikke")),
            "støtter ikke"
        );
        assert_eq!(v("follow_up", "done", json!(true)), "ja");
        assert_eq!(v("network_period", "frame_mnok", json!(2.5)), "2,5");
        assert_eq!(
            v("case", "links", json!([{ "entity": "unit", "id": 1 }])),
            "1 stk."
        );
        assert_eq!(
            field_value(Lang::En, "x", "note", Some(&json!(null))),
            "(empty)"
        );
        let text = v("case", "text", json!("a\u{1b}[2Jb\nmore"));
        assert!(!text.contains('\u{1b}') && text.ends_with('…'), "{text}");
    }

    #[test]
    fn labels_in_both_languages() {
        assert_eq!(
            field_label(Lang::Nb, "annual_report", "received_on"),
            "Mottatt"
        );
        assert_eq!(
            field_label(Lang::En, "annual_report", "received_on"),
            "Received"
        );
        assert_eq!(field_label(Lang::Nb, "case", "decision"), "Vedtak");
        assert_eq!(field_label(Lang::En, "meeting", "chair"), "Chaired by");
    }
}
