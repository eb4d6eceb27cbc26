//! Adding, changing and deleting one milestone. Each change is checked inside its write
//! transaction against the whole year as it would be after the change: the changed
//! milestone must resolve, and every other milestone that resolved before must still
//! resolve. A milestone other rules point at cannot be renamed or deleted. Refusals come
//! before any row is written, so a refused change leaves the table as it was.

use rusqlite::Transaction;

use super::super::write::{AuditEntry, check_version};
use super::super::{Result, Store, StoreError};
use super::copy::template_audit;
use super::{MilestoneEdit, Row, insert_rows, load_year, resolve_rows, template};
use crate::domain::{CycleRefusal, CycleRule, MILESTONE_OWNERS, MILESTONE_PANES, fold, parse_rule};

/// An edit checked on its own: tidy name, owner and pane as stored, rule parsed.
struct Clean {
    name: String,
    fixed: Option<chrono::NaiveDate>,
    rule: Option<CycleRule>,
    owner: String,
    pane: String,
}

/// The choice `typed` names, ignoring case and accents (`hso` is `HSØ`).
fn pick(typed: &str, choices: &[&'static str]) -> Option<&'static str> {
    let want = fold(typed);
    choices.iter().copied().find(|c| fold(c) == want)
}

fn clean(year: i32, e: &MilestoneEdit) -> std::result::Result<Clean, CycleRefusal> {
    let name = e.name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(CycleRefusal::NoName);
    }
    let owner = pick(&e.owner, &MILESTONE_OWNERS).ok_or_else(|| CycleRefusal::BadOwner {
        text: e.owner.trim().to_string(),
    })?;
    let pane = pick(&e.pane, &MILESTONE_PANES).ok_or_else(|| CycleRefusal::BadPane {
        text: e.pane.trim().to_string(),
    })?;
    let rule = match e.rule.trim() {
        "" => None,
        text => Some(parse_rule(text)?),
    };
    if let Some(date) = e.date
        && chrono::Datelike::year(&date) != year
    {
        return Err(CycleRefusal::DateOutsideYear { name, date, year });
    }
    Ok(Clean {
        name,
        fixed: e.date,
        rule,
        owner: owner.to_string(),
        pane: pane.to_string(),
    })
}

impl Clean {
    /// The row to store; a rule's target is written as `others` spell it.
    fn into_row(self, id: i64, version: i64, others: &[Row]) -> Row {
        let rule = self.rule.map(|mut rule| {
            let spelled = rule.target().and_then(|t| {
                let want = fold(t);
                others
                    .iter()
                    .find(|o| fold(&o.name) == want)
                    .map(|o| o.name.clone())
            });
            if let Some(name) = spelled {
                rule.set_target(&name);
            }
            rule.to_string()
        });
        Row {
            id,
            name: self.name,
            fixed: self.fixed,
            rule,
            owner: self.owner,
            pane: self.pane,
            version,
        }
    }
}

/// Refuses `name` if another row of the year (not `except`) has it, ignoring case and
/// accents.
fn unique(rows: &[Row], name: &str, except: Option<i64>, year: i32) -> Result<()> {
    let want = fold(name);
    if rows
        .iter()
        .any(|r| Some(r.id) != except && fold(&r.name) == want)
    {
        return Err(CycleRefusal::DuplicateName {
            name: name.to_string(),
            year,
        }
        .into());
    }
    Ok(())
}

/// Refuses renaming or deleting `row` while other rules point at it.
fn unreferenced(rows: &[Row], row: &Row) -> Result<()> {
    let want = fold(&row.name);
    let by: Vec<String> = rows
        .iter()
        .filter(|r| r.id != row.id)
        .filter(|r| {
            matches!(r.parsed_rule(), Some(Ok(rule))
                if rule.target().is_some_and(|t| fold(t) == want))
        })
        .map(|r| r.name.clone())
        .collect();
    if by.is_empty() {
        Ok(())
    } else {
        Err(CycleRefusal::StillReferenced {
            name: row.name.clone(),
            by,
        }
        .into())
    }
}

/// Refuses the year `after` if its milestone at `changed` does not resolve, or if a
/// milestone that resolved in `before` (matched by id) no longer does.
fn still_resolves(year: i32, before: &[Row], after: &[Row], changed: Option<usize>) -> Result<()> {
    let was = resolve_rows(year, before);
    let now = resolve_rows(year, after);
    if let Some(i) = changed
        && let Some(Err(e)) = now.get(i)
    {
        return Err(e.clone().into());
    }
    for (k, (row, result)) in after.iter().zip(&now).enumerate() {
        let Err(e) = result else { continue };
        if Some(k) == changed {
            continue;
        }
        let resolved_before = before
            .iter()
            .zip(&was)
            .any(|(b, w)| b.id == row.id && w.is_ok());
        if resolved_before {
            return Err(e.clone().into());
        }
    }
    Ok(())
}

/// The year of milestone `id`.
fn year_of(tx: &Transaction<'_>, id: i64) -> Result<i32> {
    use rusqlite::OptionalExtension;
    tx.query_row("SELECT year FROM milestones WHERE id = ?1", [id], |r| {
        r.get(0)
    })
    .optional()?
    .ok_or(StoreError::NotFound {
        entity: "milestone",
        id,
    })
}

impl Store {
    /// Adds a milestone to `year`; returns its id. The rule is stored in canonical
    /// form. A year still showing the default cycle gets the default cycle stored
    /// first, in the same transaction, so adding one milestone keeps the others.
    pub fn insert_milestone(&mut self, year: i32, e: &MilestoneEdit) -> Result<i64> {
        self.write(|tx, audit| {
            let clean = clean(year, e)?;
            let mut before = load_year(tx, year)?;
            let from_template = before.is_empty();
            if from_template {
                before = template(tx, year)?;
                // Distinct ids so the check can tell them apart; never written.
                for (k, row) in before.iter_mut().enumerate() {
                    row.id = -1 - i64::try_from(k).unwrap_or(0);
                }
            }
            unique(&before, &clean.name, None, year)?;
            let row = clean.into_row(0, 1, &before);
            let mut after = before.clone();
            after.push(row.clone());
            still_resolves(year, &before, &after, Some(after.len() - 1))?;
            if from_template && !before.is_empty() {
                insert_rows(tx, year, &before)?;
                audit.push(template_audit(year, before.len()));
            }
            insert_rows(tx, year, std::slice::from_ref(&row))?;
            let id = tx.last_insert_rowid();
            audit.push(AuditEntry {
                entity: "milestone",
                entity_id: Some(id),
                action: "insert",
                old: None,
                new: Some(row.to_json(year)),
            });
            Ok(id)
        })
    }

    /// Saves milestone `id` read at `version`. A stale version is a conflict; a change
    /// that leaves it or another milestone without a date is refused, as is renaming a
    /// milestone other rules point at. Nothing is written on refusal.
    pub fn update_milestone(&mut self, id: i64, version: i64, e: &MilestoneEdit) -> Result<()> {
        self.write(|tx, audit| {
            check_version(tx, "milestones", "milestone", id, version)?;
            let year = year_of(tx, id)?;
            let clean = clean(year, e)?;
            let before = load_year(tx, year)?;
            let Some(idx) = before.iter().position(|r| r.id == id) else {
                return Err(StoreError::NotFound {
                    entity: "milestone",
                    id,
                });
            };
            let old = before[idx].clone();
            unique(&before, &clean.name, Some(id), year)?;
            if fold(&old.name) != fold(&clean.name) {
                unreferenced(&before, &old)?;
            }
            let others: Vec<Row> = before.iter().filter(|r| r.id != id).cloned().collect();
            let row = clean.into_row(id, version + 1, &others);
            let mut after = before.clone();
            after[idx] = row.clone();
            still_resolves(year, &before, &after, Some(idx))?;
            tx.execute(
                "UPDATE milestones SET name = ?1, due_on = ?2, rule = ?3, owner = ?4, pane = ?5,
                        version = version + 1
                  WHERE id = ?6 AND version = ?7",
                (
                    &row.name,
                    row.fixed.map(|d| d.to_string()),
                    &row.rule,
                    &row.owner,
                    &row.pane,
                    id,
                    version,
                ),
            )?;
            audit.push(AuditEntry {
                entity: "milestone",
                entity_id: Some(id),
                action: "update",
                old: Some(old.to_json(year)),
                new: Some(row.to_json(year)),
            });
            Ok(())
        })
    }

    /// Deletes milestone `id` read at `version`; refused while other rules point at it.
    pub fn delete_milestone(&mut self, id: i64, version: i64) -> Result<()> {
        self.write(|tx, audit| {
            check_version(tx, "milestones", "milestone", id, version)?;
            let year = year_of(tx, id)?;
            let before = load_year(tx, year)?;
            let Some(old) = before.iter().find(|r| r.id == id).cloned() else {
                return Err(StoreError::NotFound {
                    entity: "milestone",
                    id,
                });
            };
            unreferenced(&before, &old)?;
            let after: Vec<Row> = before.iter().filter(|r| r.id != id).cloned().collect();
            still_resolves(year, &before, &after, None)?;
            tx.execute("DELETE FROM milestones WHERE id = ?1", [id])?;
            audit.push(AuditEntry {
                entity: "milestone",
                entity_id: Some(id),
                action: "delete",
                old: Some(old.to_json(year)),
                new: None,
            });
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(name: &str, owner: &str, pane: &str) -> MilestoneEdit {
        MilestoneEdit {
            name: name.into(),
            date: chrono::NaiveDate::from_ymd_opt(2026, 5, 1),
            rule: String::new(),
            owner: owner.into(),
            pane: pane.into(),
        }
    }

    #[test]
    fn owners_and_panes_are_read_loosely_and_stored_exactly() {
        let c = clean(2026, &edit("  IRF   møte ", "hso", "Årshjul")).unwrap();
        assert_eq!(
            (c.name.as_str(), c.owner.as_str(), c.pane.as_str()),
            ("IRF møte", "HSØ", "arshjul")
        );
        assert_eq!(
            clean(2026, &edit("A", "Oslo", "arshjul")).err(),
            Some(CycleRefusal::BadOwner {
                text: "Oslo".into()
            })
        );
        assert_eq!(
            clean(2026, &edit("A", "HV", "kalender")).err(),
            Some(CycleRefusal::BadPane {
                text: "kalender".into()
            })
        );
        assert_eq!(
            clean(2026, &edit(" ", "HV", "saker")).err(),
            Some(CycleRefusal::NoName)
        );
        assert!(matches!(
            clean(2027, &edit("A", "HV", "saker")).err(),
            Some(CycleRefusal::DateOutsideYear { year: 2027, .. })
        ));
    }
}
