//! Queries behind the shell lookups (`irf find`, `irf contacts`, `irf show`): contacts
//! narrowed by region, role and text; one unit, contact or case by id or case number;
//! and records of one kind whose folded text contains a name.
//!
//! Text filters go through the folded trigram index, so `tromso` finds Tromsø and
//! quotes, `*`, `?` and `[` are matched literally.

use std::time::Duration;

use rusqlite::{OptionalExtension, Row as SqlRow, ToSql, params_from_iter};

use super::lists::{code_col, opt_code_col};
use super::rows::{CaseRow, ContactRow, UnitRow};
use super::search::{MAX_QUERY_CHARS, SearchKind, glob_pattern};
use super::{Result, Store};
use crate::domain::{CaseNumber, Code, MeetingKind, Region, fold};

/// The role codes a contact can have, in the order they are listed to users (the
/// `CHECK` constraint on `contact_roles.role`).
pub const CONTACT_ROLES: [&str; 8] = [
    "servicemiljo",
    "arbeidsgruppe",
    "fagdirektor",
    "enhetsleder",
    "referansegruppe",
    "referansegruppeleder",
    "brukerrepresentant",
    "nettverkskoordinator",
];

/// How long a lookup waits for a lock before giving up. In WAL mode readers never
/// need a writer's lock, so this only covers SQLite's own brief housekeeping.
const LOOKUP_BUSY_TIMEOUT: Duration = Duration::from_millis(100);

/// Must match the index `contacts_region_name` so SQLite walks it instead of sorting.
const CONTACTS_ORDER: &str = "ORDER BY CASE c.region_code WHEN 'HSØ' THEN 1 WHEN 'HV' THEN 2 \
     WHEN 'HMN' THEN 3 WHEN 'HN' THEN 4 ELSE 5 END, c.name COLLATE NOCASE, c.id";

const CONTACT_SQL: &str = "
    SELECT c.id, c.name, c.organisation, c.region_code,
           coalesce((SELECT group_concat(role, ', ') FROM
               (SELECT DISTINCT role FROM contact_roles WHERE contact_id = c.id ORDER BY role)), ''),
           c.email, c.phone
      FROM contacts c";

const UNIT_SQL: &str = "
    SELECT u.id, u.name, u.kind, u.region_code, h.name, u.approved_on, u.function,
           u.term_ends_on, u.fte, u.status, u.version
      FROM units u LEFT JOIN health_trusts h ON h.id = u.hf_id
     WHERE u.id = ?1";

const CASE_SQL: &str = "
    SELECT c.id, c.series, c.number, c.year, c.title, c.case_type, c.region_code, c.status,
           (SELECT m.held_on FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
             WHERE a.case_id = c.id)
      FROM cases c
     WHERE c.id = ?1";

/// What narrows `irf contacts`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContactQuery {
    /// Only contacts of this region.
    pub region: Option<Region>,
    /// Only contacts with this role code (one of [`CONTACT_ROLES`]).
    pub role: Option<String>,
    /// Free text, matched literally against the folded index (empty: no text filter).
    pub text: String,
}

impl ContactRow {
    /// The role codes, one per element (the row keeps them comma-separated).
    pub fn role_codes(&self) -> Vec<&str> {
        self.roles
            .split(',')
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .collect()
    }
}

impl Store {
    /// Makes this connection give up at once instead of waiting out a lock; for the
    /// read-only shell lookups, which must never hang on another process.
    pub fn lookup_mode(&self) -> Result<()> {
        self.conn.busy_timeout(LOOKUP_BUSY_TIMEOUT)?;
        Ok(())
    }

