//! Search over every kind of record: the trigram index `search_index` of folded text
//! (see db/0003_search.sql), kept current by the store's own writes, and the queries
//! that use it: the panes' filters and "find anything" for the palette and the shell.
//! When nothing matches, `sloppy.rs` offers the nearest spellings.

use rusqlite::Transaction;

use super::{Result, Store};
use crate::domain::{fold, phone_digits};

/// What a search hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SearchKind {
    /// A unit (service, network, centre).
    Unit,
    /// A person.
    Contact,
    /// A case.
    Case,
    /// An application for a new service.
    Application,
    /// An IRF or AD meeting.
    Meeting,
}

impl SearchKind {
    /// Every kind, in the order results are grouped when scores tie.
    pub const ALL: [SearchKind; 5] = [
        SearchKind::Unit,
        SearchKind::Contact,
        SearchKind::Case,
        SearchKind::Application,
        SearchKind::Meeting,
    ];

    /// The code stored in the index (and used in `--json` output).
    pub fn code(self) -> &'static str {
        match self {
            SearchKind::Unit => "unit",
            SearchKind::Contact => "contact",
            SearchKind::Case => "case",
            SearchKind::Application => "application",
            SearchKind::Meeting => "meeting",
        }
    }

    /// The kind's number in an index rowid (see [`entry_rowid`]).
    pub(super) fn number(self) -> i64 {
        match self {
            SearchKind::Unit => 0,
            SearchKind::Contact => 1,
            SearchKind::Case => 2,
            SearchKind::Application => 3,
            SearchKind::Meeting => 4,
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<SearchKind> {
        SearchKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The rows to index: id, title, and the text to fold.
    fn source_sql(self) -> &'static str {
        match self {
            SearchKind::Unit => {
                "SELECT u.id, u.name, u.name || ' ' || u.region_code || ' ' || coalesce(h.name, '')
                   || ' ' || coalesce(u.ern, '')
                   FROM units u LEFT JOIN health_trusts h ON h.id = u.hf_id"
            }
            SearchKind::Contact => {
                "SELECT c.id, c.name, c.name || ' ' || c.organisation || ' ' || c.email || ' '
                   || coalesce(c.region_code, '') || ' '
                   || coalesce((SELECT group_concat(role, ' ') FROM contact_roles
                                 WHERE contact_id = c.id), '')
                   || ' ' || c.phone
                   FROM contacts c"
            }
            SearchKind::Case => {
                "SELECT id, title, title || ' ' || coalesce(number || '/' || substr(year, 3, 2), '')
                   FROM cases"
            }
            SearchKind::Application => {
                "SELECT a.id, a.title, a.title || ' ' || coalesce(h.name, '') || ' ' || a.region_code
                   FROM applications a LEFT JOIN health_trusts h ON h.id = a.applicant_hf"
            }
            SearchKind::Meeting => {
                // The title is what the Årshjul list shows for a meeting.
                "SELECT id, kind || ' ' || place, kind || ' ' || held_on || ' ' || place FROM meetings"
            }
        }
    }
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// What it is.
    pub kind: SearchKind,
    /// Its id in its own table.
    pub id: i64,
    /// Its name or title, as stored.
    pub title: String,
    /// Higher is better.
    pub score: i64,
}

/// The folded text stored for a record: its fields folded, and phone numbers also as
/// bare digits so `22110000` finds `+47 22 11 00 00`.
fn indexed_text(raw: &str) -> String {
    let mut text = fold(raw);
    let digits = phone_digits(raw);
    if digits.len() >= 5 {
        text.push(' ');
        text.push_str(&digits);
    }
    text
}

/// A GLOB pattern that finds `folded` anywhere, with GLOB's own characters taken
/// literally. The index is case-sensitive over already folded text, so GLOB (not
/// LIKE, whose ESCAPE the trigram index cannot use) is what it accelerates.
fn glob_pattern(folded: &str) -> String {
    let mut p = String::with_capacity(folded.len() + 4);
    p.push('*');
    for c in folded.chars() {
        match c {
            '*' => p.push_str("[*]"),
            '?' => p.push_str("[?]"),
            '[' => p.push_str("[[]"),
            c => p.push(c),
        }
    }
    p.push('*');
    p
}

/// The rowid of a record's row in `search_index`: its id times 8 plus its kind's
/// number. Kind and id then come from the rowid alone, which the index hands out for
/// free, where reading the `kind` and `ref_id` columns would fetch every row's content.
pub(super) fn entry_rowid(kind: SearchKind, id: i64) -> i64 {
    id * 8 + kind.number()
}

/// The kind and id behind an index rowid.
pub(super) fn entry_of(rowid: i64) -> Option<(SearchKind, i64)> {
    let number = rowid & 7;
    let kind = SearchKind::ALL.into_iter().find(|k| k.number() == number)?;
    Some((kind, rowid >> 3))
}

/// An FTS5 phrase that matches `folded` literally as a substring: in double quotes,
/// quotes doubled. With the trigram tokenizer every character counts, so `*`, `NOT`,
/// `%` or `_` inside are searched for as they are.
pub(super) fn phrase(folded: &str) -> String {
    format!("\"{}\"", folded.replace('"', "\"\""))
}

/// Queries shorter than this many characters match word starts (`search_words`);
/// longer ones match anywhere (the trigram index).
const TRIGRAM: usize = 3;

/// What a search looks for: the query folded and cut to [`MAX_QUERY_CHARS`], and the
/// GLOB pattern that finds it. One or two characters are `short`: they match the start
/// of a word through `search_words`; longer text matches anywhere in `search_index`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Needle {
    /// The folded query.
    pub(super) folded: String,
    /// Shorter than a trigram: matched against word starts.
    pub(super) short: bool,
    /// The GLOB pattern: `word*` for short queries, else `*text*`.
    pub(super) pattern: String,
    /// The FTS5 phrase for the trigram index (long queries).
    pub(super) phrase: String,
}

