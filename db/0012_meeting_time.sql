-- The time a meeting starts, `HH:MM` (empty when not set): the agenda's header says
-- when, not only on which day.
ALTER TABLE meetings ADD COLUMN starts_at TEXT NOT NULL DEFAULT '';
