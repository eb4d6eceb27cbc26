//! A unit's reference group: adding a member (name, region, role, user representative,
//! chair) and taking one away. The chair is a member by construction, and there is
//! one: making a member chair takes the chair from the one who had it, in the same
//! transaction. Every change has its audit row; the rules the group then breaks are
//! shown by `domain::check_reference_group`.

use serde_json::json;

use super::write::{AuditEntry, check_version};
use super::{Result, Store};
use crate::domain::{Code, Region, RenewalRefusal};

/// A new member as typed in a form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MemberEdit {
    /// Full name (required).
    pub name: String,
    /// The region as typed (`HSØ`, `hso`, `HN` …; required).
    pub region: String,
    /// Role or background (profession, municipality …).
    pub role: String,
    /// A user representative.
    pub user_rep: bool,
    /// Chairs the group (the chair passes from whoever had it).
    pub chair: bool,
}

/// A member as stored, with what an edit needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupMember {
    /// The member's id.
    pub id: i64,
    /// Name.
    pub name: String,
    /// Region.
    pub region: Region,
    /// Chairs the group.
    pub chair: bool,
    /// The row's version.
    pub version: i64,
}

impl Store {
    /// The members of unit `unit_id`'s reference group, chair first, then by name.
    pub fn group_members(&self, unit_id: i64) -> Result<Vec<GroupMember>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, region_code, chair, version FROM reference_group_members
              WHERE unit_id = ?1 ORDER BY chair DESC, name",
        )?;
        let rows = stmt.query_map([unit_id], |r| {
            Ok(GroupMember {
                id: r.get(0)?,
                name: r.get(1)?,
                region: super::mappers::code_col(r, 2)?,
                chair: r.get(3)?,
                version: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Adds a member to unit `unit_id`'s reference group; returns the member's id. A
    /// member without a name or without one of the four regions is refused.
    pub fn add_member(&mut self, unit_id: i64, e: &MemberEdit) -> Result<i64> {
        let name = e.name.trim().to_string();
        if name.is_empty() {
            return Err(RenewalRefusal::MemberNoName.into());
        }
        let Some(region) = Region::parse_loose(&e.region) else {
            return Err(RenewalRefusal::MemberNoRegion {
                name,
                typed: e.region.trim().to_string(),
            }
            .into());
        };
        self.write(|tx, audit| {
            if e.chair {
                tx.execute(
                    "UPDATE reference_group_members SET chair = 0, version = version + 1
                      WHERE unit_id = ?1 AND chair = 1",
                    [unit_id],
                )?;
            }
            tx.execute(
                "INSERT INTO reference_group_members (unit_id, name, region_code, role, user_rep, chair)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                (unit_id, &name, region.code(), e.role.trim(), e.user_rep, e.chair),
            )?;
            let id = tx.last_insert_rowid();
            audit.push(AuditEntry {
                entity: "reference_group_member",
                entity_id: Some(id),
                action: "insert",
                old: None,
                new: Some(json!({
                    "unit_id": unit_id, "name": name, "region": region.code(),
                    "role": e.role.trim(), "user_rep": e.user_rep, "chair": e.chair,
                })),
            });
            Ok(id)
        })
    }

    /// Takes member `id`, read at `version`, out of the group.
    pub fn remove_member(&mut self, id: i64, version: i64) -> Result<()> {
        self.write(|tx, audit| {
            check_version(
                tx,
                "reference_group_members",
                "reference_group_member",
                id,
                version,
            )?;
            let (unit, name): (i64, String) = tx.query_row(
                "SELECT unit_id, name FROM reference_group_members WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            tx.execute("DELETE FROM reference_group_members WHERE id = ?1", [id])?;
            audit.push(AuditEntry {
                entity: "reference_group_member",
                entity_id: Some(id),
                action: "delete",
                old: Some(json!({ "unit_id": unit, "name": name })),
                new: None,
            });
            Ok(())
        })
    }
}
