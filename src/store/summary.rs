//! The season summary, read set-based (a handful of grouped queries, never one per
//! unit) and computed by `domain::summary`; the combination query; and drafting the
//! IRF case that summarises the season (`draft`).
//!
//! Which units the figures cover: the units of one kind (the competence services,
//! [`SUMMARY_KIND`], unless asked otherwise) whose report for the season is received
//! (any status but `forventet`), as the 2018 review covered the competence services that
//! reported. Their age is counted to the review year, the year after the report year
//! (reports about 2025 are filed and reviewed in 2026). The answer table uses the
//! checklist valid for that kind in the season (the one with the greatest
//! `valid_from <= year`, else the earliest). The progress per region covers every report of the season,
//! of every kind, by the region of the unit (each region reviews its own services).

mod draft;

use super::{Result, Store};
use crate::domain::{
    Answer, ChecklistItem, Code, PortfolioUnit, Region, RegionProgress, ReportStatus,
    SeasonSummary, UnitKind, answer_table, is_reviewed, portfolio, units_with_all,
};

/// The kind of unit the summary covers by default: the competence services.
pub const SUMMARY_KIND: UnitKind = UnitKind::Competence;

/// A unit found by a combination: its id and name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CombinationUnit {
    /// The unit's id.
    pub id: i64,
    /// Its name.
    pub name: String,
}

impl Store {
    /// The summary of report season `year` over the competence services.
    pub fn season_summary(&self, year: i32) -> Result<SeasonSummary> {
        self.season_summary_of(year, SUMMARY_KIND)
    }