impl Needle {
    /// The needle for `query`, or `None` if nothing is left once folded.
    pub(super) fn new(query: &str) -> Option<Needle> {
        let folded: String = fold(query).chars().take(MAX_QUERY_CHARS).collect();
        if folded.is_empty() {
            return None;
        }
        let short = folded.chars().count() < TRIGRAM;
        let mut pattern = glob_pattern(&folded);
        if short {
            pattern.remove(0);
        }
        Some(Needle {
            phrase: phrase(&folded),
            folded,
            short,
            pattern,
        })
    }
}

/// Writes the index rows of one record: its folded text, and each distinct word.
fn insert_entry(
    tx: &Transaction<'_>,
    kind: SearchKind,
    id: i64,
    title: &str,
    raw: &str,
) -> Result<()> {
    let text = indexed_text(raw);
    let entry = entry_rowid(kind, id);
    tx.prepare_cached(
        "INSERT INTO search_index (rowid, text, kind, ref_id, title) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute((entry, &text, kind.code(), id, title))?;
    // Only the title's words: one or two letters find names starting with them, not
    // every record whose region code or organisation happens to start so.
    let title_text = fold(title);
    let mut words: Vec<&str> = title_text.split(' ').filter(|w| !w.is_empty()).collect();
    words.sort_unstable();
    words.dedup();
    let mut insert = tx.prepare_cached(
        "INSERT INTO search_words (word, kind, ref_id, entry) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for word in words {
        insert.execute((word, kind.code(), id, entry))?;
    }
    Ok(())
}

/// Rebuilds the whole index from the tables (after the migration that adds it, and
/// after bulk loads).
pub(super) fn reindex_all(tx: &Transaction<'_>) -> Result<()> {
    tx.execute("DELETE FROM search_index", [])?;
    tx.execute("DELETE FROM search_words", [])?;
    for kind in SearchKind::ALL {
        let mut select = tx.prepare(kind.source_sql())?;
        let mut rows = select.query([])?;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let title: String = row.get(1)?;
            let raw: String = row.get(2)?;
            insert_entry(tx, kind, id, &title, &raw)?;
        }
    }
    Ok(())
}

/// Writes (or rewrites) the index row of one record, inside the caller's write.
pub(super) fn reindex_one(tx: &Transaction<'_>, kind: SearchKind, id: i64) -> Result<()> {
    tx.execute(
        "DELETE FROM search_index WHERE rowid = ?1",
        [entry_rowid(kind, id)],
    )?;
    tx.execute(
        "DELETE FROM search_words WHERE kind = ?1 AND ref_id = ?2",
        (kind.code(), id),
    )?;
    let table_id = match kind {
        SearchKind::Unit => "u.id",
        SearchKind::Contact => "c.id",
        SearchKind::Application => "a.id",
        SearchKind::Case | SearchKind::Meeting => "id",
    };
    let sql = format!("{} WHERE {table_id} = ?1", kind.source_sql());
    let found = {
        let mut stmt = tx.prepare_cached(&sql)?;
        let mut rows = stmt.query([id])?;
        match rows.next()? {
            Some(r) => Some((r.get::<_, String>(1)?, r.get::<_, String>(2)?)),
            None => None,
        }
    };
    if let Some((title, raw)) = found {
        insert_entry(tx, kind, id, &title, &raw)?;
    }
    Ok(())
}

/// Scores a title against the folded query: whole title, start, start of a word, then
/// anywhere; shorter titles first among equals.
fn score(folded_title: &str, query: &str) -> i64 {
    let base = if folded_title == query {
        4000
    } else if folded_title.starts_with(query) {
        3000
    } else if folded_title.contains(&format!(" {query}")) {
        2000
    } else if folded_title.contains(query) {
        1000
    } else {
        0 // matched in another field (organisation, e-mail …)
    };
    base - i64::try_from(folded_title.len().min(999)).unwrap_or(999)
}

/// Longest query searched; longer input is cut (nobody's name is longer).
pub const MAX_QUERY_CHARS: usize = 200;

