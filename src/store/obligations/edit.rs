//! Writing the obligations: the start of operation and the report, a region's
//! setting-aside for a year, a dialogue event. Each is one audited write; the rules
//! (`domain::obligations`) are checked before any row is written, so a refused change
//! leaves the data as it was, and a stale version is a conflict.

use chrono::NaiveDate;
use rusqlite::OptionalExtension;

use super::super::write::{AuditEntry, check_version, conflict};
use super::super::{Result, Store};
use super::{DialogueEvent, Obligations, SetAside, load_obligations};
use crate::domain::{Code, ObligationRefusal, Region, check_due_day, check_set_aside, clean_line};

/// The editable fields of the obligations row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObligationsEdit {
    /// When operation started.
    pub started_on: NaiveDate,
    /// What the start rests on (one line).
    pub started_basis: String,
    /// The report's title (one line; empty keeps the one stored).
    pub report_title: String,
    /// The years after which the report is due (1–10).
    pub report_years: i64,
    /// The region that writes the report.
    pub report_owner: Region,
    /// When it was sent, if it was (not before the start).
    pub report_sent_on: Option<NaiveDate>,
    /// The setting-aside's yearly day: month.
    pub set_aside_month: u32,
    /// The setting-aside's yearly day: day.
    pub set_aside_day: u32,
    /// Free text (one line).
    pub note: String,
}

/// A region's setting-aside for a year as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct SetAsideEdit {
    /// The budget year.
    pub year: i32,
    /// The region.
    pub region: Region,
    /// The percentage (2–4), if given.
    pub percent: Option<f64>,
    /// The amount in MNOK (not below zero), if given.
    pub mnok: Option<f64>,
    /// Free text (one line).
    pub note: String,
}

/// A dialogue event as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DialogueEdit {
    /// The day (an event without one is refused).
    pub held_on: Option<NaiveDate>,
    /// The title (one line, not empty).
    pub title: String,
    /// Where (one line).
    pub place: String,
    /// The region running it.
    pub region: Region,
    /// National, else regional.
    pub national: bool,
    /// Free text (one line).
    pub note: String,
}

impl DialogueEdit {
    fn event(
        &self,
        id: i64,
        version: i64,
    ) -> std::result::Result<DialogueEvent, ObligationRefusal> {
        let held_on = self.held_on.ok_or(ObligationRefusal::EventWithoutDate)?;
        let title = clean_line(&self.title);
        if title.trim().is_empty() {
            return Err(ObligationRefusal::EventWithoutTitle);
        }
        Ok(DialogueEvent {
            id,
            held_on,
            title,
            place: clean_line(&self.place),
            region: self.region,
            national: self.national,
            note: clean_line(&self.note),
            version,
        })
    }
}

impl Store {
    /// Saves the obligations row read at `version`. Refused (nothing written) when the
    /// years are outside 1–10, the report was sent before operation started, or the
    /// yearly day is not a day of the year.
    pub fn update_obligations(&mut self, version: i64, e: &ObligationsEdit) -> Result<()> {
        self.write(|tx, audit| {
            let years = u32::try_from(e.report_years)
                .ok()
                .filter(|y| (1..=10).contains(y))
                .ok_or(ObligationRefusal::YearsOutside {
                    years: e.report_years,
                })?;
            if let Some(sent) = e.report_sent_on.filter(|s| *s < e.started_on) {
                return Err(ObligationRefusal::SentBeforeStart {
                    sent,
                    started: e.started_on,
                }
                .into());
            }
            check_due_day(e.set_aside_month, e.set_aside_day)?;
            check_version(tx, "environment_obligations", "obligations", 1, version)?;
            let old = load_obligations(tx)?;
            let title = clean_line(&e.report_title);
            let new = Obligations {
                started_on: e.started_on,
                started_basis: clean_line(&e.started_basis),
                report_title: if title.trim().is_empty() {
                    old.report_title.clone()
                } else {
                    title
                },
                report_years: years,
                report_owner: e.report_owner,
                report_sent_on: e.report_sent_on,
                set_aside_month: e.set_aside_month,
                set_aside_day: e.set_aside_day,
                note: clean_line(&e.note),
                version: version + 1,
            };
            tx.execute(
                "UPDATE environment_obligations SET operation_started_on = ?1, started_basis = ?2,
                        report_title = ?3, report_years = ?4, report_owner = ?5,
                        report_submitted_on = ?6, set_aside_month = ?7, set_aside_day = ?8,
                        note = ?9, version = version + 1
                  WHERE id = 1",
                (
                    new.started_on.to_string(),
                    &new.started_basis,
                    &new.report_title,
                    new.report_years,
                    new.report_owner.code(),
                    new.report_sent_on.map(|d| d.to_string()),
                    new.set_aside_month,
                    new.set_aside_day,
                    &new.note,
                ),
            )?;
            audit.push(AuditEntry {
                entity: "obligations",
                entity_id: Some(1),
                action: "update",
                old: Some(old.audit_json()),
                new: Some(new.audit_json()),
            });
            Ok(())
        })
    }

