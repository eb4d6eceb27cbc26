-- irf schema, version 1. Append-only: never edit a migration that has shipped;
-- add a new NNNN_name.sql instead. Editable rows carry `version` (optimistic locking).
-- Dates are ISO text (YYYY-MM-DD); timestamps are ISO text in UTC.

CREATE TABLE regions (
    code      TEXT PRIMARY KEY,            -- HSØ, HV, HMN, HN
    name      TEXT NOT NULL,
    name_nn   TEXT NOT NULL,
    sort      INTEGER NOT NULL
) STRICT;

CREATE TABLE health_trusts (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    region_code TEXT NOT NULL REFERENCES regions(code)
) STRICT;

CREATE TABLE unit_kinds (
    code       TEXT PRIMARY KEY,
    name_nb    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    term_note  TEXT NOT NULL
) STRICT;

CREATE TABLE units (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL REFERENCES unit_kinds(code),
    hf_id         INTEGER REFERENCES health_trusts(id),
    region_code   TEXT NOT NULL REFERENCES regions(code),
    approved_on   TEXT,
    function      TEXT CHECK (function IN ('opplaering', 'kompetansebygging')),
    term_ends_on  TEXT,                      -- set by the program from approved_on + function
    fte           REAL CHECK (fte IS NULL OR fte >= 0),
    ern           TEXT,                      -- European Reference Network membership, if any
    status        TEXT NOT NULL DEFAULT 'aktiv'
                  CHECK (status IN ('aktiv', 'under_avvikling', 'avviklet')),
    notes         TEXT NOT NULL DEFAULT '',
    version       INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX units_name ON units(name COLLATE NOCASE, id);
CREATE INDEX units_region ON units(region_code);
CREATE INDEX units_term ON units(term_ends_on) WHERE term_ends_on IS NOT NULL;

CREATE TABLE contacts (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    organisation  TEXT NOT NULL DEFAULT '',
    region_code   TEXT REFERENCES regions(code),
    email         TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    version       INTEGER NOT NULL DEFAULT 1
) STRICT;
-- Contacts are listed by region in the fixed order HSØ, HV, HMN, HN, then by name.
CREATE INDEX contacts_region_name ON contacts(
    CASE region_code WHEN 'HSØ' THEN 1 WHEN 'HV' THEN 2 WHEN 'HMN' THEN 3 WHEN 'HN' THEN 4 ELSE 5 END,
    name COLLATE NOCASE, id);
CREATE INDEX contacts_name ON contacts(name COLLATE NOCASE, id);

CREATE TABLE contact_roles (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('servicemiljo', 'arbeidsgruppe', 'fagdirektor',
                    'enhetsleder', 'referansegruppe', 'referansegruppeleder',
                    'brukerrepresentant', 'nettverkskoordinator')),
    unit_id     INTEGER REFERENCES units(id) ON DELETE CASCADE,
    UNIQUE (contact_id, role, unit_id)
) STRICT;
CREATE INDEX contact_roles_contact ON contact_roles(contact_id);

