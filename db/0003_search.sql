-- Search: a trigram index over folded text (lower case, æ→ae, ø→o, å→a, accents
-- dropped), one row per searchable record, with the title shown in results. SQLite
-- cannot fold text the way users type it, so the program writes these rows: on every
-- write of such a record, and for the rows already there right after this migration,
-- in the same transaction (see src/store/search.rs).
CREATE VIRTUAL TABLE search_index USING fts5(
    text,
    kind UNINDEXED,      -- unit, contact, case, application, meeting
    ref_id UNINDEXED,    -- the record's id in its own table
    title UNINDEXED,     -- as shown in results
    tokenize = 'trigram case_sensitive 1'
);
