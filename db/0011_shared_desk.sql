-- The shared desk: each record's history from the audit log, undo of one's own last
-- writes, and "since you last looked" (src/store/history.rs).

-- The write a row belongs to: every row of one `Store::write` carries the id of the
-- write's first row, so a write can be found (and undone) as one step. NULL on rows
-- written before this migration.
ALTER TABLE audit_log ADD COLUMN write_id INTEGER;
-- The record a row also belongs to, for a child that does not carry its parent's id in
-- `entity_id`: a follow-up's report (`annual_report`), and a reference-group member's,
-- network period's, phase-out's, grant's or evaluation's unit (`unit`).
ALTER TABLE audit_log ADD COLUMN parent_entity TEXT;
ALTER TABLE audit_log ADD COLUMN parent_id INTEGER;
-- On the rows of an undo: the write it reverted.
ALTER TABLE audit_log ADD COLUMN undoes INTEGER;

CREATE INDEX audit_write ON audit_log(write_id) WHERE write_id IS NOT NULL;
CREATE INDEX audit_parent ON audit_log(parent_entity, parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX audit_undoes ON audit_log(undoes) WHERE undoes IS NOT NULL;
-- "Since you last looked" reads the rows after a moment.
CREATE INDEX audit_at ON audit_log(at);
-- Where a record's life began: ids are reused after the highest one is deleted, so a
-- record's history starts at its latest creation row.
CREATE INDEX audit_births ON audit_log(entity, entity_id)
    WHERE old_value IS NULL AND action IN ('insert', 'import', 'draft_ranking', 'draft_summary');

-- The rows already written get their parent where it can still be found.
UPDATE audit_log SET parent_entity = 'annual_report',
       parent_id = (SELECT report_id FROM follow_ups f WHERE f.id = audit_log.entity_id)
 WHERE entity = 'follow_up' AND entity_id IN (SELECT id FROM follow_ups);
UPDATE audit_log SET parent_entity = 'unit',
       parent_id = json_extract(coalesce(new_value, old_value), '$.unit_id')
 WHERE entity IN ('reference_group_member', 'network_period', 'unit_grant', 'regional_evaluation')
   AND json_extract(coalesce(new_value, old_value), '$.unit_id') IS NOT NULL;
UPDATE audit_log SET parent_entity = 'unit',
       parent_id = (SELECT unit_id FROM network_periods p WHERE p.id = audit_log.entity_id)
 WHERE entity = 'network_period' AND parent_id IS NULL
   AND entity_id IN (SELECT id FROM network_periods);
UPDATE audit_log SET parent_entity = 'unit',
       parent_id = (SELECT unit_id FROM phase_outs p WHERE p.id = audit_log.entity_id)
 WHERE entity = 'phase_out' AND entity_id IN (SELECT id FROM phase_outs);

-- The OS user a contact logs in as, so a history names the person ("kari" is Kari
-- Nordmann, HV). Optional; set with `Store::set_contact_user`. Without it a history
-- shows the OS user and the region chosen as "Min region" (`user_regions`).
ALTER TABLE contacts ADD COLUMN os_user TEXT;
CREATE UNIQUE INDEX contacts_os_user ON contacts(os_user) WHERE os_user IS NOT NULL;

-- When each OS user last closed irf (UTC, ISO 8601), for "Siden sist".
CREATE TABLE user_sessions (
    user       TEXT PRIMARY KEY,
    closed_at  TEXT NOT NULL
) STRICT;
