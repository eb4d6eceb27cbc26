//! How SQL rows become the typed rows of `rows.rs`: one reader per list, the readers
//! of code columns into their vocabularies, and the health trusts as the imports and
//! dialogs choose among them.

use chrono::{NaiveDate, NaiveTime};
use rusqlite::Row as SqlRow;

use super::lists::ListKind;
use super::rows::{ApplicationRow, CaseRow, ContactRow, ReportRow, Row, UnitRow};
use crate::domain::{CaseNumber, Code, MeetingKind};

/// Reads a code column into its vocabulary type.
pub(super) fn code_col<T: Code>(r: &SqlRow<'_>, idx: usize) -> rusqlite::Result<T> {
    let text: String = r.get(idx)?;
    T::from_code(&text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            rusqlite::types::Type::Text,
            format!("unknown code {text:?}").into(),
        )
    })
}

/// Reads a nullable code column.
pub(super) fn opt_code_col<T: Code>(r: &SqlRow<'_>, idx: usize) -> rusqlite::Result<Option<T>> {
    let text: Option<String> = r.get(idx)?;
    Ok(text.and_then(|t| T::from_code(&t)))
}

/// Reads a time-of-day column (`HH:MM`, empty for none); anything unreadable is none.
pub(super) fn clock_col(r: &SqlRow<'_>, idx: usize) -> rusqlite::Result<Option<NaiveTime>> {
    let text: String = r.get(idx)?;
    Ok(crate::domain::parse_clock_input(&text).flatten())
}

pub(super) fn map_row(kind: ListKind, r: &SqlRow<'_>) -> rusqlite::Result<Row> {
    Ok(match kind {
        ListKind::Applications
        | ListKind::Due
        | ListKind::Milestones
        | ListKind::Ranking
        | ListKind::Meetings
        | ListKind::Money
        | ListKind::Renewals
        | ListKind::Breaches
        | ListKind::Summary => Row::Application(ApplicationRow {
            id: r.get(0)?,
            title: r.get(1)?,
            hf: r.get(2)?,
            region: code_col(r, 3)?,
            proposed_kind: r.get(4)?,
            received_on: r.get::<_, Option<NaiveDate>>(5).ok().flatten(),
            step: code_col(r, 6)?,
            rank: r.get(7)?,
            answered: r.get(8)?,
            decision: opt_code_col(r, 9)?,
        }),
        ListKind::Reports => Row::Report(ReportRow {
            id: r.get(0)?,
            unit_id: r.get(1)?,
            unit: r.get(2)?,
            kind: code_col(r, 3)?,
            region: code_col(r, 4)?,
            year: r.get(5)?,
            status: code_col(r, 6)?,
            reviewer: opt_code_col(r, 7)?,
            received_on: r.get(8)?,
            statement: r.get(9)?,
            open_follow_ups: r.get(10)?,
        }),
        ListKind::Contacts => Row::Contact(contact_row(r)?),
        ListKind::Cases => Row::Case(case_row(r)?),
        ListKind::Units => Row::Unit(unit_row(r)?),
    })
}

/// A row of the contacts' query ([`ListKind::Contacts`]).
pub(super) fn contact_row(r: &SqlRow<'_>) -> rusqlite::Result<ContactRow> {
    Ok(ContactRow {
        id: r.get(0)?,
        name: r.get(1)?,
        organisation: r.get(2)?,
        region: opt_code_col(r, 3)?,
        roles: r.get(4)?,
        email: r.get(5)?,
        phone: r.get(6)?,
    })
}

/// `b,a` as `a, b`: the roles in a fixed order (sorting a handful here is cheaper
/// than an ordered subquery per row in SQL).
pub(super) fn sorted_roles(roles: &str) -> String {
    let mut list: Vec<&str> = roles.split(',').filter(|r| !r.is_empty()).collect();
    list.sort_unstable();
    list.join(", ")
}

/// A row of the cases' query ([`ListKind::Cases`]).
pub(super) fn case_row(r: &SqlRow<'_>) -> rusqlite::Result<CaseRow> {
    let series: String = r.get(1)?;
    let number: Option<u32> = r.get(2)?;
    let year: Option<i32> = r.get(3)?;
    let kind = MeetingKind::from_code(&series).unwrap_or(MeetingKind::Irf);
    Ok(CaseRow {
        id: r.get(0)?,
        number: number
            .zip(year)
            .map(|(number, year)| CaseNumber { kind, number, year }),
        title: r.get(4)?,
        case_type: code_col(r, 5)?,
        region: opt_code_col(r, 6)?,
        status: code_col(r, 7)?,
        meeting_on: r.get(8)?,
    })
}

/// A row of the units' query ([`ListKind::Units`]).
pub(super) fn unit_row(r: &SqlRow<'_>) -> rusqlite::Result<UnitRow> {
    Ok(UnitRow {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: code_col(r, 2)?,
        region: code_col(r, 3)?,
        hf: r.get(4)?,
        approved_on: r.get(5)?,
        function: opt_code_col(r, 6)?,
        term_ends_on: r.get(7)?,
        fte: r.get(8)?,
        status: code_col(r, 9)?,
        version: r.get(10)?,
    })
}

/// The health trusts, by id: id, name, region (a row whose region is unknown is left
/// out).
pub(super) fn health_trusts(
    conn: &rusqlite::Connection,
) -> super::Result<Vec<(i64, String, crate::domain::Region)>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, name, region_code FROM health_trusts ORDER BY id")?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, name, region)| {
            crate::domain::Region::from_code(&region).map(|r| (id, name, r))
        })
        .collect())
}