    /// Every contact matching `query`, by region (HSØ, HV, HMN, HN, none) then name.
    pub fn lookup_contacts(&self, query: &ContactQuery) -> Result<Vec<ContactRow>> {
        let mut tests: Vec<String> = Vec::new();
        let mut params: Vec<Box<dyn ToSql>> = Vec::new();
        if let Some(region) = query.region {
            params.push(Box::new(region.code()));
            tests.push(format!("c.region_code = ?{}", params.len()));
        }
        if let Some(role) = &query.role {
            params.push(Box::new(role.clone()));
            tests.push(format!(
                "EXISTS (SELECT 1 FROM contact_roles r WHERE r.contact_id = c.id AND r.role = ?{})",
                params.len()
            ));
        }
        let folded: String = fold(&query.text).chars().take(MAX_QUERY_CHARS).collect();
        if !folded.is_empty() {
            params.push(Box::new(glob_pattern(&folded)));
            tests.push(format!(
                "c.id IN (SELECT ref_id FROM search_index WHERE kind = 'contact' AND text GLOB ?{})",
                params.len()
            ));
        }
        let filter = if tests.is_empty() {
            "1".to_string()
        } else {
            tests.join(" AND ")
        };
        let sql = format!("{CONTACT_SQL} WHERE {filter} {CONTACTS_ORDER}");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(params), contact_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// One contact by id.
    pub fn lookup_contact(&self, id: i64) -> Result<Option<ContactRow>> {
        let sql = format!("{CONTACT_SQL} WHERE c.id = ?1");
        Ok(self.conn.query_row(&sql, [id], contact_row).optional()?)
    }

    /// One unit by id.
    pub fn lookup_unit(&self, id: i64) -> Result<Option<UnitRow>> {
        Ok(self.conn.query_row(UNIT_SQL, [id], unit_row).optional()?)
    }

    /// One case by id.
    pub fn lookup_case(&self, id: i64) -> Result<Option<CaseRow>> {
        Ok(self.conn.query_row(CASE_SQL, [id], case_row).optional()?)
    }

    /// The id of the case with this number (`42/26` or `139-2021`), if there is one.
    pub fn lookup_case_number(&self, number: CaseNumber) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id FROM cases WHERE series = ?1 AND number = ?2 AND year = ?3",
                (number.kind.code(), number.number, number.year),
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Records of one kind whose folded text contains `name` (folded the same way),
    /// as (id, title), best first: the whole title, then titles starting with it, with
    /// a word starting with it, containing it, and last those matching in another field
    /// (organisation, e-mail …); ties by title and id. At most `limit`.
    pub fn lookup_named(
        &self,
        kind: SearchKind,
        name: &str,
        limit: usize,
    ) -> Result<Vec<(i64, String)>> {
        let folded: String = fold(name).chars().take(MAX_QUERY_CHARS).collect();
        if folded.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT ref_id, title FROM search_index WHERE kind = ?1 AND text GLOB ?2 LIMIT ?3",
        )?;
        let cap = i64::try_from(limit.saturating_mul(20).max(1000)).unwrap_or(i64::MAX);
        let rows = stmt.query_map((kind.code(), glob_pattern(&folded), cap), |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut found = Vec::new();
        for row in rows {
            let (id, title) = row?;
            found.push((name_rank(&fold(&title), &folded), title, id));
        }
        found.sort();
        Ok(found
            .into_iter()
            .take(limit)
            .map(|(_, title, id)| (id, title))
            .collect())
    }
}

/// How well a folded title matches the folded name: 0 (whole title) to 4 (not in the
/// title at all).
fn name_rank(title: &str, name: &str) -> u8 {
    if title == name {
        0
    } else if title.starts_with(name) {
        1
    } else if title.contains(&format!(" {name}")) {
        2
    } else if title.contains(name) {
        3
    } else {
        4
    }
}

fn contact_row(r: &SqlRow<'_>) -> rusqlite::Result<ContactRow> {
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

fn unit_row(r: &SqlRow<'_>) -> rusqlite::Result<UnitRow> {
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

fn case_row(r: &SqlRow<'_>) -> rusqlite::Result<CaseRow> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_rank_whole_then_start_then_word_then_inside() {
        let ranks: Vec<u8> = ["kari bo", "kari bo jr", "ola kari", "okari", "ola"]
            .iter()
            .map(|t| name_rank(t, "kari bo"))
            .collect();
        assert_eq!(ranks, [0, 1, 4, 4, 4]);
        assert_eq!(name_rank("ola kari", "kari"), 2);
        assert_eq!(name_rank("okari", "kari"), 3);
    }

    #[test]
    fn role_codes_split_the_row() {
        let row = ContactRow {
            id: 1,
            name: String::new(),
            organisation: String::new(),
            region: None,
            roles: "arbeidsgruppe, servicemiljo".into(),
            email: String::new(),
            phone: String::new(),
        };
        assert_eq!(row.role_codes(), ["arbeidsgruppe", "servicemiljo"]);
        let none = ContactRow {
            roles: String::new(),
            ..row
        };
        assert!(none.role_codes().is_empty());
    }
}