    /// Records `e.region`'s setting-aside for `e.year`; `version` is that of the row
    /// read (0: none was recorded). Returns the row's id. Refused (nothing written) for
    /// a percentage outside 2–4, an amount below zero, or neither given; a row recorded
    /// or changed since it was read is a conflict.
    pub fn record_set_aside(&mut self, e: &SetAsideEdit, version: i64) -> Result<i64> {
        self.write(|tx, audit| {
            crate::domain::set_aside_year(&e.year.to_string())?;
            check_set_aside(e.percent, e.mnok)?;
            let existing: Option<(i64, i64)> = tx
                .query_row(
                    "SELECT id, version FROM set_asides WHERE year = ?1 AND region_code = ?2",
                    (e.year, e.region.code()),
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let mut new = SetAside {
                id: 0,
                year: e.year,
                region: e.region,
                percent: e.percent,
                mnok: e.mnok,
                note: clean_line(&e.note),
                version: version + 1,
            };
            match existing {
                None if version == 0 => {
                    tx.execute(
                        "INSERT INTO set_asides (year, region_code, percent, mnok, note)
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                        (
                            new.year,
                            new.region.code(),
                            new.percent,
                            new.mnok,
                            &new.note,
                        ),
                    )?;
                    new.id = tx.last_insert_rowid();
                    audit.push(AuditEntry {
                        entity: "set_aside",
                        entity_id: Some(new.id),
                        action: "insert",
                        old: None,
                        new: Some(new.audit_json()),
                    });
                }
                Some((id, found)) if found == version => {
                    let old = super::load_set_asides(tx, Some(e.year))?
                        .into_iter()
                        .find(|s| s.id == id);
                    tx.execute(
                        "UPDATE set_asides SET percent = ?1, mnok = ?2, note = ?3,
                                version = version + 1 WHERE id = ?4",
                        (new.percent, new.mnok, &new.note, id),
                    )?;
                    new.id = id;
                    audit.push(AuditEntry {
                        entity: "set_aside",
                        entity_id: Some(id),
                        action: "update",
                        old: old.map(|o| o.audit_json()),
                        new: Some(new.audit_json()),
                    });
                }
                Some((id, _)) => return Err(conflict(tx, "set_aside", id)?),
                None => {
                    return Err(super::super::StoreError::NotFound {
                        entity: "set_aside",
                        id: 0,
                    });
                }
            }
            Ok(new.id)
        })
    }

    /// Deletes setting-aside `id` read at `version`: the year is no longer recorded
    /// for its region.
    pub fn delete_set_aside(&mut self, id: i64, version: i64) -> Result<()> {
        self.write(|tx, audit| {
            check_version(tx, "set_asides", "set_aside", id, version)?;
            let old = super::load_set_asides(tx, None)?
                .into_iter()
                .find(|s| s.id == id);
            tx.execute("DELETE FROM set_asides WHERE id = ?1", [id])?;
            audit.push(AuditEntry {
                entity: "set_aside",
                entity_id: Some(id),
                action: "delete",
                old: old.map(|o| o.audit_json()),
                new: None,
            });
            Ok(())
        })
    }

    /// Adds a dialogue event; returns its id. Refused without a date or a title.
    pub fn insert_dialogue_event(&mut self, e: &DialogueEdit) -> Result<i64> {
        self.write(|tx, audit| {
            let ev = e.event(0, 1)?;
            tx.execute(
                "INSERT INTO dialogue_events (held_on, title, place, region_code, national, note)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                (
                    ev.held_on.to_string(),
                    &ev.title,
                    &ev.place,
                    ev.region.code(),
                    i64::from(ev.national),
                    &ev.note,
                ),
            )?;
            let id = tx.last_insert_rowid();
            audit.push(AuditEntry {
                entity: "dialogue_event",
                entity_id: Some(id),
                action: "insert",
                old: None,
                new: Some(DialogueEvent { id, ..ev }.audit_json()),
            });
            Ok(id)
        })
    }

    /// Saves dialogue event `id` read at `version`. Refused without a date or a title;
    /// a stale version is a conflict.
    pub fn update_dialogue_event(&mut self, id: i64, version: i64, e: &DialogueEdit) -> Result<()> {
        self.write(|tx, audit| {
            let new = e.event(id, version + 1)?;
            check_version(tx, "dialogue_events", "dialogue_event", id, version)?;
            let old = super::load_events(tx, None)?
                .into_iter()
                .find(|o| o.id == id);
            tx.execute(
                "UPDATE dialogue_events SET held_on = ?1, title = ?2, place = ?3,
                        region_code = ?4, national = ?5, note = ?6, version = version + 1
                  WHERE id = ?7",
                (
                    new.held_on.to_string(),
                    &new.title,
                    &new.place,
                    new.region.code(),
                    i64::from(new.national),
                    &new.note,
                    id,
                ),
            )?;
            audit.push(AuditEntry {
                entity: "dialogue_event",
                entity_id: Some(id),
                action: "update",
                old: old.map(|o| o.audit_json()),
                new: Some(new.audit_json()),
            });
            Ok(())
        })
    }

    /// Deletes dialogue event `id` read at `version`.
    pub fn delete_dialogue_event(&mut self, id: i64, version: i64) -> Result<()> {
        self.write(|tx, audit| {
            check_version(tx, "dialogue_events", "dialogue_event", id, version)?;
            let old = super::load_events(tx, None)?
                .into_iter()
                .find(|o| o.id == id);
            tx.execute("DELETE FROM dialogue_events WHERE id = ?1", [id])?;
            audit.push(AuditEntry {
                entity: "dialogue_event",
                entity_id: Some(id),
                action: "delete",
                old: old.map(|o| o.audit_json()),
                new: None,
            });
            Ok(())
        })
    }
}
