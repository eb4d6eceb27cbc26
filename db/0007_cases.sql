-- Cases and meetings: the text a new case starts from, per case type and section.
-- Data, not code: the group can reword a template with any SQLite tool, and a new
-- case copies it at creation (src/store/cases/edit.rs), filling in the placeholders
--   {tittel}    the case's title
--   {år}        the year the case is written
--   {region}    the responsible region's full name (or "ingen region valgt")
--   {koblinger} the linked records, one a line: "- Tjeneste: <name>"
-- A section without a row starts empty (the decision is written after the meeting).
-- Bokmål: the language of IRF's cases.

CREATE TABLE case_templates (
    case_type  TEXT NOT NULL CHECK (case_type IN ('rangering', 'rapportoppsummering',
                   'fornyelse', 'avvikling', 'mandat', 'arsplan', 'annet')),
    section    TEXT NOT NULL CHECK (section IN ('background', 'assessment', 'proposal',
                   'attachments', 'decision')),
    text       TEXT NOT NULL,
    PRIMARY KEY (case_type, section)
) STRICT;

INSERT INTO case_templates (case_type, section, text) VALUES
('rangering', 'background', 'Sak: {tittel}
Ansvarlig region: {region}

Søknader om nye nasjonale tjenester i {år}:
{koblinger}

Prosess:
Søknadene er mottatt og vurdert i søkerens egen region og forankret i de tre andre regionene.
'),
('rangering', 'assessment', 'Forankring i regionene:

Faglig begrunnelse for rangeringen:

Konsekvenser for økonomi og kapasitet:
'),
('rangering', 'proposal', 'IRF prioriterer søknadene om nye nasjonale tjenester i {år} i denne rekkefølgen:
1.
2.

Rangeringen sendes Helsedirektoratet.
'),
('rangering', 'attachments', 'Søknadene
Forankringssvar fra regionene
'),

('rapportoppsummering', 'background', 'Sak: {tittel}
Ansvarlig region: {region}

Rapportsesongen {år}:
Tjenestene har levert årsrapport i eRapport innen 10. februar (regionale kompetansetjenester innen 15. februar). Hver region har gjennomgått rapportene fra tjenestene i egen region og registrert oppfølgingsbehov.

Tjenester og rapporter saken gjelder:
{koblinger}
'),
('rapportoppsummering', 'assessment', 'Hva går bra:

Felles utfordringer:

Oppfølgingsbehov per region:
- Helse Sør-Øst RHF:
- Helse Vest RHF:
- Helse Midt-Norge RHF:
- Helse Nord RHF:
'),
('rapportoppsummering', 'proposal', 'IRF tar oppsummeringen av årsrapportene til orientering.
Tilbakemelding sendes Helsedirektoratet innen 1. juni {år}.
'),
('rapportoppsummering', 'attachments', 'Oppsummering av årsrapportene
Svar per sjekkpunkt (K01–K18)
'),

('fornyelse', 'background', 'Sak: {tittel}
Ansvarlig region: {region}

Nettverk og periode:
{koblinger}

Nettverket er i sitt sjette år. RHF-ene skal ta stilling til om nettverket skal finansieres for en ny femårsperiode.

Koordinerende helseforetak:
Ramme (MNOK per år):
'),
('fornyelse', 'assessment', 'Måloppnåelse i perioden:

Nettverkets egen evaluering:

Behov for nettverket videre:

Økonomi:
'),
('fornyelse', 'proposal', 'IRF gir ett av disse svarene:
- IRF støtter fornyelse av nettverket for en ny femårsperiode.
- IRF avviser fornyelse; nettverket avsluttes ved periodens slutt.
- IRF ønsker faglig vurdering fra hver region før saken behandles på nytt.
'),
('fornyelse', 'attachments', 'Nettverkets evaluering
Årsrapporter for perioden
'),

('avvikling', 'background', 'Sak: {tittel}
Ansvarlig region: {region}

Tjeneste og avvikling:
{koblinger}

Tjenestens periode utløper. Vertsregionen har laget en innstilling etter de fem prinsippene for avvikling.

Vertsregionens innstilling:
'),
('avvikling', 'assessment', '1. Oppgaver som videreføres i ordinær drift (undervisning, registre):
2. Innlemmelse i en behandlingstjeneste (krever søknad):
3. Videre kompetansebygging er alene ingen grunn til en nasjonal funksjon; et faglig nettverk videreføres som kvalitets- og kompetansenettverk:
4. Andre grunner (nøkkelressurs for primærhelsetjenesten, grenser mot råd om enkeltpasienter):
5. Ellers avsluttes den nasjonale funksjonen:

Anbefalt utfall:
Overgangsfinansiering (høyst 2 år):
'),
('avvikling', 'proposal', 'IRF gir ett av disse svarene:
- IRF støtter innstillingen.
- IRF avviser innstillingen.
- IRF ønsker faglig vurdering fra egen region før saken behandles på nytt.
'),
('avvikling', 'attachments', 'Vertsregionens innstilling
Siste årsrapport
'),

('mandat', 'background', 'Sak: {tittel}
Ansvarlig region: {region}

Tjenesten saken gjelder:
{koblinger}

Tjenesten er godkjent av Helsedirektoratet, og IRF skal fastsette mandatet.
'),
('mandat', 'assessment', 'Formål:
Målgruppe:
Oppgaver:
Avgrensning mot andre tjenester:
Resultatmål og frist:
Rapportering:
Referansegruppe:
Varighet:
'),
('mandat', 'proposal', 'IRF fastsetter mandatet for tjenesten slik det fremgår av saken.
'),
('mandat', 'attachments', 'Godkjenning fra Helsedirektoratet
Søknaden
'),

('arsplan', 'background', 'Sak: {tittel}
Ansvarlig region: {region}

Arbeidsgruppens årsrapport for {år} og plan for neste år.

Saken gjelder:
{koblinger}
'),
('arsplan', 'assessment', 'Gjennomført i {år}:

Plan for neste år:

Prioriteringer:
'),
('arsplan', 'proposal', 'IRF tar årsrapporten for {år} til orientering og slutter seg til planen for neste år.
'),
('arsplan', 'attachments', 'Årsrapport {år}
Plan for neste år
'),

('annet', 'background', 'Sak: {tittel}
Ansvarlig region: {region}

Saken gjelder:
{koblinger}
'),
('annet', 'assessment', 'Vurdering:
'),
('annet', 'proposal', 'Forslag:
'),
('annet', 'attachments', 'Vedlegg:
');
