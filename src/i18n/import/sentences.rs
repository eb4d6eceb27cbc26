//! The import's sentences: a file that cannot be read, a problem with its line and
//! column, a note, one row of the plan, the summary, and the whole plan as lines.

use super::ImportMsg;
use crate::domain::QueueRefusal;
use crate::i18n::Lang;
use crate::import::{FileError, MAX_BYTES, MAX_UNPACKED, Note, Problem, ProblemKind};
use crate::store::{Change, Effect, ImportPlan};

/// Why a file could not be read.
pub fn file_error_text(lang: Lang, e: &FileError) -> String {
    use ImportMsg as M;
    let mb = |b: u64| lang.number(b as f64 / 1_048_576.0, 1);
    match e {
        FileError::Unreadable(why) => lang.if_(M::Unreadable, &[why]),
        FileError::NotFound(_) => lang.i(M::NotFound).to_string(),
        FileError::NoAccess(_) => lang.i(M::NoAccess).to_string(),
        FileError::NotAFile(what) => lang.if_(M::NotAFile, &[&what.text(lang)]),
        FileError::TooLarge(size) => lang.if_(M::TooLarge, &[&mb(*size), &(MAX_BYTES / 1_048_576)]),
        FileError::NotATable => lang.i(M::NotATable).to_string(),
        FileError::BadWorkbook(why) => lang.if_(M::BadWorkbook, &[why]),
        FileError::TooLargeUnpacked(size) => lang.if_(
            M::TooLargeUnpacked,
            &[&mb(*size), &(MAX_UNPACKED / 1_048_576)],
        ),
        FileError::Empty => lang.i(M::Empty).to_string(),
    }
}

fn separator(lang: Lang, c: char) -> String {
    if c == '\t' {
        lang.i(ImportMsg::Tab).to_string()
    } else {
        c.to_string()
    }
}

/// What is wrong, without where.
fn problem_what(lang: Lang, kind: &ProblemKind) -> String {
    use ImportMsg as M;
    use ProblemKind as P;
    match kind {
        P::MissingColumn { wanted, found } => {
            lang.if_(M::MissingColumn, &[wanted, &found.join(", ")])
        }
        P::DuplicateColumn { other } => lang.if_(M::DuplicateColumn, &[other]),
        P::TooManyCells { found, expected } => lang.if_(M::TooManyCells, &[found, expected]),
        P::WrongSeparator { seen, expected } => lang.if_(
            M::WrongSeparator,
            &[&separator(lang, *seen), &separator(lang, *expected)],
        ),
        P::Empty => lang.i(M::EmptyCell).to_string(),
        P::BadDate(t) => lang.if_(M::BadDate, &[t]),
        P::NoSuchDate(t) => lang.if_(M::NoSuchDate, &[t]),
        P::BadYear(t) => lang.if_(M::BadYear, &[t]),
        P::NoYear => lang.i(M::NoYear).to_string(),
        P::OtherYear { found, asked } => lang.if_(M::OtherYear, &[found, asked]),
        P::BadNumber(t) => lang.if_(M::BadNumber, &[t]),
        P::BadRegion(t) => lang.if_(M::BadRegion, &[t]),
        P::BadKind(t) => lang.if_(M::BadKind, &[t]),
        P::BadFunction(t) => lang.if_(M::BadFunction, &[t]),
        P::BadStatus(t) => lang.if_(M::BadStatus, &[t]),
        P::BadYesNo(t) => lang.if_(M::BadYesNo, &[t]),
        P::BadAnswer(t) => lang.if_(M::BadAnswer, &[t]),
        P::UnknownUnit {
            name,
            nearest: None,
        } => lang.if_(M::UnknownUnit, &[name]),
        P::UnknownUnit {
            name,
            nearest: Some(n),
        } => lang.if_(M::UnknownUnitNear, &[name, n]),
        P::AmbiguousUnit { name, count } => lang.if_(M::AmbiguousUnit, &[name, count]),
        P::DuplicateUnit { name, first } => lang.if_(M::DuplicateUnit, &[name, first]),
        P::UnknownHf {
            name,
            nearest: None,
        } => lang.if_(M::UnknownHf, &[name]),
        P::UnknownHf {
            name,
            nearest: Some(n),
        } => lang.if_(M::UnknownHfNear, &[name, n]),
        P::HfRegion { hf, region } => lang.if_(M::HfRegion, &[hf, region]),
        P::ErnStatus { typed } => crate::i18n::ern_status_refusal(lang, typed),
        P::NoRegion => lang.i(M::NoRegion).to_string(),
        P::NotOnChecklist { code, checklist } => lang.if_(M::NotOnChecklist, &[code, checklist]),
        P::NoChecklist => lang.i(M::NoChecklist).to_string(),
        P::NoRows => lang.i(M::NoRows).to_string(),
        P::Refused {
            why,
            year,
            received,
        } => refused(lang, why, *year, *received),
        P::NoReport { year } => lang.if_(M::NoReport, &[year]),
        P::ReportNotReceived { year } => lang.if_(M::ReportNotReceived, &[year]),
        P::ReportClosed { year } => lang.if_(M::ReportClosed, &[year]),
    }
}

