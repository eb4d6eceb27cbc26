//! The bokmål of every text in the command line's help, matched on the English text
//! the clap definitions give (see `help_nb`).

/// English → bokmål, for every about, help text and extra paragraph.
pub(super) const NB: &[(&str, &str)] = &[
    (
        "The desk of the interregional working group for national services in specialist health care",
        "Skrivebordet til den interregionale arbeidsgruppen for nasjonale tjenester i spesialisthelsetjenesten",
    ),
    (
        "Database file (default: the platform data directory; also IRF_DB)",
        "Databasefilen (standard: programmets datamappe; også IRF_DB)",
    ),
    (
        "Use the demo database (with --db: that file, which must be a demo database)",
        "Bruk demodatabasen (med --db: den filen, som må være en demodatabase)",
    ),
    (
        "Re-create the demo database before opening it",
        "Lag demodatabasen på nytt før den åpnes",
    ),
    (
        "UI language: nb (bokmål, default) or en",
        "Språk: nb (bokmål, standard) eller en (English)",
    ),
    (
        "Check the database: integrity, schema version, file path and permissions",
        "Sjekk databasen: integritet, skjemaversjon, filsti og tilganger",
    ),
    (
        "Find anything (units, contacts, cases, applications, meetings), best first",
        "Finn hva som helst (tjenester, kontakter, saker, søknader, møter), beste treff først",
    ),
    (
        "Exit code 0 found, 1 nothing found, 2 error.",
        "Avslutningskode 0 funnet, 1 ingenting funnet, 2 feil.",
    ),
    (
        "What to look for; several words are joined by spaces. Case, accents and æøå do not matter (tromso finds Tromsø); * ? [ \" are searched literally",
        "Hva du leter etter; flere ord slås sammen med mellomrom. Store og små bokstaver, aksenter og æøå spiller ingen rolle (tromso finner Tromsø); * ? [ \" søkes som de står",
    ),
    (
        "Show at most this many hits",
        "Vis høyst så mange treff (standard 20)",
    ),
    (
        "JSON for scripts: [{\"kind\", \"id\", \"title\"}]",
        "JSON for skript: [{\"kind\", \"id\", \"title\"}]",
    ),
    (
        "CSV with the header kind,id,title",
        "CSV med overskriften kind,id,title",
    ),
    (
        "List contacts by region and name, optionally narrowed",
        "List kontakter etter region og navn, eventuelt avgrenset",
    ),
    (
        "Exit code 0 found, 1 nobody, 2 error.",
        "Avslutningskode 0 funnet, 1 ingen, 2 feil.",
    ),
    (
        "Only this region: HSØ (or HSO), HV, HMN, HN",
        "Bare denne regionen: HSØ (eller HSO), HV, HMN, HN",
    ),
    (
        "Only contacts with this role (e.g. arbeidsgruppe, fagdirektor)",
        "Bare kontakter med denne rollen (f.eks. arbeidsgruppe, fagdirektor)",
    ),
    (
        "Only contacts whose name, organisation, e-mail, phone or role contains this",
        "Bare kontakter der navn, organisasjon, e-post, telefon eller rolle inneholder dette",
    ),
    (
        "JSON for scripts: [{\"id\", \"name\", \"organisation\", \"region\", \"roles\", \"email\", \"phone\"}]",
        "JSON for skript: [{\"id\", \"name\", \"organisation\", \"region\", \"roles\", \"email\", \"phone\"}]",
    ),
    (
        "CSV with the header id,name,organisation,region,roles,email,phone",
        "CSV med overskriften id,name,organisation,region,roles,email,phone",
    ),
    (
        "Show one unit, contact or case by id, by name, or (cases) by number such as 42/26",
        "Vis én tjeneste, kontakt eller sak etter id, navn eller (saker) nummer som 42/26",
    ),
    (
        "Exit code 0 shown, 1 not found or several match, 2 error.",
        "Avslutningskode 0 vist, 1 ikke funnet eller flere treff, 2 feil.",
    ),
    (
        "What to show",
        "Hva som skal vises: unit (en tjeneste, et nettverk eller senter), contact (en person) eller case (en IRF- eller AD-sak)",
    ),
    (
        "An id, a name (or part of one), or a case number; words are joined by spaces",
        "En id, et navn (eller en del av det) eller et saksnummer; ordene slås sammen med mellomrom",
    ),
    (
        "JSON for scripts (see README, \"Shell lookups\")",
        "JSON for skript (se README, «Shell lookups»)",
    ),
    (
        "One record's history from the audit log, newest first: who changed what, when",
        "Historikken til én post fra endringsloggen, nyeste først: hvem endret hva, og når",
    ),
    (
        "What kind of record",
        "Hva slags post: unit (tjeneste), report (årsrapport), contact (kontakt), case (sak), application (søknad) eller meeting (møte)",
    ),
    (
        "An id, a name (or part of one), or a case number; for a report the unit's name, optionally followed by the year",
        "En id, et navn (eller en del av det) eller et saksnummer; for en årsrapport tjenestens navn, eventuelt fulgt av året",
    ),
    (
        "Show at most this many changes (default 20)",
        "Vis høyst så mange endringer (standard 20)",
    ),
    (
        "What others changed since you last closed irf, or since a day, by pane",
        "Det andre har endret siden du sist lukket irf, eller siden en dag, fane for fane",
    ),
    (
        "Exit code 0 something changed, 1 nothing, 2 error.",
        "Avslutningskode 0 noe er endret, 1 ingenting, 2 feil.",
    ),
    (
        "`last` (when you last closed irf) or YYYY-MM-DD (from that day's start)",
        "`last` (da du sist lukket irf) eller ÅÅÅÅ-MM-DD (fra starten av den dagen)",
    ),
    (
        "Only records of this region: HSØ (or HSO), HV, HMN, HN",
        "Bare poster fra denne regionen: HSØ (eller HSO), HV, HMN, HN",
    ),
    (
        "Show at most this many changes (default 200)",
        "Vis høyst så mange endringer (standard 200)",
    ),
    (
        "The year's dates: milestones, meetings, networks in year 6 and term ends",
        "Årets datoer: milepæler, møter, nettverk i år 6 og slutt på perioder",
    ),
    (
        "Exit code 0 something listed, 1 nothing, 2 error.",
        "Avslutningskode 0 noe ble listet, 1 ingenting, 2 feil.",
    ),
    (
        "Which year (default: this year)",
        "Hvilket år (standard: i år)",
    ),
    (
        "JSON for scripts: [{\"date\", \"kind\", \"title\", \"owner\", \"ref\"}]",
        "JSON for skript: [{\"date\", \"kind\", \"title\", \"owner\", \"ref\"}]",
    ),
    (
        "What is due soon or overdue: milestones, meetings, year 6, term ends, anchorings",
        "Det som forfaller snart eller er forsinket: milepæler, møter, år 6, periodeslutt, forankringer",
    ),
    (
        "Exit code 0 something due, 1 nothing, 2 error.",
        "Avslutningskode 0 noe forfaller, 1 ingenting, 2 feil.",
    ),
    (
        "How many days ahead (default 30); overdue items (up to 60 days) always show",
        "Hvor mange dager fram (standard 30); det som er forsinket (inntil 60 dager) vises alltid",
    ),
    (
        "Only what this region owns: HSØ (or HSO), HV, HMN, HN",
        "Bare det denne regionen eier: HSØ (eller HSO), HV, HMN, HN",
    ),
    (
        "JSON for scripts: [{\"date\", \"kind\", \"title\", \"owner\", \"overdue\", \"working_days_left\", \"ref\"}]",
        "JSON for skript: [{\"date\", \"kind\", \"title\", \"owner\", \"overdue\", \"working_days_left\", \"ref\"}]",
    ),
    (
        "The day to count from instead of today (for tests)",
        "Dagen det telles fra i stedet for i dag (for tester)",
    ),
    (
        "Which region leads the working group when: the leadership periods, and the one covering today",
        "Hvilken region som leder arbeidsgruppen når: ledelsesperiodene, og den som gjelder i dag",
    ),
    (
        "Exit code 0 listed, 1 no period recorded, 2 error.",
        "Avslutningskode 0 listet, 1 ingen periode registrert, 2 feil.",
    ),
    (
        "JSON for scripts: {\"today\", \"leading_region\", \"source\", \"current\", \"periods\": [{\"id\", \"region\", \"region_name\", \"starts_on\", \"ends_on\", \"decision\", \"note\", \"current\"}]}",
        "JSON for skript: {\"today\", \"leading_region\", \"source\", \"current\", \"periods\": [{\"id\", \"region\", \"region_name\", \"starts_on\", \"ends_on\", \"decision\", \"note\", \"current\"}]}",
    ),
    (
        "Norway's ERN memberships: by network, then member HF, each with what it is flagged for",
        "Norges ERN-medlemskap: etter nettverk, så medlems-HF, hvert med det det er flagget for",
    ),
    (
        "A membership is flagged when it has no national coordinator, its status dates from over 5 years ago (or has no date), it has no member HF or one outside the unit's region, or its network is not one of the 24 ERNs.",
        "Et medlemskap flagges når det mangler nasjonal koordinator, statusen er over 5 år gammel (eller uten dato), det mangler medlems-HF eller HF-et ligger utenfor tjenestens region, eller nettverket ikke er blant de 24 ERN-ene.",
    ),
    (
        "Only the memberships that are flagged",
        "Bare medlemskapene som er flagget",
    ),
    (
        "JSON for scripts: [{\"id\", \"ern\", \"known\", \"unit\", \"unit_id\", \"unit_region\", \"health_trust\", \"hf_region\", \"status\", \"starts_on\", \"ends_on\", \"coordinator\", \"coordinator_id\", \"note\", \"flags\": [{\"rule\", \"text\"}]}]",
        "JSON for skript: [{\"id\", \"ern\", \"known\", \"unit\", \"unit_id\", \"unit_region\", \"health_trust\", \"hf_region\", \"status\", \"starts_on\", \"ends_on\", \"coordinator\", \"coordinator_id\", \"note\", \"flags\": [{\"rule\", \"text\"}]}]",
    ),
    (
        "What ends or falls due: network year 6 and period ends, term ends, evaluations",
        "Det som slutter eller forfaller: nettverk i år 6 og periodeslutt, slutt på perioder, evalueringer",
    ),
    (
        "Networks whose current period reaches year 6 or ends (unless renewed or ended), competence services whose term ends (with the phase-out, if one is recorded), and regional competence services' evaluation every 5 years.",
        "Nettverk der perioden når år 6 eller slutter (med mindre de er fornyet eller avsluttet), kompetansetjenester der perioden slutter (med avviklingen, om den er registrert), og regionale kompetansetjenesters evaluering hvert 5. år.",
    ),
    (
        "How many months ahead (default 18); open decisions already past always show",
        "Hvor mange måneder fram (standard 18); åpne beslutninger som alt er passert vises alltid",
    ),
    (
        "JSON for scripts: [{\"date\", \"kind\", \"unit\", \"unit_id\", \"unit_kind\", \"region\", \"year_in_period\", \"overdue\", \"due\", \"renewal_state\", \"phase_out\"}]",
        "JSON for skript: [{\"date\", \"kind\", \"unit\", \"unit_id\", \"unit_kind\", \"region\", \"year_in_period\", \"overdue\", \"due\", \"renewal_state\", \"phase_out\"}]",
    ),
    (
        "The season summary: answers per checklist item, progress per region and the portfolio figures of the competence services (see README, \"Season summary\")",
        "Sesongens oppsummering: svar per sjekkpunkt, framdrift per region og porteføljetallene for kompetansetjenestene (se README, «Season summary»)",
    ),
    (
        "Exit code 0 done, 1 `--items` found no unit, 2 error.",
        "Avslutningskode 0 ferdig, 1 `--items` fant ingen tjeneste, 2 feil.",
    ),
    (
        "The report year (default: the current season)",
        "Rapportåret (standard: sesongen som pågår)",
    ),
    (
        "Also the units answering Ja to all these items, e.g. K09,K11,K13",
        "Også tjenestene som svarer Ja på alle disse punktene, f.eks. K09,K11,K13",
    ),
    (
        "Print JSON (fields documented in README.md)",
        "Skriv JSON (feltene står i README.md)",
    ),
    (
        "Units and their reference groups, and the rules each group breaks",
        "Tjenestene og referansegruppene deres, og reglene hver gruppe bryter",
    ),
    (
        "The rules: members from all four regions, a user representative, one chair, from another region than the host's. Regional competence services (Helse Sør-Øst): two user representatives, two from municipalities, one from a university or college, one from each hospital area (health trust) of the host region. Every national service, network and regional competence service needs a group: one without members breaks \"no group\". Closed units, and centres without a group, are not listed.",
        "Reglene: medlemmer fra alle fire regioner, en brukerrepresentant, én leder, fra en annen region enn vertens. Regionale kompetansetjenester (Helse Sør-Øst): to brukerrepresentanter, to fra kommunene, én fra et universitet eller en høyskole, én fra hvert sykehusområde (helseforetak) i vertsregionen. Alle nasjonale tjenester, nettverk og regionale kompetansetjenester skal ha en gruppe: en uten medlemmer bryter «ingen gruppe». Avsluttede enheter, og sentre uten gruppe, listes ikke.",
    ),
    (
        "Only the groups that break a rule",
        "Bare gruppene som bryter en regel",
    ),
    (
        "JSON for scripts: [{\"unit\", \"unit_id\", \"region\", \"kind\", \"members\", \"breaches\": [{\"rule\", \"region\", \"text\"}]}]; rule codes as in README.md, \"health_trust\" added for missing_hospital_area",
        "JSON for skript: [{\"unit\", \"unit_id\", \"region\", \"kind\", \"members\", \"breaches\": [{\"rule\", \"region\", \"text\"}]}]; regelkodene som i README.md, med \"health_trust\" for missing_hospital_area",
    ),
    (
        "Write a meeting's agenda or one case as a document: DOCX (Word) or Markdown",
        "Skriv et møtes saksliste eller én sak som dokument: DOCX (Word) eller Markdown",
    ),
    (
        "Opens the database read-only. Exit code 0 written, 1 not written (unknown meeting or case, the file exists, the path cannot be written), 2 bad arguments.",
        "Åpner databasen bare for lesing. Avslutningskode 0 skrevet, 1 ikke skrevet (ukjent møte eller sak, filen finnes, stien kan ikke skrives), 2 feil i argumentene.",
    ),
    (
        "A meeting's agenda (saksliste) with every case on it",
        "Et møtes saksliste med alle sakene på den",
    ),
    (
        "The meeting: its date (YYYY-MM-DD), its id, or `next` (the first meeting today or later)",
        "Møtet: datoen (ÅÅÅÅ-MM-DD), id-en, eller `next` (første møte i dag eller senere)",
    ),
    (
        "docx (Word, LibreOffice) or md (Markdown); by default taken from the -o file's ending, else docx",
        "docx (Word, LibreOffice) eller md (Markdown); ellers etter endelsen på -o-filen, og ellers docx",
    ),
    (
        "Write to this file, replacing it if it exists (default: saksliste-DATE or sak-ID in the current folder, never replacing a file)",
        "Skriv til denne filen, og erstatt den om den finnes (standard: saksliste-DATO eller sak-ID i mappen du står i, uten å erstatte noen fil)",
    ),
    (
        "The day `next` counts from instead of today (for tests)",
        "Dagen `next` teller fra i stedet for i dag (for tester)",
    ),
    (
        "One case, on an agenda or not",
        "Én sak, på en saksliste eller ikke",
    ),
    (
        "The case's id, or its number such as 42/26 or 139-2021",
        "Sakens id, eller nummeret, som 42/26 eller 139-2021",
    ),
    (
        "The season's report queue (Årsrapporter) as a spreadsheet",
        "Sesongens rapportkø (Årsrapporter) som regneark",
    ),
    (
        "xlsx (Excel, LibreOffice) or csv (UTF-8, `;`, as Norwegian Excel opens it); by default taken from the -o file's ending, else xlsx",
        "xlsx (Excel, LibreOffice) eller csv (UTF-8, `;`, slik norsk Excel åpner den); ellers etter endelsen på -o-filen, og ellers xlsx",
    ),
    (
        "The year (queue, summary: the report year; money: the grant's year; default: the current season)",
        "Året (kø, oppsummering: rapportåret; penger: tilskuddsåret; standard: sesongen som pågår)",
    ),
    (
        "Only this region: HSØ (or HSO), HV, HMN, HN (queue, units, contacts)",
        "Bare denne regionen: HSØ (eller HSO), HV, HMN, HN (kø, tjenester, kontakter)",
    ),
    (
        "Write to this file, replacing it if it exists (default: a name after the list and season in the current folder, never replacing a file)",
        "Skriv til denne filen, og erstatt den om den finnes (standard: et navn etter listen og sesongen i mappen du står i, uten å erstatte noen fil)",
    ),
    (
        "The season summary (answer table, progress per region, portfolio) as a spreadsheet",
        "Sesongens oppsummering (svartabell, framdrift per region, portefølje) som regneark",
    ),
    (
        "The unit registry (Tjenester) as a spreadsheet",
        "Tjenesteregisteret (Tjenester) som regneark",
    ),
    (
        "The contacts (Kontakter) as a spreadsheet",
        "Kontaktene (Kontakter) som regneark",
    ),
    (
        "The terms list (networks' years, terms' ends, evaluations) as a spreadsheet",
        "Periodelisten (nettverkenes år, periodeslutt, evalueringer) som regneark",
    ),
    (
        "The money table (Fornyelser: grants, the 2–4 % share, frames) as a spreadsheet",
        "Pengetabellen (Fornyelser: tilskudd, andelen på 2–4 %, rammer) som regneark",
    ),
    (
        "Load reports, units or review answers from a CSV or XLSX file (see README, \"Import\")",
        "Les inn årsrapporter, tjenester eller sjekklistesvar fra en CSV- eller XLSX-fil (se README, «Import»)",
    ),
    (
        "Nothing is written unless every row is valid. Exit code 0 imported (or a clean dry run), 1 problems found (nothing written), 2 bad arguments.",
        "Ingenting skrives uten at alle rader er gyldige. Avslutningskode 0 importert (eller en prøvekjøring uten feil), 1 feil funnet (ingenting skrevet), 2 feil i argumentene.",
    ),
    (
        "The season's filed reports (eRapport's list or a spreadsheet): unit, and any of year, received, status, statement, reviewer (see README, \"Import\")",
        "Sesongens innleverte årsrapporter (listen fra eRapport eller et regneark): tjeneste, og gjerne år, mottatt, status, uttalelse, vurderer (se README, «Import»)",
    ),
    (
        "A CSV (`;` or `,`, UTF-8 or Windows-1252) or XLSX file",
        "En CSV-fil (`;` eller `,`, UTF-8 eller Windows-1252) eller XLSX-fil",
    ),
    (
        "The report year, when the file has no year column (a row's own year must agree with it)",
        "Rapportåret, når filen ikke har en årskolonne (en rads eget år må stemme med det)",
    ),
    (
        "Show what would change, or every problem, and write nothing",
        "Vis hva som ville endres, eller alle feil, og skriv ingenting",
    ),
    (
        "A portfolio of units: name, kind, region, HF, approval year, term function, FTE, ERN (see README, \"Import\")",
        "En portefølje av tjenester: navn, type, region, HF, godkjenningsår, funksjon, årsverk, ERN (se README, «Import»)",
    ),
    ("A CSV or XLSX file", "En CSV- eller XLSX-fil"),
    (
        "A review's checklist answers: a unit column, then one column per code (K01 …)",
        "Sjekklistesvarene fra en vurdering: en kolonne for tjenesten, så én kolonne per kode (K01 …)",
    ),
    (
        "The report year the review is about",
        "Rapportåret vurderingen gjelder",
    ),
    (
        "Print shell completions for bash, zsh or fish (see README, \"Installing on the server\")",
        "Skriv ut fullføring for skallet bash, zsh eller fish (se README, «Installing on the server»)",
    ),
    (
        "The shell",
        "Skallet: bash, elvish, fish, powershell eller zsh",
    ),
    (
        "Print the manual page (roff, for `man`) to standard output",
        "Skriv ut manualsiden (roff, for `man`) til standard ut",
    ),
    (
        "Draw one empty frame and wait for a key (the benchmark's floor)",
        "Tegn ett tomt skjermbilde og vent på en tast (målingens gulv)",
    ),
    (
        "Fill an empty database with generated data (SCALE × a realistic year)",
        "Fyll en tom database med genererte data (SCALE × et realistisk år)",
    ),
    (
        "How many times a realistic year",
        "Hvor mange ganger et realistisk år",
    ),
];