CREATE TABLE reference_group_members (
    id          INTEGER PRIMARY KEY,
    unit_id     INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    contact_id  INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    name        TEXT NOT NULL,
    region_code TEXT NOT NULL REFERENCES regions(code),
    role        TEXT NOT NULL DEFAULT '',      -- e.g. "lege", "sykepleier", "kommune"
    user_rep    INTEGER NOT NULL DEFAULT 0 CHECK (user_rep IN (0, 1)),
    chair       INTEGER NOT NULL DEFAULT 0 CHECK (chair IN (0, 1)),
    version     INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX refgroup_unit ON reference_group_members(unit_id);

-- Checklists are data, versioned per year: the list valid for a season is the one
-- for the unit's kind with the greatest valid_from <= the report year.
CREATE TABLE checklists (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL REFERENCES unit_kinds(code),
    valid_from  INTEGER NOT NULL,
    name        TEXT NOT NULL,
    UNIQUE (kind, valid_from)
) STRICT;

CREATE TABLE checklist_items (
    checklist_id INTEGER NOT NULL REFERENCES checklists(id) ON DELETE CASCADE,
    code         TEXT NOT NULL,
    text_nb      TEXT NOT NULL,
    text_en      TEXT NOT NULL,
    sort         INTEGER NOT NULL,
    PRIMARY KEY (checklist_id, code)
) STRICT;

CREATE TABLE annual_reports (
    id                  INTEGER PRIMARY KEY,
    unit_id             INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    year                INTEGER NOT NULL,     -- the year reported on
    status              TEXT NOT NULL DEFAULT 'forventet' CHECK (status IN ('forventet',
                            'mottatt', 'under_vurdering', 'vurdert', 'oppfolging', 'lukket')),
    received_on         TEXT,
    reviewer_region     TEXT REFERENCES regions(code),
    statement_received  INTEGER NOT NULL DEFAULT 0 CHECK (statement_received IN (0, 1)),
    assessment          TEXT NOT NULL DEFAULT '',
    version             INTEGER NOT NULL DEFAULT 1,
    UNIQUE (unit_id, year)
) STRICT;
CREATE INDEX reports_year ON annual_reports(year, status);

CREATE TABLE report_answers (
    report_id   INTEGER NOT NULL REFERENCES annual_reports(id) ON DELETE CASCADE,
    item_code   TEXT NOT NULL,
    answer      TEXT CHECK (answer IN ('ja', 'nei', 'delvis', 'ikke_relevant')),
    comment     TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (report_id, item_code)
) STRICT;

CREATE TABLE follow_ups (
    id            INTEGER PRIMARY KEY,
    report_id     INTEGER NOT NULL REFERENCES annual_reports(id) ON DELETE CASCADE,
    text          TEXT NOT NULL,
    owner_region  TEXT NOT NULL REFERENCES regions(code),
    due_on        TEXT,
    done          INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    version       INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX follow_ups_report ON follow_ups(report_id);

CREATE TABLE applications (
    id             INTEGER PRIMARY KEY,
    title          TEXT NOT NULL,
    applicant_hf   INTEGER REFERENCES health_trusts(id),
    region_code    TEXT NOT NULL REFERENCES regions(code),
    proposed_kind  TEXT NOT NULL CHECK (proposed_kind IN ('behandling', 'kompetanse', 'flerregional')),
    received_on    TEXT,
    step           TEXT NOT NULL DEFAULT 'mottatt' CHECK (step IN ('mottatt', 'regional_vurdering',
                       'forankring', 'klar_for_irf', 'rangert', 'sendt_hdir', 'godkjent', 'avslatt')),
    contact_id     INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    irf_rank       INTEGER,
    override_reason TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    UNIQUE (title, applicant_hf)
) STRICT;

CREATE TABLE anchorings (
    application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    region_code    TEXT NOT NULL REFERENCES regions(code),
    view           TEXT NOT NULL DEFAULT 'avventer' CHECK (view IN ('avventer', 'stotter',
                       'stotter_med_merknader', 'stotter_ikke')),
    answered_on    TEXT,
    note           TEXT NOT NULL DEFAULT '',
    version        INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (application_id, region_code)
) STRICT;

CREATE TABLE network_periods (
    id              INTEGER PRIMARY KEY,
    unit_id         INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    starts_on       TEXT NOT NULL,
    ends_on         TEXT NOT NULL,
    frame_mnok      REAL NOT NULL CHECK (frame_mnok >= 0),
    coordinating_hf INTEGER REFERENCES health_trusts(id),
    renewal_state   TEXT NOT NULL DEFAULT 'lopende' CHECK (renewal_state IN ('lopende',
                        'forfaller', 'under_evaluering', 'fornyet', 'avsluttet')),
    decision        TEXT NOT NULL DEFAULT '',
    decided_on      TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_on > starts_on)
) STRICT;
CREATE INDEX network_periods_unit ON network_periods(unit_id);

CREATE TABLE phase_outs (
    id                INTEGER PRIMARY KEY,
    unit_id           INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    tasks             TEXT NOT NULL DEFAULT '',
    outcome           TEXT CHECK (outcome IN ('nettverk', 'annen_form', 'avsluttes',
                          'innlemmes', 'driftsoppgaver')),
    transition_years  INTEGER NOT NULL DEFAULT 0 CHECK (transition_years BETWEEN 0 AND 2),
    recommendation    TEXT NOT NULL DEFAULT '',
    irf_answer        TEXT CHECK (irf_answer IN ('stotter', 'avviser', 'regional_vurdering')),
    version           INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE meetings (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('IRF', 'AD')),
    held_on       TEXT NOT NULL,
    place         TEXT NOT NULL DEFAULT '',
    chair_region  TEXT REFERENCES regions(code),
    version       INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX meetings_date ON meetings(held_on);

CREATE TABLE cases (
    id            INTEGER PRIMARY KEY,
    series        TEXT NOT NULL DEFAULT 'IRF' CHECK (series IN ('IRF', 'AD')),
    number        INTEGER,                   -- assigned on the agenda; never reused
    year          INTEGER,
    title         TEXT NOT NULL,
    case_type     TEXT NOT NULL CHECK (case_type IN ('rangering', 'rapportoppsummering',
                      'fornyelse', 'avvikling', 'mandat', 'arsplan', 'annet')),
    region_code   TEXT REFERENCES regions(code),
    status        TEXT NOT NULL DEFAULT 'utkast' CHECK (status IN ('utkast', 'klar',
                      'satt_opp', 'vedtatt', 'sendt_ad', 'lukket')),
    background    TEXT NOT NULL DEFAULT '',
    assessment    TEXT NOT NULL DEFAULT '',
    proposal      TEXT NOT NULL DEFAULT '',
    attachments   TEXT NOT NULL DEFAULT '',
    decision      TEXT NOT NULL DEFAULT '',
    irf_answer    TEXT CHECK (irf_answer IN ('stotter', 'avviser', 'regional_vurdering')),
    version       INTEGER NOT NULL DEFAULT 1,
    UNIQUE (series, year, number)
) STRICT;

-- Case numbers ever handed out, so a number is never reused even if a case is deleted.
CREATE TABLE case_numbers_used (
    series  TEXT NOT NULL,
    year    INTEGER NOT NULL,
    number  INTEGER NOT NULL,
    PRIMARY KEY (series, year, number)
) STRICT;

CREATE TABLE case_links (
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    entity     TEXT NOT NULL CHECK (entity IN ('unit', 'application', 'contact', 'report', 'network_period', 'phase_out')),
    entity_id  INTEGER NOT NULL,
    PRIMARY KEY (case_id, entity, entity_id)
) STRICT;

CREATE TABLE agenda_items (
    meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    case_id     INTEGER NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, case_id)
) STRICT;

CREATE TABLE milestones (
    id          INTEGER PRIMARY KEY,
    year        INTEGER NOT NULL,
    name        TEXT NOT NULL,
    due_on      TEXT,                        -- a fixed date, or NULL when `rule` sets it
    rule        TEXT,                        -- e.g. "10 working days before <milestone>"
    owner       TEXT NOT NULL DEFAULT 'nasjonal',  -- 'nasjonal' or a region code
    pane        TEXT NOT NULL DEFAULT 'arshjul',
    version     INTEGER NOT NULL DEFAULT 1,
    UNIQUE (year, name)
) STRICT;

-- The default cycle: month and day of each fixed point, copied into `milestones` per year.
CREATE TABLE cycle_template (
    name   TEXT PRIMARY KEY,
    month  INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    day    INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
    owner  TEXT NOT NULL,
    pane   TEXT NOT NULL,
    sort   INTEGER NOT NULL
) STRICT;

CREATE TABLE grants (
    year          INTEGER NOT NULL,
    region_code   TEXT NOT NULL REFERENCES regions(code),
    total_mnok    REAL NOT NULL,
    rare_mnok     REAL NOT NULL,
    other_mnok    REAL NOT NULL,
    services      INTEGER NOT NULL,
    share_other   REAL NOT NULL,
    PRIMARY KEY (year, region_code)
) STRICT;

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,                -- UTC, ISO 8601
    user       TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  INTEGER,
    action     TEXT NOT NULL,                -- insert / update / delete / ...
    old_value  TEXT,
    new_value  TEXT
) STRICT;
CREATE INDEX audit_entity ON audit_log(entity, entity_id);

CREATE TABLE drafts (
    user       TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    field      TEXT NOT NULL,
    text       TEXT NOT NULL,
    saved_at   TEXT NOT NULL,
    PRIMARY KEY (user, entity, entity_id, field)
) STRICT;

-- Settings of the shared database, e.g. which region leads the working group this term.
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) STRICT;