impl Store {
    /// Finds records of every kind whose text contains `query` (folded, so case,
    /// accents and æøå do not matter), best first, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<Hit>> {
        self.search_kind(query, None, limit)
    }

    /// Finds records of `kind` (or of every kind) whose text matches `query`: for one
    /// or two characters a word starting with it, else the text anywhere. Best first
    /// (see [`score`]), then by kind, title and id; at most `limit`.
    pub(super) fn search_kind(
        &self,
        query: &str,
        kind: Option<SearchKind>,
        limit: usize,
    ) -> Result<Vec<Hit>> {
        let Some(needle) = Needle::new(query) else {
            return Ok(Vec::new());
        };
        if limit == 0 {
            return Ok(Vec::new());
        }
        // Only constants of `SearchKind` are formatted in, never user text.
        let sql = match (needle.short, kind) {
            (true, None) => "SELECT rowid, title FROM search_index
                  WHERE rowid IN (SELECT entry FROM search_words WHERE word GLOB ?1) LIMIT ?2"
                .to_string(),
            (true, Some(k)) => format!(
                "SELECT rowid, title FROM search_index
                  WHERE rowid IN (SELECT entry FROM search_words
                                   WHERE kind = '{}' AND word GLOB ?1) LIMIT ?2",
                k.code()
            ),
            (false, None) => {
                "SELECT rowid, title FROM search_index WHERE search_index MATCH ?1 LIMIT ?2"
                    .to_string()
            }
            (false, Some(k)) => format!(
                "SELECT rowid, title FROM search_index
                  WHERE search_index MATCH ?1 AND (rowid & 7) = {} LIMIT ?2",
                k.number()
            ),
        };
        let probe = if needle.short {
            &needle.pattern
        } else {
            &needle.phrase
        };
        // Read more than asked, then rank in Rust: the index finds, the score orders.
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let cap = i64::try_from(limit.saturating_mul(20).max(200)).unwrap_or(i64::MAX);
        let rows = stmt.query_map((probe, cap), |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut hits = Vec::new();
        for row in rows {
            let (rowid, title) = row?;
            let Some((kind, id)) = entry_of(rowid) else {
                continue;
            };
            let score = score(&fold(&title), &needle.folded);
            hits.push(Hit {
                kind,
                id,
                title,
                score,
            });
        }
        // Typos are forgiven in words only: text with quotes, wildcards or other signs
        // is searched literally, and finding nothing is then the answer.
        let words_only = needle
            .folded
            .chars()
            .all(|c| c.is_alphanumeric() || c == ' ');
        if hits.is_empty() && !needle.short && words_only {
            hits = self.search_sloppy(&needle, kind, limit)?;
        }
        hits.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then_with(|| a.kind_rank().cmp(&b.kind_rank()))
                .then_with(|| a.title.cmp(&b.title))
                .then_with(|| a.id.cmp(&b.id))
        });
        hits.truncate(limit);
        Ok(hits)
    }
}

impl Hit {
    fn kind_rank(&self) -> usize {
        SearchKind::ALL
            .iter()
            .position(|k| *k == self.kind)
            .unwrap_or(usize::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glob_patterns_are_literal() {
        assert_eq!(glob_pattern("abc"), "*abc*");
        assert_eq!(glob_pattern("a*b?c[d"), "*a[*]b[?]c[[]d*");
    }

    #[test]
    fn scores_prefer_whole_then_start_then_word() {
        let q = "sarkom";
        assert!(score("sarkom", q) > score("sarkomer", q));
        assert!(score("sarkomer", q) > score("nasjonal tjeneste for sarkomer", q));
        assert!(score("tjeneste for sarkomer", q) > score("osteosarkomer", q));
        assert!(score("osteosarkomer", q) > score("annet", q));
    }

    #[test]
    fn scores_rank_whole_then_start_then_word_then_inside() {
        // The tier of a score, without the length that orders titles within it.
        let tier = |title: &str, query: &str| {
            (score(title, query) + i64::try_from(title.len()).unwrap()) / 1000
        };
        let tiers: Vec<i64> = ["kari bo", "kari bo jr", "ola kari", "okari", "ola"]
            .iter()
            .map(|t| tier(t, "kari bo"))
            .collect();
        assert_eq!(tiers, [4, 3, 0, 0, 0]);
        assert_eq!(tier("ola kari", "kari"), 2);
        assert_eq!(tier("okari", "kari"), 1);
    }

    #[test]
    fn short_needles_match_word_starts() {
        let short = Needle::new(" Ø ").unwrap();
        assert_eq!((short.folded.as_str(), short.short), ("o", true));
        assert_eq!(short.pattern, "o*");
        let long = Needle::new("Trom*").unwrap();
        assert_eq!((long.short, long.pattern.as_str()), (false, "*trom[*]*"));
        assert_eq!(Needle::new("  "), None);
    }

    #[test]
    fn phones_are_indexed_as_digits_too() {
        assert!(indexed_text("Kari +47 22 11 00 00").contains("4722110000"));
        assert!(!indexed_text("Kari 12").contains("  "));
    }
}
