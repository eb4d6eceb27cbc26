//! A unit's reference group: adding a member (name, region, role, user representative,
//! chair) and taking one away. The chair is a member by construction, and there is
//! one: making a member chair takes the chair from the one who had it, in the same
//! transaction, with an audit row for each it passes from. Every change has its audit
//! row (a removed member's holds all of it, so that undo can bring it back); the rules
//! the group then breaks are shown by `domain::check_reference_group`, with the
//! members' roles read as `domain::member_role` reads them and their health trust the
//! one recorded, else the one their contact's organisation names.

use std::collections::HashMap;

use rusqlite::Connection;
use serde_json::json;

use super::write::{AuditEntry, check_version};
use super::{Result, Store};
use crate::domain::{
    Breach, Code, HospitalArea, Member, Region, RenewalRefusal, UnitKind, area_by_organisation,
    check_reference_group, member_role,
};

/// The hospital areas of each region: its health trusts, by name.
pub(super) fn hospital_areas(conn: &Connection) -> Result<HashMap<Region, Vec<HospitalArea>>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, region_code FROM health_trusts ORDER BY name COLLATE NOCASE, id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            HospitalArea {
                hf_id: r.get(0)?,
                name: r.get(1)?,
            },
            super::mappers::code_col::<Region>(r, 2)?,
        ))
    })?;
    let mut areas: HashMap<Region, Vec<HospitalArea>> = HashMap::new();
    for row in rows {
        let (area, region) = row?;
        areas.entry(region).or_default().push(area);
    }
    Ok(areas)
}

/// The members of every group (or of unit `unit_id`'s) as the rules see them, by
/// unit id: their health trust is the one recorded, else the one of the host region
/// (`host` of the unit) that the contact's organisation names.
pub(super) fn rule_members(
    conn: &Connection,
    unit_id: Option<i64>,
    areas: &HashMap<Region, Vec<HospitalArea>>,
) -> Result<Vec<(i64, Member)>> {
    // One unit's group is found by its index; the form `?1 IS NULL OR …` would make
    // SQLite walk every unit to find it.
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT m.unit_id, u.region_code, m.region_code, m.user_rep, m.chair, m.role, m.hf_id,
                coalesce(c.organisation, '')
           FROM reference_group_members m
           JOIN units u ON u.id = m.unit_id
           LEFT JOIN contacts c ON c.id = m.contact_id
          WHERE {}
          ORDER BY m.unit_id, m.id",
        if unit_id.is_some() {
            "m.unit_id = ?1"
        } else {
            "?1 IS NULL"
        }
    ))?;
    let rows = stmt.query_map([unit_id], |r| {
        let host: Region = super::mappers::code_col(r, 1)?;
        let role: String = r.get(5)?;
        let hf_id: Option<i64> = r.get(6)?;
        let organisation: String = r.get(7)?;
        let hf_id = hf_id.or_else(|| {
            areas
                .get(&host)
                .and_then(|a| area_by_organisation(&organisation, a))
        });
        Ok((
            r.get(0)?,
            Member {
                region: super::mappers::code_col(r, 2)?,
                user_rep: r.get(3)?,
                chair: r.get(4)?,
                role: member_role(&role),
                hf_id,
            },
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// A new member as typed in a form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MemberEdit {
    /// Full name (required).
    pub name: String,
    /// The region as typed (`HSØ`, `hso`, `HN` …; required).
    pub region: String,
    /// Role: a `MemberRole` code (fagperson, kommune, universitet,
    /// brukerrepresentant, annet) or free text.
    pub role: String,
    /// The health trust the member comes from (one of the host region's), if given.
    pub hf_id: Option<i64>,
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
    /// The rules unit `unit_id`'s reference group breaks (hosted in `host`, of kind
    /// `kind`).
    pub fn group_breaches(
        &self,
        unit_id: i64,
        host: Region,
        kind: UnitKind,
    ) -> Result<Vec<Breach>> {
        let areas = hospital_areas(&self.conn)?;
        let members: Vec<Member> = rule_members(&self.conn, Some(unit_id), &areas)?
            .into_iter()
            .map(|(_, m)| m)
            .collect();
        let host_areas = areas.get(&host).map_or(&[][..], Vec::as_slice);
        Ok(check_reference_group(host, kind, &members, host_areas))
    }

    /// The health trusts of the region hosting unit `unit_id` (its hospital areas),
    /// by name: id and name. Empty for an unknown unit.
    pub fn host_trusts(&self, unit_id: i64) -> Result<Vec<(i64, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT t.id, t.name FROM health_trusts t JOIN units u ON u.region_code = t.region_code
              WHERE u.id = ?1 ORDER BY t.name COLLATE NOCASE, t.id",
        )?;
        let rows = stmt.query_map([unit_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

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
                // The chair passes: each who had it gets its own audit row.
                let chairs: Vec<(i64, String)> = tx
                    .prepare_cached(
                        "SELECT id, name FROM reference_group_members
                          WHERE unit_id = ?1 AND chair = 1 ORDER BY id",
                    )?
                    .query_map([unit_id], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<_>>()?;
                for (id, name) in chairs {
                    tx.execute(
                        "UPDATE reference_group_members SET chair = 0, version = version + 1
                          WHERE id = ?1",
                        [id],
                    )?;
                    audit.push(AuditEntry {
                        entity: "reference_group_member",
                        entity_id: Some(id),
                        action: "update",
                        old: Some(json!({ "unit_id": unit_id, "name": name, "chair": true })),
                        new: Some(json!({ "unit_id": unit_id, "name": name, "chair": false })),
                    });
                }
            }
            tx.execute(
                "INSERT INTO reference_group_members
                        (unit_id, name, region_code, role, user_rep, chair, hf_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                (
                    unit_id,
                    &name,
                    region.code(),
                    e.role.trim(),
                    e.user_rep,
                    e.chair,
                    e.hf_id,
                ),
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
                    "hf_id": e.hf_id,
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
            // All of the member, so that undo can bring it back as it was.
            let was = tx.query_row(
                "SELECT unit_id, name, region_code, role, user_rep, chair, hf_id, contact_id
                   FROM reference_group_members WHERE id = ?1",
                [id],
                |r| {
                    Ok(json!({
                        "unit_id": r.get::<_, i64>(0)?, "name": r.get::<_, String>(1)?,
                        "region": r.get::<_, String>(2)?, "role": r.get::<_, String>(3)?,
                        "user_rep": r.get::<_, bool>(4)?, "chair": r.get::<_, bool>(5)?,
                        "hf_id": r.get::<_, Option<i64>>(6)?,
                        "contact": r.get::<_, Option<i64>>(7)?,
                    }))
                },
            )?;
            tx.execute("DELETE FROM reference_group_members WHERE id = ?1", [id])?;
            audit.push(AuditEntry {
                entity: "reference_group_member",
                entity_id: Some(id),
                action: "delete",
                old: Some(was),
                new: None,
            });
            Ok(())
        })
    }
}
