-- Leadership periods: which region leads the working group (and with it the service
-- environment) when. The mandate: "Ledelse av servicemiljøet skal gå på omgang mellom
-- regionene" — leadership rotates between the regions, for periods IRF decides
-- (src/store/leadership.rs, src/domain/leadership.rs).
--
-- The periods follow each other without gaps or overlaps (the program refuses
-- either). The region leading on a day is the one whose period covers it; on a day no
-- period covers, the old single setting `settings.leading_region` still answers, so
-- a file from before this migration keeps working.
--
-- `decision`: the IRF decision that set the period, as the users write it
-- ("IRF 21.11.2022"). `note`: free text.
CREATE TABLE leadership_periods (
    id           INTEGER PRIMARY KEY,
    region_code  TEXT NOT NULL REFERENCES regions(code),
    starts_on    TEXT NOT NULL,
    ends_on      TEXT NOT NULL,
    decision     TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1,
    CHECK (starts_on <= ends_on)
) STRICT;
CREATE INDEX leadership_periods_start ON leadership_periods(starts_on, ends_on);

-- The documented period: "I interregionalt fagdirektørmøte 21. november 2022 sluttet
-- fagdirektørene seg til at Helse Vest leder nasjonalt servicemiljø for nasjonale
-- tjenester, nasjonale kvalitets- og kompetansenettverk og nasjonale sentre i
-- perioden 2023-2024." (the mandate, section 5, "Ledelse av servicemiljøet").
INSERT INTO leadership_periods (region_code, starts_on, ends_on, decision, note) VALUES
    ('HV', '2023-01-01', '2024-12-31', 'IRF 21.11.2022',
     'Fagdirektørene sluttet seg til at Helse Vest leder nasjonalt servicemiljø i perioden 2023–2024 (mandatet, punkt 5).');
