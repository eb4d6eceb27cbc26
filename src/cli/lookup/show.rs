//! `irf show unit|contact|case ID-OR-NAME`: one record as `Label: value` lines or a
//! JSON object. A number is an id; for cases `42/26` or `139-2021` is a case number;
//! anything else is a name looked up folded in the search index. Exactly one match is
//! shown; several are listed (exit code 1) with a sentence asking for more of the name
//! or the id. A unit shows its ERN memberships with their flags (`ern_memberships`
//! in JSON, shaped as `irf ern --json`'s).

use super::json::{
    BreachJson, CaseJson, ContactJson, ContactShowJson, MemberJson, TieJson, UnitJson, to_json,
};
use super::{Format, Output, hits_text, lines, text};
use crate::app::store_error_text;
use crate::cli::ShowWhat;
use crate::domain::{CaseNumber, Code, fold};
use crate::i18n::{CliMsg, Lang, Msg, breach, code_label, label};
use crate::store::{
    CaseRow, ContactRow, Detail, Hit, RefMember, Row, SearchKind, Store, StoreError, UnitRow,
};
use crate::ui::sanitize;

/// Most matches read for a name; more than one is listed.
const MAX_MATCHES: usize = 1000;

/// Most matches listed in plain output.
const MAX_LISTED: usize = 20;

/// Which record a key names.
pub(super) enum Pick {
    /// This id.
    One(i64),
    /// Nothing: the sentence saying so.
    Nothing(String),
    /// Several: (id, title), best first.
    Many(Vec<(i64, String)>),
}

/// Finds the record `key` names and prints it.
pub(super) fn run(
    store: &Store,
    what: ShowWhat,
    key: &str,
    json: bool,
    lang: Lang,
    today: chrono::NaiveDate,
) -> Result<Output, String> {
    let fail = |e: StoreError| store_error_text(lang, &e);
    let kind = search_kind(what);
    let picked = pick(store, what, key, lang).map_err(fail)?;
    let id = match picked {
        Pick::One(id) => id,
        Pick::Nothing(sentence) => return Ok(not_found(sentence, json)),
        Pick::Many(matches) => {
            let sentence = lang.cf(CliMsg::Ambiguous, &[&matches.len(), &kind.code()]);
            return many(matches, kind, json, sentence, lang);
        }
    };
    let shown = match what {
        ShowWhat::Unit => store.lookup_unit(id).map_err(fail)?.map(|u| {
            let detail = store.detail(&Row::Unit(u.clone()));
            detail.map(|d| unit(&u, d, json, lang, today))
        }),
        ShowWhat::Contact => store.lookup_contact(id).map_err(fail)?.map(|c| {
            let detail = store.detail(&Row::Contact(c.clone()));
            detail.map(|d| contact(&c, d, json, lang))
        }),
        ShowWhat::Case => store.lookup_case(id).map_err(fail)?.map(|c| {
            let detail = store.detail(&Row::Case(c.clone()));
            detail.map(|d| case(&c, d, json, lang))
        }),
    };
    match shown {
        Some(text) => Ok(Output::found(text.map_err(fail)??)),
        None => {
            let sentence = lang.cf(CliMsg::NotFoundId, &[&noun(what, lang), &id]);
            Ok(not_found(sentence, json))
        }
    }
}

/// Nothing to show: the sentence on stderr, or `[]` (no matches) for `--json`.
pub(super) fn not_found(sentence: String, json: bool) -> Output {
    if json {
        Output::nothing("[]\n".to_string(), None)
    } else {
        Output::nothing(String::new(), Some(sentence))
    }
}

fn search_kind(what: ShowWhat) -> SearchKind {
    match what {
        ShowWhat::Unit => SearchKind::Unit,
        ShowWhat::Contact => SearchKind::Contact,
        ShowWhat::Case => SearchKind::Case,
    }
}

fn noun(what: ShowWhat, lang: Lang) -> &'static str {
    lang.c(match what {
        ShowWhat::Unit => CliMsg::NounUnit,
        ShowWhat::Contact => CliMsg::NounContact,
        ShowWhat::Case => CliMsg::NounCase,
    })
}

