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

-- Words of the folded title (a person's or a unit's name, a case's title), for queries
-- of one or two characters, which a trigram index cannot serve: those match the start
-- of a word of the name, through this index.
CREATE TABLE search_words (
    word    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    ref_id  INTEGER NOT NULL,
    entry   INTEGER NOT NULL     -- rowid of the record's row in search_index
) STRICT;
CREATE INDEX search_words_word ON search_words(kind, word, ref_id);
CREATE INDEX search_words_any ON search_words(word, entry);
CREATE INDEX search_words_ref ON search_words(kind, ref_id);
