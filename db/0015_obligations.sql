-- The service environment's own obligations in the annual cycle (src/store/obligations.rs,
-- src/domain/obligations.rs):
--
-- 1. The status report to HOD. The mandate, section 6 ("Evaluering"): "I brevet til
--    RHF-ene mottatt 20.09.22 der Helse- og omsorgsdepartementet støttet etablering av
--    en nettverksmodell for drift av servicemiljøet, ble det bedt om en statusrapport
--    for servicemiljøet etter to års drift." The start of operation is data (one row,
--    `environment_obligations`, id 1), so is the number of years; the due date is the
--    start plus the years, computed in Rust. `report_owner`: the region that writes it
--    (the leading region when it falls due); `report_submitted_on`: when it was sent
--    (an open report is due; a sent one is only shown).
--
-- 2. The yearly setting-aside. The mandate, section 4 ("Finansiering"): "RHF-ene ble i
--    Statsbudsjettet for 2021–2022 bedt om at 2-4 % av det øremerkede tilskuddet skal
--    holdes tilbake for å finansiere et nasjonalt servicemiljø" and "hver region er
--    ansvarlig for å sette av tilstrekkelig midler". One row per year and region in
--    `set_asides`: the percentage (2–4) of the grant excluding rare diagnoses, or the
--    amount in MNOK, or both. `set_aside_month`/`set_aside_day`: the day each year by
--    which a region records it (the documents give no date: an editable example).
--
-- 3. Dialogue events (`dialogue_events`): the dialogue arenas the environment runs,
--    national ("Nasjonal dialogarena", 15 September 2023) or in one region
--    ("Organisere samarbeids- og dialogarena i egen region"). A national event of a
--    year stands in for the default cycle's placeholder milestone "Nasjonal dialogdag"
--    of that year: the calendar shows the event, not both.
CREATE TABLE environment_obligations (
    id                    INTEGER PRIMARY KEY CHECK (id = 1),
    operation_started_on  TEXT NOT NULL,
    started_basis         TEXT NOT NULL DEFAULT '',
    report_title          TEXT NOT NULL CHECK (trim(report_title) <> ''),
    report_years          INTEGER NOT NULL DEFAULT 2 CHECK (report_years BETWEEN 1 AND 10),
    report_owner          TEXT NOT NULL REFERENCES regions(code),
    report_submitted_on   TEXT,
    set_aside_month       INTEGER NOT NULL CHECK (set_aside_month BETWEEN 1 AND 12),
    set_aside_day         INTEGER NOT NULL CHECK (set_aside_day BETWEEN 1 AND 31),
    note                  TEXT NOT NULL DEFAULT '',
    version               INTEGER NOT NULL DEFAULT 1
) STRICT;

INSERT INTO environment_obligations (id, operation_started_on, started_basis, report_title,
                                     report_years, report_owner, set_aside_month, set_aside_day)
VALUES (1, '2022-09-20', 'Brev fra HOD mottatt 20.09.2022',
        'Statusrapport til HOD etter to års drift', 2, 'HV', 3, 1);

CREATE TABLE set_asides (
    id           INTEGER PRIMARY KEY,
    year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    region_code  TEXT NOT NULL REFERENCES regions(code),
    percent      REAL CHECK (percent IS NULL OR percent BETWEEN 2 AND 4),
    mnok         REAL CHECK (mnok IS NULL OR mnok >= 0),
    note         TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1,
    CHECK (percent IS NOT NULL OR mnok IS NOT NULL),
    UNIQUE (year, region_code)
) STRICT;

CREATE TABLE dialogue_events (
    id           INTEGER PRIMARY KEY,
    held_on      TEXT NOT NULL,
    title        TEXT NOT NULL CHECK (trim(title) <> ''),
    place        TEXT NOT NULL DEFAULT '',
    region_code  TEXT NOT NULL REFERENCES regions(code),
    national     INTEGER NOT NULL DEFAULT 0 CHECK (national IN (0, 1)),
    note         TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX dialogue_events_held ON dialogue_events(held_on);

-- The documented one: "Nasjonalt dialogarena for nasjonale tjenester, nettverk og sentre
-- i spesialisthelsetjenesten", 15 September 2023, 10:00–15:30, in Helse Vest's period.
INSERT INTO dialogue_events (held_on, title, region_code, national, note) VALUES
    ('2023-09-15', 'Nasjonal dialogarena for nasjonale tjenester, nettverk og sentre', 'HV', 1,
     'Endringer i nasjonalt regelverk, oppfølging i RHF-ene, etablering av nasjonalt servicemiljø.');
