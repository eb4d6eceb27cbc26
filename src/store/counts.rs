//! Row counts read from the tables the triggers keep (`db/0016_counts.sql`): a pane's
//! whole list and the queue's counts per status are one read of a few rows, whatever
//! the size of the file and whether its pages are in memory.

use rusqlite::OptionalExtension;

use super::lists::ListKind;
use super::{Result, Store};
use crate::domain::{Code, Region, ReportStatus, UnitKind};

impl ListKind {
    /// The table counted in `table_counts` whose rows are this list's rows when no
    /// filter narrows it.
    fn counted_table(self) -> Option<&'static str> {
        match self {
            ListKind::Contacts => Some("contacts"),
            ListKind::Units => Some("units"),
            ListKind::Cases => Some("cases"),
            ListKind::Applications => Some("applications"),
            _ => None,
        }
    }
}

impl Store {
    /// The row count of `kind`'s list unfiltered, when the triggers keep it.
    pub(super) fn whole_count(&self, kind: ListKind) -> Result<Option<usize>> {
        let Some(table) = kind.counted_table() else {
            return Ok(None);
        };
        let n: Option<i64> = self
            .conn
            .prepare_cached("SELECT n FROM table_counts WHERE name = ?1")?
            .query_row([table], |r| r.get(0))
            .optional()?;
        Ok(n.map(|n| usize::try_from(n).unwrap_or(0)))
    }

    /// How many reports of `year` have each status, among the units of `region`
    /// (hosted or reviewing) and `kind` when given; every status is listed, in order.
    pub fn report_counts(
        &self,
        year: i32,
        region: Option<Region>,
        kind: Option<UnitKind>,
    ) -> Result<Vec<(ReportStatus, usize)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT status, sum(n) FROM report_counts
              WHERE year = ?1 AND (?2 IS NULL OR host = ?2 OR reviewer = ?2)
                AND (?3 IS NULL OR kind = ?3)
              GROUP BY status",
        )?;
        let found = stmt
            .query_map((year, region.map(Code::code), kind.map(Code::code)), |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(ReportStatus::all()
            .into_iter()
            .map(|s| {
                let n = found
                    .iter()
                    .find(|(code, _)| code == s.code())
                    .map_or(0, |(_, n)| usize::try_from(*n).unwrap_or(0));
                (s, n)
            })
            .collect())
    }
}
