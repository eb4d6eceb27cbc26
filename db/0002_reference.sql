-- Reference data every database starts with: regions, health trusts, kinds of unit,
-- the default checklists, the default annual cycle and the 2022 earmarked-grant table.

INSERT INTO regions (code, name, name_nn, sort) VALUES
    ('HSØ', 'Helse Sør-Øst RHF', 'Helse Sør-Aust', 1),
    ('HV', 'Helse Vest RHF', 'Helse Vest', 2),
    ('HMN', 'Helse Midt-Norge RHF', 'Helse Midt-Noreg', 3),
    ('HN', 'Helse Nord RHF', 'Helse Nord', 4);

INSERT INTO health_trusts (name, region_code) VALUES
    ('Oslo universitetssykehus HF', 'HSØ'),
    ('Akershus universitetssykehus HF', 'HSØ'),
    ('Sykehuset Innlandet HF', 'HSØ'),
    ('Vestre Viken HF', 'HSØ'),
    ('Sykehuset i Vestfold HF', 'HSØ'),
    ('Sørlandet sykehus HF', 'HSØ'),
    ('Helse Bergen HF', 'HV'),
    ('Helse Stavanger HF', 'HV'),
    ('Helse Fonna HF', 'HV'),
    ('Helse Førde HF', 'HV'),
    ('St. Olavs hospital HF', 'HMN'),
    ('Helse Møre og Romsdal HF', 'HMN'),
    ('Helse Nord-Trøndelag HF', 'HMN'),
    ('Universitetssykehuset Nord-Norge HF', 'HN'),
    ('Nordlandssykehuset HF', 'HN'),
    ('Helgelandssykehuset HF', 'HN'),
    ('Finnmarkssykehuset HF', 'HN');

INSERT INTO unit_kinds (code, name_nb, name_en, term_note) VALUES
    ('behandling', 'Nasjonal behandlingstjeneste', 'National treatment service', 'no term'),
    ('flerregional', 'Flerregional behandlingstjeneste', 'Multiregional treatment service', 'no term'),
    ('kompetanse', 'Nasjonal kompetansetjeneste', 'National competence service', '5 years (training) or 10 years (competence building)'),
    ('nettverk', 'Kvalitets- og kompetansenettverk', 'Quality and competence network', '5-year periods, decision in year 6'),
    ('senter', 'Nasjonalt senter / annen organisasjonsform', 'National centre / other form', 'case by case'),
    ('regional_kompetanse', 'Regional kompetansetjeneste', 'Regional competence service', 'evaluation every 5 years');

INSERT INTO checklists (id, kind, valid_from, name) VALUES
    (1, 'kompetanse', 2018, 'Gjennomgang av kompetansetjenester (K01–K18)'),
    (2, 'nettverk', 2018, 'Rammeverk for kvalitets- og kompetansenettverk'),
    (3, 'behandling', 2018, 'Nasjonale behandlingstjenester'),
    (4, 'flerregional', 2018, 'Flerregionale behandlingstjenester'),
    (5, 'regional_kompetanse', 2018, 'Regionale kompetansetjenester (HSØ)'),
    (6, 'senter', 2018, 'Nasjonale sentre og andre organisasjonsformer');

