//! The shared desk's store half: each record's history read from the audit log, what
//! others changed since a user last closed irf, and undo of one's own writes.
//!
//! - here: the records that have a history ([`HistoryTarget`]) and how audit rows tie
//!   to them (`parent_of`);
//! - `read`: a record's history, newest first, a page at a time;
//! - `changes`: "Siden sist": when each user last closed irf, and what others changed
//!   since then, grouped by pane;
//! - `undo`: reverting one earlier write of this user as a new write;
//! - `restore`: how each kind of audit row is reverted (the version rules included);
//! - `ties`: a contact's ties, kept on its deletion so an undo brings them back;
//! - `home`: where a record is shown, for jumping to it.
//!
//! How rows tie to a record: a row names its record in `entity`/`entity_id`. A child
//! that does not carry its parent's id there gets the parent in `parent_entity`/
//! `parent_id`, set by `Store::write` (a follow-up's report; a reference-group member's,
//! network period's, phase-out's, grant's, evaluation's or ERN membership's unit). An answer
//! (`report_answer`) and an anchoring already carry their report's and application's
//! id. Every row of one write shares `write_id`, the id of the write's first row: that
//! is one step of undo. Ids of deleted rows can be handed out again, so a record's
//! history starts at its latest creation row (index `audit_births`).
//!
//! Who: the OS user of each row, with the name and region of the contact tied to that
//! user (`contacts.os_user`, set with [`Store::set_contact_user`]), else the region the
//! user chose as "Min region" (`user_regions`).

mod changes;
mod home;
mod read;
mod restore;
mod ties;
mod undo;

pub use changes::{ChangeItem, ChangeKind, ChangePane, Changes};
pub use home::Home;
pub use read::{FieldChange, HistoryEntry, HistoryPage, MAX_PAGE};
pub(super) use ties::remove_contact;
pub use undo::{UndoStep, Undone};

use rusqlite::{Connection, OptionalExtension};

use super::write::{AuditEntry, check_version};
use super::{Result, Store};

/// A record that has a history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HistoryTarget {
    /// A unit, with its reference group, network periods, phase-outs, grants,
    /// evaluations and ERN memberships.
    Unit(i64),
    /// An annual report, with its checklist answers and follow-ups.
    Report(i64),
    /// One follow-up of a report.
    FollowUp(i64),
    /// A contact.
    Contact(i64),
    /// A reference-group member.
    Member(i64),
    /// An application, with its anchoring answers.
    Application(i64),
    /// A network period.
    NetworkPeriod(i64),
    /// A phase-out.
    PhaseOut(i64),
    /// A case.
    Case(i64),
    /// A meeting.
    Meeting(i64),
    /// A milestone of the annual cycle.
    Milestone(i64),
    /// A leadership period.
    Leadership(i64),
    /// The start of operation and the status report (the obligations row, id 1).
    Obligations(i64),
    /// A dialogue event.
    DialogueEvent(i64),
    /// A region's setting-aside for a year.
    SetAside(i64),
}

impl HistoryTarget {
    /// The record's id in its own table.
    pub fn id(self) -> i64 {
        match self {
            HistoryTarget::Unit(id)
            | HistoryTarget::Report(id)
            | HistoryTarget::FollowUp(id)
            | HistoryTarget::Contact(id)
            | HistoryTarget::Member(id)
            | HistoryTarget::Application(id)
            | HistoryTarget::NetworkPeriod(id)
            | HistoryTarget::PhaseOut(id)
            | HistoryTarget::Case(id)
            | HistoryTarget::Meeting(id)
            | HistoryTarget::Milestone(id)
            | HistoryTarget::Leadership(id)
            | HistoryTarget::Obligations(id)
            | HistoryTarget::DialogueEvent(id)
            | HistoryTarget::SetAside(id) => id,
        }
    }

