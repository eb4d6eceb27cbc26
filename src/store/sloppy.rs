//! The nearest spellings: when nothing contains a query of plain words, records that
//! share most of its three-letter pieces, so a typo still finds its record.

use super::search::{Hit, Needle, SearchKind, entry_of, phrase};
use super::{Result, Store};
use crate::domain::fold;

impl Store {
    /// When nothing contains the query, records sharing most of its three-letter pieces:
    /// `sarkomr` finds sarkomer, `tromsoe` finds Tromsø. At least half of the pieces
    /// must be in the record's text; more shared pieces rank higher.
    pub(super) fn search_sloppy(
        &self,
        needle: &Needle,
        kind: Option<SearchKind>,
        limit: usize,
    ) -> Result<Vec<Hit>> {
        let chars: Vec<char> = needle.folded.chars().collect();
        let mut pieces: Vec<String> = chars.windows(3).map(|w| w.iter().collect()).collect();
        pieces.sort_unstable();
        pieces.dedup();
        if pieces.len() < 2 {
            return Ok(Vec::new());
        }
        let query = pieces
            .iter()
            .map(|p| phrase(p))
            .collect::<Vec<_>>()
            .join(" OR ");
        let of_kind = kind.map_or(String::new(), |k| {
            format!(" AND (rowid & 7) = {}", k.number())
        });
        let sql = format!(
            "SELECT rowid, title, text FROM search_index WHERE search_index MATCH ?1{of_kind}
              ORDER BY bm25(search_index) LIMIT ?2"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let cap = i64::try_from(limit.saturating_mul(20).max(200)).unwrap_or(i64::MAX);
        let rows = stmt.query_map((query, cap), |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        let mut hits = Vec::new();
        for row in rows {
            let (rowid, title, text) = row?;
            let Some((kind, id)) = entry_of(rowid) else {
                continue;
            };
            // Pieces are counted in the whole indexed text (name, organisation …).
            let shared = pieces.iter().filter(|p| text.contains(p.as_str())).count();
            let folded = fold(&title);
            if shared * 2 >= pieces.len() {
                let share = i64::try_from(shared * 1000 / pieces.len()).unwrap_or(0);
                let length = i64::try_from(folded.len().min(999)).unwrap_or(999);
                // Below every exact match (their scores start at 1000 minus length).
                hits.push(Hit {
                    kind,
                    id,
                    title,
                    score: share - 1000 - length,
                });
            }
        }
        Ok(hits)
    }
}