INSERT INTO checklist_items (checklist_id, code, text_nb, text_en, sort) VALUES
    (1, 'K01', 'Har tjenesten en dekkende beskrivelse av oppdraget?', 'Does the service have an adequate description of its mandate?', 1),
    (1, 'K02', 'Er oppdraget det samme som ved godkjenning?', 'Is the mandate the same as when approved?', 2),
    (1, 'K03', 'Er oppdraget avgrenset ift innhold og målgruppe?', 'Is the mandate delimited in content and target group?', 3),
    (1, 'K04', 'Er det utført ansvarsavklaring ift andre tjenester?', 'Has responsibility been clarified with other services?', 4),
    (1, 'K05', 'Driver tjenesten kompetansespredning?', 'Does the service spread competence?', 5),
    (1, 'K06', 'Driver tjenesten forskningsaktivitet?', 'Does the service do research?', 6),
    (1, 'K07', 'Deltar tjenesten i forskningsnettverk?', 'Does the service take part in research networks?', 7),
    (1, 'K08', 'Er kompetanseplanen utarbeidet i tråd med intensjonen?', 'Is the competence plan made as intended?', 8),
    (1, 'K09', 'Er det fastsatt resultatmål for tjenesten?', 'Have result targets been set for the service?', 9),
    (1, 'K10', 'Er det fastsatt når resultatmål for tjenesten skal være innfridd?', 'Has it been set when the targets are to be met?', 10),
    (1, 'K11', 'Har tjenesten et system for å dokumentere resultatoppnåelse?', 'Does the service have a system to document results?', 11),
    (1, 'K12', 'Er resultatmålet for tjenesten oppfylt?', 'Has the result target been met?', 12),
    (1, 'K13', 'Er det dokumentert effekt av tjenestens virksomhet?', 'Is the effect of the service documented?', 13),
    (1, 'K14', 'Rapporterer tjenesten om tiltak for regional videreføring?', 'Does the service report measures for regional continuation?', 14),
    (1, 'K15', 'Er det dokumentert at fagområdet fortsatt er kompetansesvakt?', 'Is it documented that the field still lacks competence?', 15),
    (1, 'K16', 'Har tjenesten en tidsavgrenset plan for ferdigstillelse?', 'Does the service have a time-limited plan for completion?', 16),
    (1, 'K17', 'Synes referansegruppen å fungere etter intensjonen?', 'Does the reference group seem to work as intended?', 17),
    (1, 'K18', 'Har referansegruppen godkjent årsrapporten?', 'Has the reference group approved the annual report?', 18),
    (2, 'N01', 'Er alle fire regioner representert i nettverket?', 'Are all four regions represented in the network?', 1),
    (2, 'N02', 'Er brukerne representert?', 'Are users represented?', 2),
    (2, 'N03', 'Er nettverkets oppgaver beskrevet og fulgt opp?', 'Are the network''s tasks described and followed up?', 3),
    (2, 'N04', 'Er årsrapporten levert i eRapport?', 'Has the annual report been filed in eRapport?', 4),
    (3, 'B01', 'Er tjenestens oppdrag beskrevet og uendret siden godkjenning?', 'Is the mandate described and unchanged since approval?', 1),
    (3, 'B02', 'Rapporterer tjenesten pasientvolum og resultater?', 'Does the service report patient volume and results?', 2),
    (3, 'B03', 'Er likeverdig tilgang for pasienter fra alle regioner ivaretatt?', 'Is equal access for patients from all regions ensured?', 3),
    (3, 'B04', 'Har referansegruppen godkjent årsrapporten?', 'Has the reference group approved the annual report?', 4),
    (4, 'F01', 'Er oppgavefordelingen mellom stedene beskrevet?', 'Is the division of tasks between the sites described?', 1),
    (4, 'F02', 'Rapporterer tjenesten pasientvolum per sted?', 'Does the service report patient volume per site?', 2),
    (4, 'F03', 'Har referansegruppen godkjent årsrapporten?', 'Has the reference group approved the annual report?', 3),
    (5, 'R01', 'Er årsrapporten levert innen 15. februar?', 'Was the annual report filed by 15 February?', 1),
    (5, 'R02', 'Har referansegruppen møttes minst én gang i året?', 'Has the reference group met at least once a year?', 2),
    (5, 'R03', 'Er sammensetningen av referansegruppen i tråd med retningslinjen?', 'Is the reference group composed as the guideline says?', 3),
    (6, 'S01', 'Er oppdraget og finansieringen beskrevet?', 'Are the mandate and funding described?', 1),
    (6, 'S02', 'Er årsrapporten levert i eRapport?', 'Has the annual report been filed in eRapport?', 2);

INSERT INTO cycle_template (name, month, day, owner, pane, sort) VALUES
    ('Årsrapporter levert i eRapport', 2, 10, 'nasjonal', 'arsrapporter', 1),
    ('Årsrapporter regionale kompetansetjenester', 2, 15, 'HSØ', 'arsrapporter', 2),
    ('Regional gjennomgang av årsrapporter ferdig', 3, 15, 'regionene', 'arsrapporter', 3),
    ('Oppsummering av årsrapporter til IRF', 4, 20, 'nasjonal', 'saker', 4),
    ('IRF behandler årsrapportene', 5, 15, 'nasjonal', 'saker', 5),
    ('Tilbakemelding til Helsedirektoratet', 6, 1, 'nasjonal', 'arsrapporter', 6),
    ('Utlysning og felles søknadsskjema publisert', 9, 1, 'nasjonal', 'arshjul', 7),
    ('Søknadsfrist til eget RHF', 10, 15, 'regionene', 'arshjul', 8),
    ('Regional vurdering ferdig', 11, 15, 'regionene', 'arshjul', 9),
    ('Forankring i de andre regionene', 12, 10, 'regionene', 'arshjul', 10),
    ('IRF prioriterer og rangerer søknadene', 1, 20, 'nasjonal', 'saker', 11),
    ('Søknadene sendt Helsedirektoratet', 2, 1, 'nasjonal', 'arshjul', 12),
    ('Nasjonal dialogdag', 10, 25, 'nasjonal', 'arshjul', 13);

INSERT INTO grants (year, region_code, total_mnok, rare_mnok, other_mnok, services, share_other) VALUES
    (2022, 'HSØ', 354.2, 232.7, 121.5, 29, 56.0),
    (2022, 'HV', 36.9, 0.0, 36.9, 10, 17.0),
    (2022, 'HMN', 41.0, 0.0, 41.0, 8, 18.9),
    (2022, 'HN', 76.3, 58.6, 17.7, 5, 8.2);

INSERT INTO settings (key, value) VALUES ('leading_region', 'HV');