    /// The kind as a stable code (the CLI's JSON `kind`): `unit`, `report`,
    /// `follow_up`, `contact`, `member`, `application`, `network_period`, `phase_out`,
    /// `case`, `meeting`, `milestone`, `leadership_period`, `obligations`,
    /// `dialogue_event`, `set_aside`.
    pub fn kind(self) -> &'static str {
        match self {
            HistoryTarget::Unit(_) => "unit",
            HistoryTarget::Report(_) => "report",
            HistoryTarget::FollowUp(_) => "follow_up",
            HistoryTarget::Contact(_) => "contact",
            HistoryTarget::Member(_) => "member",
            HistoryTarget::Application(_) => "application",
            HistoryTarget::NetworkPeriod(_) => "network_period",
            HistoryTarget::PhaseOut(_) => "phase_out",
            HistoryTarget::Case(_) => "case",
            HistoryTarget::Meeting(_) => "meeting",
            HistoryTarget::Milestone(_) => "milestone",
            HistoryTarget::Leadership(_) => "leadership_period",
            HistoryTarget::Obligations(_) => "obligations",
            HistoryTarget::DialogueEvent(_) => "dialogue_event",
            HistoryTarget::SetAside(_) => "set_aside",
        }
    }

    /// The target of kind `kind` (as [`HistoryTarget::kind`] names it) and `id`.
    pub fn from_kind(kind: &str, id: i64) -> Option<HistoryTarget> {
        Some(match kind {
            "unit" => HistoryTarget::Unit(id),
            "report" => HistoryTarget::Report(id),
            "follow_up" => HistoryTarget::FollowUp(id),
            "contact" => HistoryTarget::Contact(id),
            "member" => HistoryTarget::Member(id),
            "application" => HistoryTarget::Application(id),
            "network_period" => HistoryTarget::NetworkPeriod(id),
            "phase_out" => HistoryTarget::PhaseOut(id),
            "case" => HistoryTarget::Case(id),
            "meeting" => HistoryTarget::Meeting(id),
            "milestone" => HistoryTarget::Milestone(id),
            "leadership_period" => HistoryTarget::Leadership(id),
            "obligations" => HistoryTarget::Obligations(id),
            "dialogue_event" => HistoryTarget::DialogueEvent(id),
            "set_aside" => HistoryTarget::SetAside(id),
            _ => return None,
        })
    }

    /// The record an audit row is about (its entity and id), if it has a history.
    pub(super) fn of_row(entity: &str, id: i64) -> Option<HistoryTarget> {
        Some(match entity {
            "annual_report" | "report_answer" => HistoryTarget::Report(id),
            "reference_group_member" => HistoryTarget::Member(id),
            "anchoring" => HistoryTarget::Application(id),
            "unit" | "follow_up" | "contact" | "application" | "network_period" | "phase_out"
            | "case" | "meeting" | "milestone" | "leadership_period" | "obligations"
            | "dialogue_event" | "set_aside" => HistoryTarget::from_kind(entity, id)?,
            _ => return None,
        })
    }

    /// The audit log's entity for the record itself.
    pub(super) fn entity(self) -> &'static str {
        match self {
            HistoryTarget::Report(_) => "annual_report",
            HistoryTarget::Member(_) => "reference_group_member",
            other => other.kind(),
        }
    }

    /// A second entity whose rows carry this record's id (answers, anchorings).
    fn also(self) -> Option<&'static str> {
        match self {
            HistoryTarget::Report(_) => Some("report_answer"),
            HistoryTarget::Application(_) => Some("anchoring"),
            _ => None,
        }
    }

    /// Whether child rows name this record as their parent.
    fn has_children(self) -> bool {
        matches!(self, HistoryTarget::Unit(_) | HistoryTarget::Report(_))
    }
}

/// The record a child row belongs to, for `audit_log.parent_entity`/`parent_id`: read
/// from the child's row where it still exists, else from the row's JSON (a deleted
/// follow-up records its `report`, a member its `unit_id`).
pub(super) fn parent_of(conn: &Connection, e: &AuditEntry) -> Result<Option<(&'static str, i64)>> {
    let Some(id) = e.entity_id else {
        return Ok(None);
    };
    let from_json = |key: &str| {
        [&e.new, &e.old]
            .into_iter()
            .flatten()
            .find_map(|v| v.get(key).and_then(serde_json::Value::as_i64))
    };
    let (parent, sql, key) = match e.entity {
        "follow_up" => (
            "annual_report",
            "SELECT report_id FROM follow_ups WHERE id = ?1",
            "report",
        ),
        "reference_group_member" => (
            "unit",
            "SELECT unit_id FROM reference_group_members WHERE id = ?1",
            "unit_id",
        ),
        "network_period" => (
            "unit",
            "SELECT unit_id FROM network_periods WHERE id = ?1",
            "unit_id",
        ),
        "phase_out" => (
            "unit",
            "SELECT unit_id FROM phase_outs WHERE id = ?1",
            "unit_id",
        ),
        "unit_grant" => (
            "unit",
            "SELECT unit_id FROM unit_grants WHERE id = ?1",
            "unit_id",
        ),
        "regional_evaluation" => (
            "unit",
            "SELECT unit_id FROM regional_evaluations WHERE id = ?1",
            "unit_id",
        ),
        "ern_membership" => (
            "unit",
            "SELECT unit_id FROM ern_memberships WHERE id = ?1",
            "unit_id",
        ),
        _ => return Ok(None),
    };
    let stored: Option<i64> = conn
        .prepare_cached(sql)?
        .query_row([id], |r| r.get(0))
        .optional()?;
    Ok(stored.or_else(|| from_json(key)).map(|p| (parent, p)))
}