/// An id, a case number, or a name that matches exactly one record.
fn pick(store: &Store, what: ShowWhat, key: &str, lang: Lang) -> crate::store::Result<Pick> {
    pick_named(store, search_kind(what), noun(what, lang), key, lang)
}

/// An id, (for cases) a case number, or a name of a record of `kind` (called `noun`
/// in sentences) that matches exactly one record.
pub(super) fn pick_named(
    store: &Store,
    kind: SearchKind,
    noun: &str,
    key: &str,
    lang: Lang,
) -> crate::store::Result<Pick> {
    let key = key.trim();
    if !key.is_empty() && key.chars().all(|c| c.is_ascii_digit()) {
        return Ok(match key.parse::<i64>() {
            Ok(id) => Pick::One(id),
            Err(_) => Pick::Nothing(lang.cf(CliMsg::NotFoundId, &[&noun, &key])),
        });
    }
    if kind == SearchKind::Case
        && let Some(number) = CaseNumber::parse(key)
    {
        return Ok(match store.lookup_case_number(number)? {
            Some(id) => Pick::One(id),
            None => Pick::Nothing(lang.cf(CliMsg::NotFoundNumber, &[&number])),
        });
    }
    let mut found = store.lookup_named(kind, key, MAX_MATCHES)?;
    let folded = fold(key);
    let exact = |t: &str| fold(t) == folded;
    if let [first, rest @ ..] = found.as_slice()
        && exact(&first.1)
        && !rest.first().is_some_and(|second| exact(&second.1))
    {
        return Ok(Pick::One(first.0));
    }
    // Matches in the name beat matches in other fields (organisation, e-mail …).
    if found.iter().any(|(_, t)| fold(t).contains(&folded)) {
        found.retain(|(_, t)| fold(t).contains(&folded));
    }
    Ok(match found.len() {
        0 => Pick::Nothing(lang.cf(CliMsg::NotFoundName, &[&noun, &sanitize(key)])),
        1 => Pick::One(found[0].0),
        _ => Pick::Many(found),
    })
}

/// Several matches of `kind`: listed (all of them in JSON, the first ones in plain
/// output) with `sentence` on stderr in plain output.
pub(super) fn many(
    matches: Vec<(i64, String)>,
    kind: SearchKind,
    json: bool,
    sentence: String,
    lang: Lang,
) -> Result<Output, String> {
    let format = if json { Format::Json } else { Format::Plain };
    let count = matches.len();
    let listed = if json { count } else { MAX_LISTED };
    let hits: Vec<Hit> = matches
        .into_iter()
        .take(listed)
        .map(|(id, title)| Hit {
            kind,
            id,
            title,
            score: 0,
        })
        .collect();
    let mut stdout = hits_text(&hits, format, lang)?;
    if count > hits.len() {
        stdout.push_str(&format!(
            "{}\n",
            lang.cf(CliMsg::More, &[&(count - listed)])
        ));
    }
    Ok(Output::nothing(stdout, (!json).then_some(sentence)))
}

/// A field of plain output: label and value (stored text sanitised; `(tom)` if blank).
fn field(lang: Lang, msg: Msg, value: &str) -> (String, Vec<String>) {
    let value = if value.trim().is_empty() {
        lang.t(Msg::EmptyText).to_string()
    } else {
        sanitize(value).into_owned()
    };
    (lang.t(msg).to_string(), vec![value])
}

/// A multi-line stored text, each line sanitised; `(tom)` when empty.
fn paragraphs(lang: Lang, msg: Msg, value: &str) -> (String, Vec<String>) {
    let mut lines: Vec<String> = value
        .lines()
        .map(|l| sanitize(l).into_owned())
        .filter(|l| !l.trim().is_empty())
        .collect();
    if lines.is_empty() {
        lines.push(lang.t(Msg::EmptyText).to_string());
    }
    (lang.t(msg).to_string(), lines)
}

fn plain(items: &[(String, Vec<String>)]) -> String {
    lines(&text::fields(items))
}

fn id_field(lang: Lang, id: i64) -> (String, Vec<String>) {
    (lang.c(CliMsg::Id).to_string(), vec![id.to_string()])
}