/// Why the report rules refuse a row's received date or status.
fn refused(
    lang: Lang,
    why: &QueueRefusal,
    year: i32,
    received: Option<chrono::NaiveDate>,
) -> String {
    use crate::domain::ReviewRefusal;
    use ImportMsg as M;
    use QueueRefusal as R;
    match why {
        R::ReceivedInFuture => lang.i(M::ReceivedInFuture).to_string(),
        R::ReceivedBeforeYearEnd => {
            let first = chrono::NaiveDate::from_ymd_opt(year + 1, 1, 1)
                .map_or_else(String::new, |d| lang.date(d));
            lang.if_(M::ReceivedBeforeYearEnd, &[&year, &first])
        }
        R::AlreadyReceived => {
            let on = received.map_or_else(String::new, |d| lang.date(d));
            lang.if_(M::AlreadyReceived, &[&on])
        }
        R::NeedsReceivedDate | R::Review(ReviewRefusal::NotReceived) => {
            lang.i(M::StatusNotReceived).to_string()
        }
        R::Review(ReviewRefusal::FollowUpsOpen { .. }) => lang.i(M::CloseWithFollowUps).to_string(),
        R::ReviewBegun | R::Review(_) => crate::i18n::queue_refusal(lang, why),
        R::ReviewedWithOpenFollowUps => lang.i(M::ReviewedWithFollowUps).to_string(),
        R::NoOpenFollowUps => lang.i(M::FollowUpWithoutOpen).to_string(),
    }
}

/// A problem as one sentence: `linje 7, kolonne «Mottatt»: …`.
pub fn problem_text(lang: Lang, p: &Problem) -> String {
    let what = problem_what(lang, &p.kind);
    match &p.column {
        Some(column) if !column.is_empty() => {
            lang.if_(ImportMsg::AtCell, &[&p.line, column, &what])
        }
        _ => lang.if_(ImportMsg::AtLine, &[&p.line, &what]),
    }
}

/// A note as one sentence.
pub fn note_text(lang: Lang, n: &Note) -> String {
    match n {
        Note::SummarySkipped(line) => lang.if_(ImportMsg::SummarySkipped, &[line]),
        Note::ColumnIgnored(header) => lang.if_(ImportMsg::ColumnIgnored, &[header]),
        Note::HeaderAt(line) => lang.if_(ImportMsg::HeaderAt, &[line]),
        Note::ErnUnknown { line, ern, nearest } => {
            let ern = crate::ui::sanitize(ern);
            let sentence = match nearest {
                Some(n) => lang.ernf(crate::i18n::ErnMsg::UnknownNear, &[&ern, n]),
                None => lang.ernf(crate::i18n::ErnMsg::Unknown, &[&ern]),
            };
            lang.if_(ImportMsg::AtLineNote, &[line, &sentence])
        }
        Note::ErnStatusKept {
            line,
            ern,
            file,
            kept,
        } => lang.if_(
            ImportMsg::ErnStatusKept,
            &[
                line,
                &crate::ui::sanitize(ern),
                &crate::i18n::ern_status_label(lang, *file),
                &crate::i18n::ern_status_label(lang, *kept),
            ],
        ),
    }
}

/// What a changed field of the plan is called in the UI language.
fn field_word(lang: Lang, field: &str) -> &'static str {
    lang.pick(match field {
        "status" => ("status", "status"),
        "received_on" => ("mottatt", "received"),
        "reviewer_region" => ("vurderes av", "reviewer"),
        "statement_received" => ("uttalelse", "statement"),
        "report_answers" => ("svar på sjekklisten", "checklist answers"),
        "name" => ("navn", "name"),
        "kind" => ("type", "kind"),
        "hf_id" => ("helseforetak", "health trust"),
        "region_code" => ("region", "region"),
        "approved_on" => ("godkjent", "approved"),
        "function" => ("funksjon", "function"),
        "term_ends_on" => ("periodeslutt", "term end"),
        "fte" => ("årsverk", "FTE"),
        "ern" => ("ERN", "ERN"),
        "ern_memberships" => ("ERN-medlemskap", "ERN memberships"),
        _ => ("annet", "other"),
    })
}

/// One row of the plan: `linje 3: Sarkomer – endres: status, mottatt`.
pub fn change_text(lang: Lang, c: &Change) -> String {
    let effect = match &c.effect {
        Effect::New => lang.i(ImportMsg::New).to_string(),
        Effect::Changed(fields) => {
            let words: Vec<&str> = fields.iter().map(|f| field_word(lang, f)).collect();
            lang.if_(ImportMsg::Changed, &[&words.join(", ")])
        }
        Effect::Unchanged => lang.i(ImportMsg::Unchanged).to_string(),
    };
    let unit = crate::domain::short_name(&c.unit);
    lang.if_(ImportMsg::AtLine, &[&c.line, &format!("{unit} – {effect}")])
}

/// The plan's summary line: counts, or "no changes", or how many problems.
pub fn plan_summary(lang: Lang, plan: &ImportPlan) -> String {
    if !plan.problems.is_empty() {
        return lang.if_(ImportMsg::Problems, &[&plan.problems.len()]);
    }
    if !plan.writes() {
        return lang.i(ImportMsg::NoChanges).to_string();
    }
    let (new, changed, same) = plan.counts();
    lang.if_(ImportMsg::Counts, &[&new, &changed, &same])
}

/// The whole plan as lines: notes, then the problems (or the new and changed rows),
/// then the summary.
pub fn plan_lines(lang: Lang, plan: &ImportPlan) -> Vec<String> {
    let mut lines: Vec<String> = plan.notes.iter().map(|n| note_text(lang, n)).collect();
    if plan.problems.is_empty() {
        lines.extend(
            plan.changes
                .iter()
                .filter(|c| c.effect != Effect::Unchanged)
                .map(|c| change_text(lang, c)),
        );
    } else {
        lines.extend(plan.problems.iter().map(|p| problem_text(lang, p)));
    }
    lines.push(plan_summary(lang, plan));
    lines
}
