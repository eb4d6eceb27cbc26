//! Applications for new national services: adding and editing them, the anchoring
//! answers of the other regions, the step guard, and the IRF ranking.
//!
//! - `read`: one application with its anchorings, IRF's round, the health trusts.
//! - `edit`: adding and editing an application (HF and contact matched by name).
//! - `steps`: the step guard (`domain::check_step`) and the anchoring answers.
//! - `ranking`: places in IRF's round, moving up and down, IRF's decision.
//! - `draft`: the IRF case that ranks the round.
//!
//! The round is the applications at `klar_for_irf` or `rangert`; a unique partial
//! index (db/0006_ranking.sql) keeps one application per place among them, so every
//! renumbering first clears the places it changes, then sets them. Every rule the
//! user can break is a `domain::ApplicationRefusal`, checked inside the write's
//! transaction so a refused change leaves the data as it was.

mod draft;
mod edit;
mod ranking;
mod read;
mod steps;

use chrono::NaiveDate;
use serde_json::json;

use crate::domain::{AnchoringView, ApplicationStep, Code, IrfDecision, Region};

/// One other region's view of an application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchoring {
    /// The answering region.
    pub region: Region,
    /// Its view (`Pending` until it answers).
    pub view: AnchoringView,
    /// When it answered.
    pub answered_on: Option<NaiveDate>,
    /// Its remarks.
    pub note: String,
    /// The row's version, to pass back with an answer; 0 when no row exists yet.
    pub version: i64,
}

/// An application for a new national service, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Application {
    /// Its id.
    pub id: i64,
    /// Its title.
    pub title: String,
    /// The applicant health trust's id.
    pub hf_id: Option<i64>,
    /// The applicant health trust's name.
    pub hf: Option<String>,
    /// The applicant's region.
    pub region: Region,
    /// The kind of service applied for, as its code (`behandling`, `kompetanse`,
    /// `flerregional`; `i18n::code_label` names it).
    pub proposed_kind: String,
    /// When the applicant's RHF received it.
    pub received_on: Option<NaiveDate>,
    /// Where it is in the process.
    pub step: ApplicationStep,
    /// The contact person's id.
    pub contact_id: Option<i64>,
    /// The contact person's name.
    pub contact: Option<String>,
    /// Its place in IRF's round.
    pub irf_rank: Option<i64>,
    /// IRF's decision.
    pub irf_decision: Option<IrfDecision>,
    /// IRF's note on the decision.
    pub irf_note: String,
    /// The reason written to go on without every region's anchoring answer.
    pub override_reason: Option<String>,
    /// The row's version, to pass back with an edit.
    pub version: i64,
    /// The three other regions' views, in HSØ, HV, HMN, HN order; a region without a
    /// row shows as `Pending` with version 0.
    pub anchorings: Vec<Anchoring>,
}

/// The editable fields of an application, as typed in a form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ApplicationEdit {
    /// Title (required).
    pub title: String,
    /// The applicant health trust's name as typed, matched case- and accent-
    /// insensitively; the application's region is the HF's.
    pub hf: String,
    /// The kind of service applied for, as its code.
    pub proposed_kind: String,
    /// When the applicant's RHF received it.
    pub received_on: Option<NaiveDate>,
    /// The contact person's name as typed, matched like `hf`; empty for none.
    pub contact: String,
}

impl Application {
    /// The regions that have not answered the anchoring yet.
    pub fn unanswered(&self) -> Vec<Region> {
        self.anchorings
            .iter()
            .filter(|a| !a.view.is_answer())
            .map(|a| a.region)
            .collect()
    }

    /// The other region's anchoring, if `region` is one of them.
    pub fn anchoring(&self, region: Region) -> Option<&Anchoring> {
        self.anchorings.iter().find(|a| a.region == region)
    }

    /// The fields audit rows record for an application.
    fn audit_json(&self) -> serde_json::Value {
        json!({
            "title": self.title, "hf": self.hf, "region": self.region.code(),
            "proposed_kind": self.proposed_kind,
            "received_on": self.received_on.map(|d| d.to_string()),
            "contact": self.contact, "step": self.step.code(), "irf_rank": self.irf_rank,
            "irf_decision": self.irf_decision.map(Code::code), "irf_note": self.irf_note,
            "override_reason": self.override_reason,
        })
    }
}
