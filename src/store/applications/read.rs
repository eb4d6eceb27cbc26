//! Reading applications: one with its anchorings, IRF's round in ranked order, and the
//! health trusts a form offers.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row as SqlRow};

use super::{Anchoring, Application};
use crate::domain::{AnchoringView, Region, other_regions};
use crate::store::mappers::{code_col, opt_code_col};
use crate::store::{Result, Store, StoreError};

/// The columns of an application, in the order [`map`] reads them.
const SELECT: &str = "SELECT a.id, a.title, a.applicant_hf, h.name, a.region_code,
        a.proposed_kind, a.received_on, a.step, a.contact_id, c.name, a.irf_rank,
        a.irf_decision, a.irf_note, a.override_reason, a.version
   FROM applications a
   LEFT JOIN health_trusts h ON h.id = a.applicant_hf
   LEFT JOIN contacts c ON c.id = a.contact_id";

/// A stored date, or `None` when it is missing or unreadable.
pub(super) fn date(text: Option<String>) -> Option<NaiveDate> {
    text.and_then(|t| NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d").ok())
}

fn map(r: &SqlRow<'_>) -> rusqlite::Result<Application> {
    Ok(Application {
        id: r.get(0)?,
        title: r.get(1)?,
        hf_id: r.get(2)?,
        hf: r.get(3)?,
        region: code_col(r, 4)?,
        proposed_kind: r.get(5)?,
        received_on: date(r.get(6)?),
        step: code_col(r, 7)?,
        contact_id: r.get(8)?,
        contact: r.get(9)?,
        irf_rank: r.get(10)?,
        irf_decision: opt_code_col(r, 11)?,
        irf_note: r.get(12)?,
        override_reason: r.get(13)?,
        version: r.get(14)?,
        anchorings: Vec::new(),
    })
}

/// The other three regions' views of application `id` from `own`.
fn anchorings(conn: &Connection, id: i64, own: Region) -> Result<Vec<Anchoring>> {
    let mut stmt = conn.prepare_cached(
        "SELECT region_code, view, answered_on, note, version FROM anchorings
          WHERE application_id = ?1",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(Anchoring {
            region: code_col(r, 0)?,
            view: code_col(r, 1)?,
            answered_on: date(r.get(2)?),
            note: r.get(3)?,
            version: r.get(4)?,
        })
    })?;
    let stored = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(other_regions(own)
        .into_iter()
        .map(|region| {
            stored
                .iter()
                .find(|a| a.region == region)
                .cloned()
                .unwrap_or(Anchoring {
                    region,
                    view: AnchoringView::Pending,
                    answered_on: None,
                    note: String::new(),
                    version: 0,
                })
        })
        .collect())
}

/// Application `id` with its anchorings.
pub(super) fn load(conn: &Connection, id: i64) -> Result<Application> {
    let found = conn
        .prepare_cached(&format!("{SELECT} WHERE a.id = ?1"))?
        .query_row([id], map)
        .optional()?;
    let mut app = found.ok_or(StoreError::NotFound {
        entity: "application",
        id,
    })?;
    app.anchorings = anchorings(conn, id, app.region)?;
    Ok(app)
}

/// IRF's round (`klar_for_irf` and `rangert`) by place, the unranked last by date
/// received and title, each with its anchorings.
pub(super) fn round(conn: &Connection) -> Result<Vec<Application>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE a.step IN ('klar_for_irf', 'rangert')
          ORDER BY a.irf_rank IS NULL, a.irf_rank, a.received_on, a.title, a.id"
    ))?;
    let mut apps = stmt
        .query_map([], map)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for app in &mut apps {
        app.anchorings = anchorings(conn, app.id, app.region)?;
    }
    Ok(apps)
}

impl Store {
    /// One application with the other three regions' anchoring views.
    pub fn application(&self, id: i64) -> Result<Application> {
        load(&self.conn, id)
    }

    /// IRF's round: the applications at `klar_for_irf` or `rangert`, by place (the
    /// unranked last, by date received, then title).
    pub fn ranking(&self) -> Result<Vec<Application>> {
        round(&self.conn)
    }

    /// The names of all health trusts, by region (HSØ, HV, HMN, HN) then name, for a
    /// form's hints.
    pub fn health_trust_names(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT h.name FROM health_trusts h JOIN regions r ON r.code = h.region_code
              ORDER BY r.sort, h.name",
        )?;
        let names = stmt.query_map([], |r| r.get(0))?;
        Ok(names.collect::<rusqlite::Result<Vec<String>>>()?)
    }
}
