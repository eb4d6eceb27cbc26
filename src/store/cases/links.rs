//! Linking a case to the records it concerns (a unit, an application, …) after it is
//! made, and taking a link away: each a versioned change of the case with its audit
//! row naming the record.

use serde_json::json;

use super::edit::LINK_KINDS;
use super::read::link_name;
use crate::domain::CaseRefusal;
use crate::store::write::{AuditEntry, check_version};
use crate::store::{Result, Store};

impl Store {
    /// Links case `case_id`, read at `version`, to record `entity_id` of kind `entity`
    /// (`unit`, `application`, `contact`, `report`, `network_period`, `phase_out`);
    /// returns the case's new version. A record that does not exist is refused; a link
    /// already there changes nothing but the version.
    pub fn link_case(
        &mut self,
        case_id: i64,
        version: i64,
        entity: &str,
        entity_id: i64,
    ) -> Result<i64> {
        self.change_link(case_id, version, entity, entity_id, true)
    }

    /// Takes the link from case `case_id`, read at `version`, to record `entity_id` of
    /// kind `entity` away; returns the case's new version.
    pub fn unlink_case(
        &mut self,
        case_id: i64,
        version: i64,
        entity: &str,
        entity_id: i64,
    ) -> Result<i64> {
        self.change_link(case_id, version, entity, entity_id, false)
    }

    fn change_link(
        &mut self,
        case_id: i64,
        version: i64,
        entity: &str,
        entity_id: i64,
        add: bool,
    ) -> Result<i64> {
        self.write(|tx, audit| {
            check_version(tx, "cases", "case", case_id, version)?;
            let name = match LINK_KINDS.iter().find(|k| **k == entity) {
                Some(_) => link_name(tx, entity, entity_id)?,
                None => None,
            };
            let Some(name) = name else {
                return Err(CaseRefusal::UnknownLink {
                    entity: entity.to_string(),
                    id: entity_id,
                }
                .into());
            };
            let sql = if add {
                "INSERT OR IGNORE INTO case_links (case_id, entity, entity_id) VALUES (?1, ?2, ?3)"
            } else {
                "DELETE FROM case_links WHERE case_id = ?1 AND entity = ?2 AND entity_id = ?3"
            };
            tx.execute(sql, (case_id, entity, entity_id))?;
            tx.execute(
                "UPDATE cases SET version = version + 1 WHERE id = ?1",
                [case_id],
            )?;
            let link = json!({ "entity": entity, "id": entity_id, "name": name });
            audit.push(AuditEntry {
                entity: "case",
                entity_id: Some(case_id),
                action: if add { "link" } else { "unlink" },
                old: (!add).then(|| link.clone()),
                new: add.then_some(link),
            });
            Ok(version + 1)
        })
    }
}
