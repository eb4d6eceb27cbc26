-- ERN memberships as records: Norway's memberships in the European Reference Networks,
-- which the service environment coordinates (src/store/ern.rs, src/domain/ern.rs).
--
-- One row per network, member health trust and unit. `ern`: the network's short name
-- as the list of the 24 writes it ("ERN-RND", "ERN EuroBloodNet"), or as typed when it
-- is not on the list (accepted, and flagged). `status`: sokt (applied), fullverdig
-- (full member), tilknyttet (affiliated partner), utmeldt (left). `starts_on`: the
-- day the status took effect (the status date the 5-year check looks at); `ends_on`:
-- when it ended or ends, if known. `coordinator_id`: the national coordinator, a
-- contact. `hf_id`: the member HF, which belongs to the unit's region (one outside it
-- is accepted and flagged).
--
-- The units' free-text `ern` column stays; this migration's Rust step (store/ern.rs,
-- `fill_from_units`) turns what it holds into records, and a units import fills both.
CREATE TABLE ern_memberships (
    id              INTEGER PRIMARY KEY,
    ern             TEXT NOT NULL CHECK (trim(ern) <> ''),
    unit_id         INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    hf_id           INTEGER REFERENCES health_trusts(id),
    status          TEXT NOT NULL
                    CHECK (status IN ('sokt', 'fullverdig', 'tilknyttet', 'utmeldt')),
    starts_on       TEXT,
    ends_on         TEXT,
    coordinator_id  INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    note            TEXT NOT NULL DEFAULT '',
    version         INTEGER NOT NULL DEFAULT 1,
    CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on)
) STRICT;
CREATE INDEX ern_memberships_unit ON ern_memberships(unit_id);
CREATE INDEX ern_memberships_ern ON ern_memberships(ern COLLATE NOCASE);
-- A contact's ties (`Store::contact_ties`) find the memberships it coordinates.
CREATE INDEX ern_memberships_coordinator ON ern_memberships(coordinator_id)
    WHERE coordinator_id IS NOT NULL;
