//! Queries behind the shell lookups (`irf find`, `irf contacts`, `irf show`): contacts
//! narrowed by region, role and text; one unit, contact or case by id or case number;
//! and records of one kind whose folded text contains a name.
//!
//! Text filters go through the folded search index, as the panes' filters do: one or
//! two characters match the start of a word, longer text matches anywhere, so `tromso`
//! finds Tromsø and quotes, `*`, `?` and `[` are matched literally.

use std::time::Duration;

use rusqlite::{OptionalExtension, ToSql, params_from_iter};

use super::lists::{CONTACTS_ORDER, Filtered, ListKind};
use super::mappers::{case_row, contact_row, unit_row};
use super::rows::{CaseRow, ContactRow, UnitRow};
use super::search::SearchKind;
use super::{Result, Store};
use crate::domain::{CaseNumber, Code, ContactRole, Region};

/// How long a lookup waits for a lock before giving up. In WAL mode readers never
/// need a writer's lock, so this only covers SQLite's own brief housekeeping.
const LOOKUP_BUSY_TIMEOUT: Duration = Duration::from_millis(100);

/// What narrows `irf contacts`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContactQuery {
    /// Only contacts of this region.
    pub region: Option<Region>,
    /// Only contacts with this role.
    pub role: Option<ContactRole>,
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
        if let Some(role) = query.role {
            params.push(Box::new(role.code()));
            tests.push(format!(
                "EXISTS (SELECT 1 FROM contact_roles r WHERE r.contact_id = c.id AND r.role = ?{})",
                params.len()
            ));
        }
        tests.extend(Filtered::Index("c.id", SearchKind::Contact).test(&query.text, &mut params));
        let filter = if tests.is_empty() {
            "1".to_string()
        } else {
            tests.join(" AND ")
        };
        let sql = format!(
            "{} {CONTACTS_ORDER}",
            ListKind::Contacts.select_where(&filter)
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(params), contact_row)?;
        let mut rows = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        self.with_roles(rows.iter_mut())?;
        Ok(rows)
    }

    /// One contact by id.
    pub fn lookup_contact(&self, id: i64) -> Result<Option<ContactRow>> {
        let sql = ListKind::Contacts.select_where("c.id = ?1");
        let mut found = self.conn.query_row(&sql, [id], contact_row).optional()?;
        self.with_roles(found.iter_mut())?;
        Ok(found)
    }

    /// One unit by id.
    pub fn lookup_unit(&self, id: i64) -> Result<Option<UnitRow>> {
        let sql = ListKind::Units.select_where("u.id = ?1");
        Ok(self.conn.query_row(&sql, [id], unit_row).optional()?)
    }

    /// One case by id.
    pub fn lookup_case(&self, id: i64) -> Result<Option<CaseRow>> {
        let sql = ListKind::Cases.select_where("c.id = ?1");
        Ok(self.conn.query_row(&sql, [id], case_row).optional()?)
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

    /// Records of one kind matching `name` as `irf find` matches it (one or two
    /// characters: a word starting with it; longer: the text anywhere), as (id, title),
    /// ranked as `find` ranks them: the whole title, then titles starting with it, with
    /// a word starting with it, containing it, and last those matching in another field
    /// (organisation, e-mail …); shorter titles first, then by title and id. At most
    /// `limit`.
    pub fn lookup_named(
        &self,
        kind: SearchKind,
        name: &str,
        limit: usize,
    ) -> Result<Vec<(i64, String)>> {
        let hits = self.search_kind(name, Some(kind), limit)?;
        Ok(hits.into_iter().map(|h| (h.id, h.title)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
