//! Drafting the IRF case that summarises a report season: one write that makes a
//! `rapportoppsummering` case from the season's figures and open follow-ups (the
//! texts are `domain::summary_texts`), with its audit row.

use chrono::NaiveDate;
use rusqlite::OptionalExtension;
use serde_json::json;

use super::SUMMARY_KIND;
use crate::domain::{
    CaseStatus, CaseType, Code, FollowUpLine, Region, Section, UnitKind, check_section,
    summary_texts, summary_title,
};
use crate::store::search::{SearchKind, reindex_one};
use crate::store::write::AuditEntry;
use crate::store::{Result, Store};

/// A kind of unit in the plural, in bokmål, as the case's background names them.
fn kind_plural(kind: UnitKind) -> &'static str {
    match kind {
        UnitKind::Treatment => "nasjonale behandlingstjenester",
        UnitKind::Multiregional => "flerregionale behandlingstjenester",
        UnitKind::Competence => "nasjonale kompetansetjenester",
        UnitKind::Network => "kvalitets- og kompetansenettverk",
        UnitKind::Centre => "nasjonale sentre og andre organisasjonsformer",
        UnitKind::RegionalCompetence => "regionale kompetansetjenester",
    }
}

impl Store {
    /// The open follow-ups of every report of season `year`, by unit name.
    pub fn open_follow_ups(&self, year: i32) -> Result<Vec<FollowUpLine>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT u.name, f.owner_region, f.item_code, f.text, f.due_on
               FROM annual_reports r JOIN follow_ups f ON f.report_id = r.id
               JOIN units u ON u.id = r.unit_id
              WHERE r.year = ?1 AND f.done = 0
              ORDER BY u.name COLLATE NOCASE, f.id",
        )?;
        let rows = stmt
            .query_map([year], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<NaiveDate>>(4)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows
            .into_iter()
            .filter_map(|(unit, owner, item_code, text, due_on)| {
                Some(FollowUpLine {
                    unit,
                    owner: Region::from_code(&owner)?,
                    item_code: item_code.filter(|c| !c.trim().is_empty()),
                    text,
                    due_on,
                })
            })
            .collect())
    }

    /// Drafts the IRF case that summarises report season `year` (type
    /// `rapportoppsummering`, status `utkast`, no number until it is put on an
    /// agenda): the background holds the season's figures, the assessment "Hva går
    /// bra" and "Felles utfordringer" with the open follow-ups by theme, the proposal
    /// takes it to IRF's notice. Its region is the one leading the working group on `today`.
    /// Returns the case's id.
    /// The summary case of season `year` still in draft, if one was made (the newest).
    pub fn summary_case_draft(&self, year: i32) -> Result<Option<i64>> {
        let title = summary_title(year);
        Ok(self
            .conn
            .query_row(
                "SELECT id FROM cases WHERE case_type = ?1 AND status = ?2 AND title = ?3
                  ORDER BY id DESC LIMIT 1",
                (
                    CaseType::ReportSummary.code(),
                    CaseStatus::Draft.code(),
                    &title,
                ),
                |r| r.get(0),
            )
            .optional()?)
    }

    pub fn draft_summary_case(&mut self, year: i32, today: NaiveDate) -> Result<i64> {
        let summary = self.season_summary(year)?;
        let follow_ups = self.open_follow_ups(year)?;
        let texts = summary_texts(&summary, kind_plural(SUMMARY_KIND), &follow_ups);
        let background = check_section(Section::Background, &texts.background)?;
        let assessment = check_section(Section::Assessment, &texts.assessment)?;
        let proposal = check_section(Section::Proposal, &texts.proposal)?;
        self.write(|tx, audit| {
            let region = crate::store::leadership::region_leading_on(tx, today)?;
            let attachments: String = tx
                .query_row(
                    "SELECT text FROM case_templates
                      WHERE case_type = ?1 AND section = 'attachments'",
                    [CaseType::ReportSummary.code()],
                    |r| r.get(0),
                )
                .optional()?
                .unwrap_or_default();
            tx.execute(
                "INSERT INTO cases (series, title, case_type, region_code, status,
                        background, assessment, proposal, attachments)
                 VALUES ('IRF', ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                (
                    &texts.title,
                    CaseType::ReportSummary.code(),
                    region.map(Code::code),
                    CaseStatus::Draft.code(),
                    &background,
                    &assessment,
                    &proposal,
                    &attachments,
                ),
            )?;
            let id = tx.last_insert_rowid();
            reindex_one(tx, SearchKind::Case, id)?;
            audit.push(AuditEntry {
                entity: "case",
                entity_id: Some(id),
                action: "draft_summary",
                old: None,
                new: Some(json!({
                    "title": texts.title, "region": region.map(Code::code),
                    "season": year, "reports": summary.reports,
                    "open_follow_ups": follow_ups.len(), "drafted_on": today.to_string(),
                })),
            });
            Ok(id)
        })
    }
}