fn date(d: Option<chrono::NaiveDate>) -> Option<String> {
    d.map(super::json::iso)
}

fn member_line(lang: Lang, m: &RefMember) -> String {
    let mut parts = vec![m.region.code().to_string()];
    if !m.role.trim().is_empty() {
        parts.push(sanitize(&crate::i18n::member_role_text(lang, &m.role)).into_owned());
    }
    if m.chair {
        parts.push(lang.t(Msg::Chair).to_string());
    }
    let user_rep = lang.t(Msg::UserRep);
    if m.user_rep && !parts.iter().any(|p| p.eq_ignore_ascii_case(user_rep)) {
        parts.push(user_rep.to_string());
    }
    format!("- {} ({})", sanitize(&m.name), parts.join(", "))
}

fn unit(
    u: &UnitRow,
    detail: Detail,
    json: bool,
    lang: Lang,
    today: chrono::NaiveDate,
) -> Result<String, String> {
    let Detail::Unit(extra) = detail else {
        return Err(format!("unit {}: no detail", u.id));
    };
    if json {
        return to_json(&UnitJson {
            kind: "unit",
            id: u.id,
            name: &u.name,
            unit_kind: u.kind.code(),
            region: u.region.code(),
            health_trust: u.hf.as_deref(),
            approved_on: date(u.approved_on),
            function: u.function.map(Code::code),
            term_ends_on: date(u.term_ends_on),
            fte: u.fte.map(|f| (f * 100.0).round() / 100.0),
            status: u.status.code(),
            ern: extra.ern.as_deref(),
            notes: &extra.notes,
            reference_group: extra
                .members
                .iter()
                .map(|m| MemberJson {
                    name: &m.name,
                    region: m.region.code(),
                    role: &m.role,
                    user_rep: m.user_rep,
                    chair: m.chair,
                })
                .collect(),
            breaches: BreachJson::all(lang, &extra.breaches),
            ern_memberships: extra
                .erns
                .iter()
                .map(|m| super::ern::MembershipJson::of(m, today, lang))
                .collect(),
        });
    }
    let mut items = vec![
        id_field(lang, u.id),
        field(lang, Msg::ColName, &u.name),
        field(lang, Msg::ColKind, label(lang, u.kind)),
        field(
            lang,
            Msg::ColRegion,
            &format!("{} ({})", u.region.code(), u.region.name()),
        ),
    ];
    if let Some(hf) = &u.hf {
        items.push(field(lang, Msg::ColHf, hf));
    }
    if let Some(d) = u.approved_on {
        items.push(field(lang, Msg::ColApproved, &lang.date(d)));
    }
    if let Some(f) = u.function {
        items.push(field(lang, Msg::ColFunction, label(lang, f)));
    }
    if let Some(d) = u.term_ends_on {
        items.push(field(lang, Msg::ColTermEnd, &lang.date(d)));
    }
    if let Some(fte) = u.fte {
        items.push(field(lang, Msg::ColFte, &lang.number(fte, 1)));
    }
    items.push(field(lang, Msg::ColStatus, label(lang, u.status)));
    if extra.erns.is_empty()
        && let Some(ern) = &extra.ern
    {
        items.push(field(lang, Msg::ColErn, ern));
    }
    if !extra.notes.trim().is_empty() {
        items.push(paragraphs(lang, Msg::ColNotes, &extra.notes));
    }
    let mut members: Vec<String> = extra.members.iter().map(|m| member_line(lang, m)).collect();
    if members.is_empty() {
        members.push(lang.t(Msg::EmptyText).to_string());
    }
    items.push((lang.t(Msg::ReferenceGroup).to_string(), members));
    let rules = if extra.breaches.is_empty() {
        vec![lang.t(Msg::Compliant).to_string()]
    } else {
        let mut rules = vec![format!("{}:", lang.t(Msg::Breaks))];
        rules.extend(
            extra
                .breaches
                .iter()
                .map(|b| format!("- {}", breach(lang, b))),
        );
        rules
    };
    items.push((lang.c(CliMsg::Rules).to_string(), rules));
    if !extra.erns.is_empty() {
        items.push(ern_item(&extra.erns, lang, today));
    }
    Ok(plain(&items))
}