impl Store {
    /// The record's name as lists show it (a report: its unit and year; a network
    /// period: its unit and years), as stored; `None` if it no longer exists.
    pub fn record_title(&self, target: HistoryTarget) -> Result<Option<String>> {
        let sql = match target {
            HistoryTarget::Unit(_) => "SELECT name FROM units WHERE id = ?1",
            HistoryTarget::Report(_) => {
                "SELECT u.name || ' ' || r.year FROM annual_reports r
                   JOIN units u ON u.id = r.unit_id WHERE r.id = ?1"
            }
            HistoryTarget::FollowUp(_) => "SELECT text FROM follow_ups WHERE id = ?1",
            HistoryTarget::Contact(_) => "SELECT name FROM contacts WHERE id = ?1",
            HistoryTarget::Member(_) => "SELECT name FROM reference_group_members WHERE id = ?1",
            HistoryTarget::Application(_) => "SELECT title FROM applications WHERE id = ?1",
            HistoryTarget::NetworkPeriod(_) => {
                "SELECT u.name || ' ' || substr(p.starts_on, 1, 4) || '–' || substr(p.ends_on, 1, 4)
                   FROM network_periods p JOIN units u ON u.id = p.unit_id WHERE p.id = ?1"
            }
            HistoryTarget::PhaseOut(_) => {
                "SELECT u.name FROM phase_outs p JOIN units u ON u.id = p.unit_id WHERE p.id = ?1"
            }
            HistoryTarget::Case(_) => {
                "SELECT coalesce(number || '/' || substr(year, 3, 2) || ' ', '') || title
                   FROM cases WHERE id = ?1"
            }
            HistoryTarget::Meeting(_) => {
                "SELECT kind || ' ' || held_on || trim(' ' || place) FROM meetings WHERE id = ?1"
            }
            HistoryTarget::Milestone(_) => {
                "SELECT name || ' ' || year FROM milestones WHERE id = ?1"
            }
            HistoryTarget::Leadership(_) => {
                "SELECT region_code || ' ' || substr(starts_on, 1, 4) || '–' || substr(ends_on, 1, 4)
                   FROM leadership_periods WHERE id = ?1"
            }
            HistoryTarget::Obligations(_) => {
                "SELECT report_title FROM environment_obligations WHERE id = ?1"
            }
            HistoryTarget::DialogueEvent(_) => {
                "SELECT title || ' ' || held_on FROM dialogue_events WHERE id = ?1"
            }
            HistoryTarget::SetAside(_) => {
                "SELECT region_code || ' ' || year FROM set_asides WHERE id = ?1"
            }
        };
        Ok(self
            .conn
            .prepare_cached(sql)?
            .query_row([target.id()], |r| r.get(0))
            .optional()?)
    }

    /// Ties contact `id` (read at `version`) to the OS user `user` (trimmed; `None` or
    /// blank unties it), so histories name the person. A user tied to another contact
    /// is taken from that one in the same write. Returns the contact's new version.
    pub fn set_contact_user(&mut self, id: i64, version: i64, user: Option<&str>) -> Result<i64> {
        let user = user.map(str::trim).filter(|u| !u.is_empty());
        self.write(|tx, audit| {
            check_version(tx, "contacts", "contact", id, version)?;
            let old: Option<String> =
                tx.query_row("SELECT os_user FROM contacts WHERE id = ?1", [id], |r| {
                    r.get(0)
                })?;
            if let Some(user) = user {
                let holder: Option<(i64, i64)> = tx
                    .query_row(
                        "SELECT id, version FROM contacts WHERE os_user = ?1 AND id <> ?2",
                        (user, id),
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .optional()?;
                if let Some((other, _)) = holder {
                    tx.execute(
                        "UPDATE contacts SET os_user = NULL, version = version + 1 WHERE id = ?1",
                        [other],
                    )?;
                    audit.push(AuditEntry {
                        entity: "contact",
                        entity_id: Some(other),
                        action: "update",
                        old: Some(serde_json::json!({ "os_user": user })),
                        new: Some(serde_json::json!({ "os_user": null })),
                    });
                }
            }
            tx.execute(
                "UPDATE contacts SET os_user = ?1, version = version + 1 WHERE id = ?2",
                (user, id),
            )?;
            audit.push(AuditEntry {
                entity: "contact",
                entity_id: Some(id),
                action: "update",
                old: Some(serde_json::json!({ "os_user": old })),
                new: Some(serde_json::json!({ "os_user": user })),
            });
            Ok(version + 1)
        })
    }

    /// Unit `unit`'s annual report about `year`, or its latest when `year` is `None`.
    pub fn report_of_unit(&self, unit: i64, year: Option<i32>) -> Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT id FROM annual_reports WHERE unit_id = ?1 AND (?2 IS NULL OR year = ?2)
                  ORDER BY year DESC LIMIT 1",
            )?
            .query_row((unit, year), |r| r.get(0))
            .optional()?)
    }

    /// The contact tied to OS user `user`: (name, region code), if any.
    pub fn person_of(&self, user: &str) -> Result<Option<(String, Option<String>)>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT c.name, coalesce(c.region_code, u.region_code) FROM contacts c
                   LEFT JOIN user_regions u ON u.user = c.os_user WHERE c.os_user = ?1",
            )?
            .query_row([user], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }
}