    /// The summary of report season `year` over the units of `kind` (see the module
    /// doc for what is covered).
    pub fn season_summary_of(&self, year: i32, kind: UnitKind) -> Result<SeasonSummary> {
        let items = self.checklist(year, kind)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.item_code, a.answer, count(*)
               FROM annual_reports r JOIN units u ON u.id = r.unit_id
               JOIN report_answers a ON a.report_id = r.id
              WHERE r.year = ?1 AND u.kind = ?2 AND a.answer IS NOT NULL
                AND r.status != 'forventet'
              GROUP BY a.item_code, a.answer",
        )?;
        let counts = stmt
            .query_map((year, kind.code()), |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .filter_map(|(code, answer, n)| {
                Some((code, Answer::from_code(&answer)?, usize::try_from(n).ok()?))
            })
            .collect::<Vec<_>>();
        let mut stmt = self.conn.prepare_cached(
            "SELECT CAST(substr(u.approved_on, 1, 4) AS INTEGER), u.fte
               FROM annual_reports r JOIN units u ON u.id = r.unit_id
              WHERE r.year = ?1 AND u.kind = ?2 AND r.status != 'forventet'",
        )?;
        let units = stmt
            .query_map((year, kind.code()), |r| {
                Ok(PortfolioUnit {
                    approved_year: r.get(0)?,
                    fte: r.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(SeasonSummary {
            year,
            reports: units.len(),
            items: answer_table(&items, &counts, units.len()),
            portfolio: portfolio(year + 1, &units),
            progress: self.progress(year)?,
        })
    }

    /// The items of the checklist valid for `kind` in season `year`, in order.
    fn checklist(&self, year: i32, kind: UnitKind) -> Result<Vec<ChecklistItem>> {
        let list = super::reviews::checklist_for(&self.conn, kind.code(), year)?.map(|l| l.0);
        let Some(list) = list else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT code, text_nb, text_en FROM checklist_items
              WHERE checklist_id = ?1 ORDER BY sort, code",
        )?;
        let items = stmt
            .query_map([list], |r| {
                Ok(ChecklistItem {
                    code: r.get(0)?,
                    text_nb: r.get(1)?,
                    text_en: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(items)
    }

    /// Each region's reports of the season, reviewed and in all, HSØ, HV, HMN, HN.
    fn progress(&self, year: i32) -> Result<Vec<RegionProgress>> {
        // The statuses `domain::is_reviewed` counts, as a JSON array for `json_each`.
        let reviewed: Vec<&str> = ReportStatus::all()
            .into_iter()
            .filter(|s| is_reviewed(*s))
            .map(Code::code)
            .collect();
        let reviewed = serde_json::Value::from(reviewed).to_string();
        let mut stmt = self.conn.prepare_cached(
            "SELECT u.region_code, count(*),
                    sum(r.status IN (SELECT value FROM json_each(?2)))
               FROM annual_reports r JOIN units u ON u.id = r.unit_id
              WHERE r.year = ?1
              GROUP BY u.region_code",
        )?;
        let found = stmt
            .query_map((year, &reviewed), |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Region::all()
            .into_iter()
            .map(|region| {
                let (total, reviewed) = found
                    .iter()
                    .find(|(code, _, _)| code == region.code())
                    .map_or((0, 0), |(_, t, r)| (*t, *r));
                RegionProgress {
                    region,
                    reviewed: usize::try_from(reviewed).unwrap_or(0),
                    total: usize::try_from(total).unwrap_or(0),
                }
            })
            .collect())
    }

    /// Every item code on any checklist (to tell a typing error from an item no
    /// report answered).
    pub fn checklist_codes(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT DISTINCT code FROM checklist_items ORDER BY code")?;
        let codes = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(codes)
    }

    /// The units whose report for season `year` answers Ja to every item of `codes`
    /// (of any kind: the codes say which checklist): how many, and which, by name.
    pub fn combination(
        &self,
        year: i32,
        codes: &[String],
    ) -> Result<(usize, Vec<CombinationUnit>)> {
        let list = serde_json::Value::from(codes.to_vec()).to_string();
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.unit_id, a.item_code
               FROM annual_reports r JOIN report_answers a ON a.report_id = r.id
              WHERE r.year = ?1 AND a.answer = 'ja'
                AND a.item_code IN (SELECT value FROM json_each(?2))",
        )?;
        let yes = stmt
            .query_map((year, &list), |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let ids = units_with_all(&yes, codes);
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name FROM units WHERE id IN (SELECT value FROM json_each(?1))
              ORDER BY name COLLATE NOCASE, id",
        )?;
        let units = stmt
            .query_map([serde_json::Value::from(ids).to_string()], |r| {
                Ok(CombinationUnit {
                    id: r.get(0)?,
                    name: r.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok((units.len(), units))
    }
}

/// What the filter line of the summary view asked for: item codes to combine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CombinationResult {
    /// A word that is not an item code (empty: nothing but separators).
    NotACode(String),
    /// Codes that are on no checklist.
    Unknown(Vec<String>),
    /// The units answering Ja to all of `codes`.
    Found {
        /// The codes, upper-cased, each once.
        codes: Vec<String>,
        /// The units, by name.
        units: Vec<CombinationUnit>,
    },
}

/// The summary view's data: the season's figures and the combination asked for.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryView {
    /// The season's figures.
    pub summary: SeasonSummary,
    /// The combination of the codes in the filter line, if any were typed.
    pub combination: Option<CombinationResult>,
}

/// One row of the summary view: an item of the answer table, with the whole view's
/// data shared by every row (read once per list read).
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryRow {
    /// The item's place in `view.summary.items`.
    pub index: usize,
    /// The view's data.
    pub view: std::sync::Arc<SummaryView>,
}

impl SummaryRow {
    /// The item of this row.
    pub fn item(&self) -> Option<&crate::domain::ItemCount> {
        self.view.summary.items.get(self.index)
    }
}

impl Store {
    /// The summary view of `filter.year`: one row per checklist item, the filter text
    /// read as item codes to combine (it does not narrow the rows).
    pub(super) fn summary_rows(&self, filter: &super::ListFilter) -> Result<Vec<super::Row>> {
        let summary = self.season_summary(filter.year)?;
        let combination = if filter.text.trim().is_empty() {
            None
        } else {
            Some(match crate::domain::parse_item_codes(&filter.text) {
                Err(word) => CombinationResult::NotACode(word),
                Ok(codes) => {
                    let known = self.checklist_codes()?;
                    let unknown: Vec<String> = codes
                        .iter()
                        .filter(|c| !known.contains(c))
                        .cloned()
                        .collect();
                    if unknown.is_empty() {
                        let (_, units) = self.combination(filter.year, &codes)?;
                        CombinationResult::Found { codes, units }
                    } else {
                        CombinationResult::Unknown(unknown)
                    }
                }
            })
        };
        let n = summary.items.len();
        let view = std::sync::Arc::new(SummaryView {
            summary,
            combination,
        });
        Ok((0..n)
            .map(|index| {
                super::Row::SummaryItem(SummaryRow {
                    index,
                    view: view.clone(),
                })
            })
            .collect())
    }
}
