//! The IRF case that ranks the round: a draft whose background sets out each
//! application in order with the other regions' views, and whose proposal is the
//! ranking itself. Written in bokmål, the language of IRF's cases.

use std::fmt::Write as _;

use serde_json::json;

use super::Application;
use super::read::round;
use crate::domain::{ApplicationRefusal, CaseStatus, CaseType, Code};
use crate::i18n::{Lang, code_label};
use crate::store::search::{SearchKind, reindex_one};
use crate::store::write::AuditEntry;
use crate::store::{Result, Store};

/// The case's title for `year`.
fn title(year: i32) -> String {
    format!("Prioritering av søknader om nye nasjonale tjenester {year}")
}

/// One application of the background, at `place`.
fn describe(out: &mut String, place: usize, app: &Application) {
    let nb = Lang::Nb;
    let _ = writeln!(out, "{place}. {}", app.title);
    let _ = writeln!(
        out,
        "   Søker: {} ({})",
        app.hf.as_deref().unwrap_or("ukjent helseforetak"),
        app.region.name()
    );
    let _ = writeln!(
        out,
        "   Foreslått som: {}",
        code_label(nb, &app.proposed_kind)
    );
    if let Some(received) = app.received_on {
        let _ = writeln!(out, "   Mottatt: {}", nb.date(received));
    }
    let _ = writeln!(out, "   Forankring i de andre regionene:");
    for a in &app.anchorings {
        let _ = write!(
            out,
            "   - {}: {}",
            a.region.name(),
            code_label(nb, a.view.code())
        );
        if let Some(on) = a.answered_on {
            let _ = write!(out, " ({})", nb.date(on));
        }
        let note = a.note.trim();
        if !note.is_empty() {
            let _ = write!(out, ". Merknad: {note}");
        }
        out.push('\n');
    }
    if let Some(reason) = &app.override_reason {
        let _ = writeln!(out, "   Lagt frem uten alle svar: {reason}");
    }
}

/// The background and the proposal for the round, in order.
fn texts(year: i32, apps: &[Application]) -> (String, String) {
    let mut background = format!(
        "Søknader om nye nasjonale tjenester som IRF skal prioritere i {year}, \
         i rangert rekkefølge.\n"
    );
    let mut proposal = String::from("IRF prioriterer søknadene i denne rekkefølgen:\n");
    for (i, app) in apps.iter().enumerate() {
        background.push('\n');
        describe(&mut background, i + 1, app);
        let _ = writeln!(proposal, "{}. {}", i + 1, app.title);
    }
    (background, proposal)
}

impl Store {
    /// Drafts the IRF case that ranks the round of `year`, linked to each application
    /// in it; returns the case's id. Refused when the round is empty or an application
    /// in it has no place yet. The case has no number until it is put on an agenda;
    /// its region is the one leading the working group on `today` (see
    /// [`Store::leading_region_on`]).
    pub fn draft_ranking_case(&mut self, year: i32, today: chrono::NaiveDate) -> Result<i64> {
        self.write(|tx, audit| {
            let apps = round(tx)?;
            if apps.is_empty() {
                return Err(ApplicationRefusal::NothingToRank.into());
            }
            let titles: Vec<String> = apps
                .iter()
                .filter(|a| a.irf_rank.is_none())
                .map(|a| a.title.clone())
                .collect();
            if !titles.is_empty() {
                return Err(ApplicationRefusal::Unranked { titles }.into());
            }
            let (background, proposal) = texts(year, &apps);
            let region = crate::store::leadership::region_leading_on(tx, today)?;
            let title = title(year);
            tx.execute(
                "INSERT INTO cases (series, number, year, title, case_type, region_code, status,
                        background, proposal)
                 VALUES ('IRF', NULL, NULL, ?1, ?2, ?3, ?4, ?5, ?6)",
                (
                    &title,
                    CaseType::ApplicationRanking.code(),
                    region.map(Code::code),
                    CaseStatus::Draft.code(),
                    &background,
                    &proposal,
                ),
            )?;
            let id = tx.last_insert_rowid();
            {
                let mut link = tx.prepare_cached(
                    "INSERT INTO case_links (case_id, entity, entity_id) VALUES (?1, 'application', ?2)",
                )?;
                for app in &apps {
                    link.execute((id, app.id))?;
                }
            }
            reindex_one(tx, SearchKind::Case, id)?;
            audit.push(AuditEntry {
                entity: "case",
                entity_id: Some(id),
                action: "draft_ranking",
                old: None,
                new: Some(json!({
                    "title": title, "region": region.map(Code::code),
                    "applications": apps.iter().map(|a| a.id).collect::<Vec<_>>(),
                })),
            });
            Ok(id)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AnchoringView, ApplicationStep, Region};
    use crate::store::Anchoring;

    fn app(title: &str, rank: i64) -> Application {
        Application {
            id: rank,
            title: title.into(),
            hf_id: Some(1),
            hf: Some("Helse Bergen HF".into()),
            region: Region::Hv,
            proposed_kind: "kompetanse".into(),
            received_on: chrono::NaiveDate::from_ymd_opt(2026, 9, 24),
            step: ApplicationStep::ReadyForIrf,
            contact_id: None,
            contact: None,
            irf_rank: Some(rank),
            irf_decision: None,
            irf_note: String::new(),
            override_reason: None,
            version: 1,
            anchorings: vec![
                Anchoring {
                    region: Region::Hso,
                    view: AnchoringView::SupportsWithRemarks,
                    answered_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 13),
                    note: "Avgrens mot regionale tilbud.".into(),
                    version: 2,
                },
                Anchoring {
                    region: Region::Hn,
                    view: AnchoringView::Pending,
                    answered_on: None,
                    note: String::new(),
                    version: 1,
                },
            ],
        }
    }

    #[test]
    fn the_texts_list_the_round_in_order() {
        let (background, proposal) = texts(2026, &[app("Første", 1), app("Andre", 2)]);
        assert!(background.contains("1. Første\n   Søker: Helse Bergen HF (Helse Vest RHF)"));
        assert!(background.contains("   Foreslått som: kompetansetjeneste\n"));
        assert!(background.contains(
            "   - Helse Sør-Øst RHF: støtter med merknader (13.11.2026). Merknad: Avgrens mot regionale tilbud.\n"
        ));
        assert!(background.contains("   - Helse Nord RHF: avventer\n"));
        assert!(background.find("1. Første") < background.find("2. Andre"));
        assert_eq!(
            proposal,
            "IRF prioriterer søknadene i denne rekkefølgen:\n1. Første\n2. Andre\n"
        );
        assert_eq!(
            title(2026),
            "Prioritering av søknader om nye nasjonale tjenester 2026"
        );
    }
}