/// The unit's ERN memberships, one list item each with its flags below it as `! …`.
fn ern_item(
    erns: &[crate::store::ErnMembership],
    lang: Lang,
    today: chrono::NaiveDate,
) -> (String, Vec<String>) {
    let mut lines = Vec::new();
    for m in erns {
        lines.push(format!("- {}", crate::i18n::ern_line(lang, m)));
        for f in m.flags(today) {
            lines.push(format!(
                "  ! {}",
                crate::i18n::ern_flag_text(lang, &m.ern, &f)
            ));
        }
    }
    (lang.ern(crate::i18n::ErnMsg::Heading).to_string(), lines)
}

fn contact(c: &ContactRow, detail: Detail, json: bool, lang: Lang) -> Result<String, String> {
    let Detail::Contact(ties) = detail else {
        return Err(format!("contact {}: no detail", c.id));
    };
    if json {
        return to_json(&ContactShowJson {
            kind: "contact",
            contact: ContactJson::from(c),
            ties: ties
                .iter()
                .map(|t| TieJson {
                    role: &t.role,
                    kind: t.target.as_ref().map(|(k, _, _)| k.code()),
                    id: t.target.as_ref().map(|(_, id, _)| *id),
                    title: t.target.as_ref().map(|(_, _, title)| title.as_str()),
                })
                .collect(),
        });
    }
    let roles: Vec<String> = c.role_codes().iter().map(|r| code_label(lang, r)).collect();
    let mut items = vec![
        id_field(lang, c.id),
        field(lang, Msg::ColName, &c.name),
        field(lang, Msg::ColOrganisation, &c.organisation),
    ];
    if let Some(r) = c.region {
        let region = format!("{} ({})", r.code(), r.name());
        items.push(field(lang, Msg::ColRegion, &region));
    }
    items.push(field(lang, Msg::ColRoles, &roles.join(", ")));
    items.push(field(lang, Msg::ColEmail, &c.email));
    items.push(field(lang, Msg::ColPhone, &c.phone));
    let mut lines: Vec<String> = ties
        .iter()
        .map(|t| match &t.target {
            Some((_, _, title)) => format!("- {} – {}", code_label(lang, &t.role), title),
            None => format!("- {}", code_label(lang, &t.role)),
        })
        .map(|l| sanitize(&l).into_owned())
        .collect();
    if lines.is_empty() {
        lines.push(lang.t(Msg::EmptyText).to_string());
    }
    items.push((lang.t(Msg::Ties).to_string(), lines));
    Ok(plain(&items))
}

fn case(c: &CaseRow, detail: Detail, json: bool, lang: Lang) -> Result<String, String> {
    let Detail::Case(sections) = detail else {
        return Err(format!("case {}: no detail", c.id));
    };
    let [background, assessment, proposal, attachments, decision] = &sections;
    if json {
        return to_json(&CaseJson {
            kind: "case",
            id: c.id,
            number: c.number.map(|n| n.to_string()),
            title: &c.title,
            case_type: c.case_type.code(),
            region: c.region.map(Code::code),
            status: c.status.code(),
            meeting_on: date(c.meeting_on),
            background,
            assessment,
            proposal,
            attachments,
            decision,
        });
    }
    let mut items = vec![id_field(lang, c.id)];
    if let Some(n) = c.number {
        items.push(field(lang, Msg::ColNumber, &n.to_string()));
    }
    items.push(field(lang, Msg::ColTitle, &c.title));
    items.push(field(lang, Msg::ColType, label(lang, c.case_type)));
    if let Some(r) = c.region {
        items.push(field(lang, Msg::ColRegion, r.code()));
    }
    items.push(field(lang, Msg::ColStatus, label(lang, c.status)));
    if let Some(d) = c.meeting_on {
        items.push(field(lang, Msg::ColMeeting, &lang.date(d)));
    }
    for (msg, text) in [
        (Msg::SectionBackground, background),
        (Msg::SectionAssessment, assessment),
        (Msg::SectionProposal, proposal),
        (Msg::SectionAttachments, attachments),
        (Msg::SectionDecision, decision),
    ] {
        items.push(paragraphs(lang, msg, text));
    }
    Ok(plain(&items))
}
