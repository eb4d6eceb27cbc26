-- Report season: the Årsrapporter queue's saved views, per user.
-- `spec` is the view's filter and sort as JSON, written and read by the program
-- (src/store/reports/views.rs): {"region", "kind", "status", "overdue",
-- "awaiting_statement", "text", "sort", "descending"}; a key left out filters nothing.
-- The three views every user starts with ("Min region", "Forsinket", "Venter på
-- uttalelse") are written the first time the user opens the queue.

CREATE TABLE saved_views (
    user      TEXT NOT NULL,
    pane      TEXT NOT NULL,
    name      TEXT NOT NULL,
    spec      TEXT NOT NULL,
    sort      INTEGER NOT NULL,
    saved_at  TEXT NOT NULL,
    PRIMARY KEY (user, pane, name)
) STRICT;

-- The region each user works for ("Min region"), chosen in the program.
CREATE TABLE user_regions (
    user         TEXT PRIMARY KEY,
    region_code  TEXT NOT NULL REFERENCES regions(code)
) STRICT;

-- The queue filters a season by status and by reviewer region.
CREATE INDEX reports_year_reviewer ON annual_reports(year, reviewer_region);

-- A follow-up may belong to one checklist item: its theme in the season's summary
-- ("Felles utfordringer" groups the open follow-ups by item). NULL: no item.
ALTER TABLE follow_ups ADD COLUMN item_code TEXT;
