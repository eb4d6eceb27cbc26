-- Renewals: the regional competence services' comprehensive evaluations and the
-- competence services' yearly grants.
--
-- A network's members (one representative per region, users represented, perhaps
-- from municipalities) are the network unit's `reference_group_members` rows: the
-- table already holds region, role and user representative, and the Tjenester and
-- Fornyelser panes edit it the same way. The network rule is checked in
-- src/domain/refgroup.rs; no table is needed for it.

-- A regional competence service is evaluated every 5 years. The next evaluation
-- falls due 5 years after the latest one recorded here (or after approval when
-- none is). `outcome`: viderefores (continues), endres (continues with changes),
-- avsluttes (the regional function ends).
CREATE TABLE regional_evaluations (
    id            INTEGER PRIMARY KEY,
    unit_id       INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    evaluated_on  TEXT NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('viderefores', 'endres', 'avsluttes')),
    note          TEXT NOT NULL DEFAULT '',
    version       INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX regional_evaluations_unit ON regional_evaluations(unit_id, evaluated_on);

-- The yearly grant recorded for a national competence service, in MNOK (a new one
-- gets at most 4 MNOK a year; the program refuses more).
CREATE TABLE unit_grants (
    id        INTEGER PRIMARY KEY,
    unit_id   INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    year      INTEGER NOT NULL,
    mnok      REAL NOT NULL CHECK (mnok >= 0),
    version   INTEGER NOT NULL DEFAULT 1,
    UNIQUE (unit_id, year)
) STRICT;
