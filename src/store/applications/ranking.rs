//! Places in IRF's round: moving an application up or down, giving it a place, and
//! recording IRF's decision. The unique partial index on `irf_rank` allows one
//! application per place, so a renumbering clears every place it changes before it
//! sets the new ones.

use rusqlite::Transaction;
use serde_json::json;

use super::Application;
use super::read::{load, round};
use crate::domain::{ApplicationRefusal, Code, IrfDecision, in_round};
use crate::store::search::{SearchKind, reindex_one};
use crate::store::write::{AuditEntry, check_version};
use crate::store::{Result, Store};

/// Gives each application in `apps` the place beside it in `ranks`, changing (and
/// auditing) only those whose place differs.
fn apply_ranks(
    tx: &Transaction<'_>,
    audit: &mut Vec<AuditEntry>,
    apps: &[Application],
    ranks: &[i64],
) -> Result<()> {
    let changed: Vec<(&Application, i64)> = apps
        .iter()
        .zip(ranks.iter().copied())
        .filter(|(a, r)| a.irf_rank != Some(*r))
        .collect();
    for (app, _) in &changed {
        tx.execute(
            "UPDATE applications SET irf_rank = NULL WHERE id = ?1",
            [app.id],
        )?;
    }
    for (app, rank) in &changed {
        tx.execute(
            "UPDATE applications SET irf_rank = ?1, version = version + 1 WHERE id = ?2",
            (rank, app.id),
        )?;
        reindex_one(tx, SearchKind::Application, app.id)?;
        audit.push(AuditEntry {
            entity: "application",
            entity_id: Some(app.id),
            action: "rank",
            old: Some(json!({ "irf_rank": app.irf_rank })),
            new: Some(json!({ "irf_rank": rank })),
        });
    }
    Ok(())
}

/// The refusal for an application outside the round.
fn not_in_round(tx: &Transaction<'_>, id: i64) -> Result<crate::store::StoreError> {
    let title = load(tx, id)?.title;
    Ok(ApplicationRefusal::NotInRound { title }.into())
}

impl Store {
    /// Swaps an application in IRF's round with the one above (`up`) or below it. If
    /// any application in the round has no place yet, the round is first numbered
    /// 1..n in its current order (also at the top or bottom, where otherwise nothing
    /// changes).
    pub fn move_in_ranking(&mut self, id: i64, up: bool) -> Result<()> {
        let current = self.ranking()?;
        let Some(pos) = current.iter().position(|a| a.id == id) else {
            let title = self.application(id)?.title;
            return Err(ApplicationRefusal::NotInRound { title }.into());
        };
        let at_end = (up && pos == 0) || (!up && pos + 1 == current.len());
        if at_end && current.iter().all(|a| a.irf_rank.is_some()) {
            return Ok(());
        }
        self.write(|tx, audit| {
            let apps = round(tx)?;
            let Some(pos) = apps.iter().position(|a| a.id == id) else {
                return Err(not_in_round(tx, id)?);
            };
            let other = if up {
                pos.checked_sub(1)
            } else {
                Some(pos + 1)
            };
            let mut ranks: Vec<i64> = if apps.iter().any(|a| a.irf_rank.is_none()) {
                (1..).take(apps.len()).collect()
            } else {
                apps.iter().filter_map(|a| a.irf_rank).collect()
            };
            if let Some(other) = other.filter(|o| *o < apps.len()) {
                ranks.swap(pos, other);
            }
            apply_ranks(tx, audit, &apps, &ranks)
        })
    }

    /// Gives an application in IRF's round, read at `version`, place `rank` (1 to the
    /// number in the round). A place another application has is refused, naming it.
    pub fn set_rank(&mut self, id: i64, version: i64, rank: i64) -> Result<()> {
        self.write(|tx, audit| {
            check_version(tx, "applications", "application", id, version)?;
            let app = load(tx, id)?;
            if !in_round(app.step) {
                return Err(ApplicationRefusal::NotInRound { title: app.title }.into());
            }
            let apps = round(tx)?;
            let max = i64::try_from(apps.len()).unwrap_or(i64::MAX);
            if !(1..=max).contains(&rank) {
                return Err(ApplicationRefusal::RankOutOfRange { rank, max }.into());
            }
            if let Some(other) = apps.iter().find(|a| a.id != id && a.irf_rank == Some(rank)) {
                let title = other.title.clone();
                return Err(ApplicationRefusal::RankTaken { rank, title }.into());
            }
            tx.execute(
                "UPDATE applications SET irf_rank = ?1, version = version + 1 WHERE id = ?2",
                (rank, id),
            )?;
            reindex_one(tx, SearchKind::Application, id)?;
            audit.push(AuditEntry {
                entity: "application",
                entity_id: Some(id),
                action: "rank",
                old: Some(json!({ "irf_rank": app.irf_rank })),
                new: Some(json!({ "irf_rank": rank })),
            });
            Ok(())
        })
    }

    /// Records IRF's decision and note on a ranked application in the round, read at
    /// `version`, and moves it to `rangert`. An application without a place is refused.
    pub fn record_irf_decision(
        &mut self,
        id: i64,
        version: i64,
        decision: IrfDecision,
        note: &str,
    ) -> Result<()> {
        self.write(|tx, audit| {
            check_version(tx, "applications", "application", id, version)?;
            let app = load(tx, id)?;
            if !in_round(app.step) {
                return Err(ApplicationRefusal::NotInRound { title: app.title }.into());
            }
            if app.irf_rank.is_none() {
                return Err(ApplicationRefusal::NoRank { title: app.title }.into());
            }
            tx.execute(
                "UPDATE applications SET irf_decision = ?1, irf_note = ?2, step = 'rangert',
                        version = version + 1
                  WHERE id = ?3",
                (decision.code(), note, id),
            )?;
            reindex_one(tx, SearchKind::Application, id)?;
            audit.push(AuditEntry {
                entity: "application",
                entity_id: Some(id),
                action: "irf_decision",
                old: Some(json!({
                    "step": app.step.code(), "irf_decision": app.irf_decision.map(Code::code),
                    "irf_note": app.irf_note,
                })),
                new: Some(json!({
                    "step": "rangert", "irf_decision": decision.code(), "irf_note": note,
                })),
            });
            Ok(())
        })
    }
}
