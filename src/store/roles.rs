//! The contacts among list rows: their roles, read in one query for all the rows a
//! window shows, and contacts read by id in list order (marked rows).

use super::lists::{CONTACTS_ORDER, ListKind};
use super::mappers::{map_row, sorted_roles};
use super::rows::{ContactRow, Row};
use super::{Result, Store};

impl Store {
    /// The contacts with these ids, in list order.
    pub fn contacts_by_ids(&self, ids: &[i64]) -> Result<Vec<Row>> {
        let sql = ListKind::Contacts.select_where("c.id IN (SELECT value FROM json_each(?1))");
        let sql = format!("{sql} {CONTACTS_ORDER}");
        let list = serde_json::Value::from(ids.to_vec()).to_string();
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([list], |r| map_row(ListKind::Contacts, r))?;
        let mut rows = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        self.with_roles_in_rows(&mut rows)?;
        Ok(rows)
    }

    /// Reads the roles of these contacts (one query for all), in a fixed order. Lists
    /// read roles this way, after their window is chosen, so a broad filter does not
    /// gather roles for thousands of rows it then leaves out.
    pub(super) fn with_roles<'a>(
        &self,
        contacts: impl IntoIterator<Item = &'a mut ContactRow>,
    ) -> Result<()> {
        let mut contacts: Vec<&mut ContactRow> = contacts.into_iter().collect();
        if contacts.is_empty() {
            return Ok(());
        }
        let ids: Vec<i64> = contacts.iter().map(|c| c.id).collect();
        let mut stmt = self.conn.prepare_cached(
            "SELECT contact_id, group_concat(DISTINCT role) FROM contact_roles
              WHERE contact_id IN (SELECT value FROM json_each(?1)) GROUP BY contact_id",
        )?;
        let found = stmt
            .query_map([serde_json::Value::from(ids).to_string()], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
            })?
            .collect::<rusqlite::Result<std::collections::HashMap<_, _>>>()?;
        for c in contacts.iter_mut() {
            c.roles = found
                .get(&c.id)
                .map(|r| sorted_roles(r))
                .unwrap_or_default();
        }
        Ok(())
    }

    /// [`Store::with_roles`] for the contacts among list rows.
    pub(super) fn with_roles_in_rows(&self, rows: &mut [Row]) -> Result<()> {
        self.with_roles(rows.iter_mut().filter_map(|r| match r {
            Row::Contact(c) => Some(c),
            _ => None,
        }))
    }
}
