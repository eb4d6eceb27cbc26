//! Writing demo content and the benchmark's large generated database. Both run as one
//! write transaction with one audit row, like every other write.

mod history;

use chrono::NaiveDate;
use serde_json::json;

use super::search::reindex_all;
use super::write::AuditEntry;
use super::{Result, Store};
use crate::demo::Plan;
use crate::domain::{self, Code, Function, Region, UnitKind, fold};

fn date_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

impl Store {
    /// True when the database holds no units yet (a fresh file).
    pub fn is_empty(&self) -> Result<bool> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM units", [], |r| r.get(0))?;
        Ok(n == 0)
    }

    /// The day the demo content was made for, if this is a demo database.
    pub fn demo_day(&self) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row(
                "SELECT value FROM settings WHERE key = 'demo_day'",
                [],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Writes the demo plan into an empty database.
    pub fn seed_demo(&mut self, plan: &Plan) -> Result<()> {
        self.write(|tx, audit| {
            let hf_id = |name: &str| -> rusqlite::Result<Option<i64>> {
                use rusqlite::OptionalExtension;
                tx.query_row("SELECT id FROM health_trusts WHERE name = ?1", [name], |r| r.get(0))
                    .optional()
            };
            let mut unit_ids = Vec::with_capacity(plan.units.len());
            for u in &plan.units {
                let term = u.approved_on.and_then(|a| domain::term_end(a, u.function));
                let hf = match u.hf { Some(name) => hf_id(name)?, None => None };
                tx.execute(
                    "INSERT INTO units (name, kind, hf_id, region_code, approved_on, function,
                                        term_ends_on, fte, ern, status)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                    (&u.name, u.kind.code(), hf, u.region.code(), u.approved_on,
                     u.function.map(Code::code), term, u.fte, u.ern, u.status.code()),
                )?;
                unit_ids.push(tx.last_insert_rowid());
            }
            let mut contact_ids = Vec::with_capacity(plan.contacts.len());
            for c in &plan.contacts {
                tx.execute(
                    "INSERT INTO contacts (name, organisation, region_code, email, phone)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    (&c.name, &c.organisation, c.region.code(), &c.email, &c.phone),
                )?;
                let id = tx.last_insert_rowid();
                for (role, unit) in &c.roles {
                    tx.execute(
                        "INSERT INTO contact_roles (contact_id, role, unit_id) VALUES (?1, ?2, ?3)",
                        (id, role, unit.map(|u| unit_ids[u])),
                    )?;
                }
                contact_ids.push(id);
            }
            for m in &plan.members {
                let c = &plan.contacts[m.contact];
                tx.execute(
                    "INSERT INTO reference_group_members (unit_id, contact_id, name, region_code, role, user_rep, chair)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    (unit_ids[m.unit], contact_ids[m.contact], &c.name, c.region.code(), m.role, m.user_rep, m.chair),
                )?;
            }
            let mut report_ids = Vec::with_capacity(plan.reports.len());
            for r in &plan.reports {
                tx.execute(
                    "INSERT INTO annual_reports (unit_id, year, status, received_on, reviewer_region, statement_received)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    (unit_ids[r.unit], r.year, r.status.code(), r.received_on, r.reviewer.map(Code::code), r.statement),
                )?;
                let id = tx.last_insert_rowid();
                report_ids.push(id);
                for (text, owner, due, done) in &r.follow_ups {
                    tx.execute(
                        "INSERT INTO follow_ups (report_id, text, owner_region, due_on, done) VALUES (?1, ?2, ?3, ?4, ?5)",
                        (id, text, owner.code(), due, done),
                    )?;
                }
            }
            demo_answers(tx)?;
            // The applications IRF has ranked hold places 1, 2, … in plan order; the one
            // ready for IRF waits for its place.
            let mut place = 0_i64;
            let mut application_ids = Vec::with_capacity(plan.applications.len());
            for a in &plan.applications {
                let hf = hf_id(a.hf)?;
                let ranked = a.step == domain::ApplicationStep::RankedByIrf;
                place += i64::from(ranked);
                tx.execute(
                    "INSERT INTO applications (title, applicant_hf, region_code, proposed_kind, received_on, step, contact_id, irf_rank)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    (a.title, hf, a.region.code(), a.kind.code(), a.received_on, a.step.code(),
                     contact_ids[a.contact], ranked.then_some(place)),
                )?;
                let id = tx.last_insert_rowid();
                application_ids.push(id);
                for (region, view, on, note) in &a.anchorings {
                    tx.execute(
                        "INSERT INTO anchorings (application_id, region_code, view, answered_on, note) VALUES (?1, ?2, ?3, ?4, ?5)",
                        (id, region.code(), view, on, note),
                    )?;
                }
            }
            for p in &plan.periods {
                let ends = p.starts_on.checked_add_months(chrono::Months::new(60)).and_then(|d| d.pred_opt());
                tx.execute(
                    "INSERT INTO network_periods (unit_id, starts_on, ends_on, frame_mnok, coordinating_hf, renewal_state)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    (unit_ids[p.unit], p.starts_on, ends, p.frame_mnok, hf_id(p.hf)?, p.state),
                )?;
            }
            let (unit, tasks, recommendation) = plan.phase_out;
            tx.execute(
                "INSERT INTO phase_outs (unit_id, tasks, outcome, transition_years, recommendation)
                 VALUES (?1, ?2, 'driftsoppgaver', 1, ?3)",
                (unit_ids[unit], tasks, recommendation),
            )?;
            super::leadership::seed_periods(tx, &plan.leadership)?;
            super::obligations::seed(tx, &plan.obligations)?;
            super::ern::seed_memberships(tx, &plan.ern, &unit_ids, &contact_ids)?;
            let (held_on, place, chair) = &plan.meeting;
            tx.execute(
                "INSERT INTO meetings (kind, held_on, place, chair_region, starts_at) VALUES ('IRF', ?1, ?2, ?3, '10:00')",
                (held_on, place, chair.code()),
            )?;
            let meeting = tx.last_insert_rowid();
            let year = chrono::Datelike::year(held_on);
            let mut number = 40;
            for c in &plan.cases {
                let numbered = c.on_agenda.then(|| { number += 1; number });
                let (case_year, case_number) = match (numbered, c.number) {
                    (Some(n), _) => (Some(year), Some(n)),
                    (None, Some((y, n))) => (Some(y), Some(n)),
                    (None, None) => (None, None),
                };
                tx.execute(
                    "INSERT INTO cases (series, number, year, title, case_type, region_code, status, background, proposal, decision)
                     VALUES ('IRF', ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    (case_number, case_year, &c.title, c.case_type.code(), c.region.code(),
                     c.status.code(), &c.background, &c.proposal, &c.decision),
                )?;
                let id = tx.last_insert_rowid();
                if let (None, Some((y, n))) = (numbered, c.number) {
                    tx.execute("INSERT INTO case_numbers_used (series, year, number) VALUES ('IRF', ?1, ?2)", (y, n))?;
                }
                if let Some(n) = numbered {
                    tx.execute("INSERT INTO case_numbers_used (series, year, number) VALUES ('IRF', ?1, ?2)", (year, n))?;
                    tx.execute("INSERT INTO agenda_items (meeting_id, case_id, position) VALUES (?1, ?2, ?3)", (meeting, id, n))?;
                }
                for u in &c.units {
                    tx.execute("INSERT INTO case_links (case_id, entity, entity_id) VALUES (?1, 'unit', ?2)", (id, unit_ids[*u]))?;
                }
            }
            let year = chrono::Datelike::year(&plan.today);
            tx.execute(
                "INSERT INTO milestones (year, name, due_on, owner, pane)
                 SELECT ?1, name, printf('%04d-%02d-%02d', ?1, month, day), owner, pane FROM cycle_template",
                [year],
            )?;
            // Two of them set by rules, so the demo shows rules resolved.
            for (name, rule) in [
                ("IRF behandler årsrapportene", "3. tirsdag i mai"),
                ("Oppsummering av årsrapporter til IRF", "15 arbeidsdager før IRF behandler årsrapportene"),
            ] {
                tx.execute(
                    "UPDATE milestones SET due_on = NULL, rule = ?1 WHERE year = ?2 AND name = ?3",
                    (rule, year, name),
                )?;
            }
            // A milestone of the year's own, outside the default cycle: the service
            // environment's website brought up to date (the two-year status report to HOD
            // is an obligation of its own, see `obligations`).
            tx.execute(
                "INSERT INTO milestones (year, name, due_on, owner, pane)
                 VALUES (?1, 'Nettsidene om nasjonale tjenester oppdatert', ?2, 'nasjonal', 'arshjul')",
                (year, format!("{year:04}-09-15")),
            )?;
            let ids = history::Ids { reports: &report_ids, contacts: &contact_ids, applications: &application_ids };
            history::write(tx, plan, &ids)?;
            reindex_all(tx)?;
            tx.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES ('demo_day', ?1)",
                [date_text(plan.today)],
            )?;
            audit.push(AuditEntry {
                entity: "database", entity_id: None, action: "seed_demo", old: None,
                new: Some(json!({ "units": plan.units.len(), "contacts": plan.contacts.len(), "day": date_text(plan.today) })),
            });
            Ok(())
        })
    }

    /// Fills an empty database with `scale` × a realistic year: 200 units, 2,000 reports
    /// (ten years each), 500 contacts and 100 cases per unit of scale. The benchmark
    /// uses scale 100. Deterministic: the same scale gives the same rows.
    ///
    /// Contacts look real so that searching them is a fair test: common Norwegian first
    /// and last names (more of the common ones), ~20 employers across the regions,
    /// `fornavn.etternavn{i}@demo.example`, phones in three formats, and one to three
    /// roles each.
    pub fn generate_large(&mut self, scale: usize, today: NaiveDate) -> Result<()> {
        let units = 200 * scale;
        let contacts = 500 * scale;
        let cases = 100 * scale;
        let kinds = UnitKind::all();
        let regions = Region::all();
        self.write(|tx, audit| {
            let mut unit = tx.prepare("INSERT INTO units (id, name, kind, region_code, approved_on, function, term_ends_on, fte)
                                       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?;
            for i in 0..units {
                let kind = kinds[i % kinds.len()];
                let approved = NaiveDate::from_ymd_opt(1990 + (i % 35) as i32, 1 + (i % 12) as u32, 1 + (i % 28) as u32);
                let function = (kind == UnitKind::Competence).then_some(if i % 2 == 0 { Function::Training } else { Function::CompetenceBuilding });
                let term = approved.and_then(|a| domain::term_end(a, function));
                unit.execute((i as i64 + 1, format!("Tjeneste {i:05} for fagområde {}", i % 997), kind.code(),
                              regions[i % 4].code(), approved, function.map(Code::code), term, (i % 40) as f64 * 0.5))?;
            }
            let mut report = tx.prepare("INSERT INTO annual_reports (unit_id, year, status, statement_received) VALUES (?1, ?2, ?3, ?4)")?;
            let statuses = domain::ReportStatus::all();
            let season = domain::current_season(today);
            for u in 0..units {
                for y in 0..10 {
                    report.execute((u as i64 + 1, season - y, statuses[(u + y as usize) % statuses.len()].code(), (u % 2) as i64))?;
                }
            }
            generated_reviews(tx, season)?;
            let mut contact = tx.prepare("INSERT INTO contacts (id, name, organisation, region_code, email, phone) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
            let mut role = tx.prepare("INSERT INTO contact_roles (contact_id, role, unit_id) VALUES (?1, ?2, ?3)")?;
            for i in 0..contacts {
                let p = generated_person(i, units);
                let id = i as i64 + 1;
                contact.execute((id, p.name, p.organisation, p.region.code(), p.email, p.phone))?;
                for (code, unit) in p.roles {
                    role.execute((id, code, unit))?;
                }
            }
            let mut case = tx.prepare("INSERT INTO cases (series, number, year, title, case_type, status) VALUES ('IRF', ?1, ?2, ?3, 'annet', 'lukket')")?;
            for i in 0..cases {
                case.execute(((i % 1000) as i64 + 1, 2000 + (i / 1000) as i64, format!("Sak {i} om nasjonale tjenester")))?;
            }
            reindex_all(tx)?;
            audit.push(AuditEntry {
                entity: "database", entity_id: None, action: "generate_large", old: None,
                new: Some(json!({ "scale": scale, "generator": GENERATOR_VERSION })),
            });
            Ok(())
        })
    }
}

/// Changes whenever `generate_large` makes different rows, so a cached large database
/// (the benchmark keeps one) can be told apart from one made by an older generator.
pub const GENERATOR_VERSION: u32 = 4;

/// Common Norwegian first names, the commonest first (see `skewed`).
#[rustfmt::skip]
const GEN_FIRST: &[&str] = &[
    "Anne", "Kari", "Lars", "Ingrid", "Per", "Marit", "Ole", "Bjørn", "Liv", "Jørgen",
    "Inger", "Håkon", "Siri", "Knut", "Åse", "Øystein", "Kåre", "Hilde", "Nils", "Randi",
    "Kristin", "Trond", "Solveig", "Geir", "Berit", "Arne", "Tone", "Terje", "Astrid",
    "Pål", "Gro", "Eirik", "Hege", "Torbjørn", "Mette", "Øyvind", "Ragnhild", "Ståle",
    "Sølvi", "Åsmund", "Nora", "Magnus", "Ida", "Jonas", "Sofie", "Sindre", "Tove",
    "Ærlend",
];

/// Common Norwegian last names, the commonest first, with some that need æøå.
#[rustfmt::skip]
const GEN_LAST: &[&str] = &[
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
    "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen",
    "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen",
    "Henriksen", "Lund", "Sørensen", "Moen", "Gundersen", "Iversen", "Strand", "Solberg",
    "Ødegård", "Sæther", "Bråten", "Løvås", "Strøm", "Aasen", "Bø", "Haugland", "Rønning",
    "Bjørnstad", "Kvåle", "Sætre", "Østby", "Håland",
];

/// Employers across the four regions: health trusts, municipalities, universities.
const GEN_ORGANISATIONS: &[(&str, Region)] = &[
    ("Oslo universitetssykehus HF", Region::Hso),
    ("Akershus universitetssykehus HF", Region::Hso),
    ("Sykehuset Innlandet HF", Region::Hso),
    ("Vestre Viken HF", Region::Hso),
    ("Sørlandet sykehus HF", Region::Hso),
    ("Universitetet i Oslo", Region::Hso),
    ("Oslo kommune", Region::Hso),
    ("Helse Bergen HF", Region::Hv),
    ("Helse Stavanger HF", Region::Hv),
    ("Helse Førde HF", Region::Hv),
    ("Universitetet i Bergen", Region::Hv),
    ("Bergen kommune", Region::Hv),
    ("St. Olavs hospital HF", Region::Hmn),
    ("Helse Møre og Romsdal HF", Region::Hmn),
    (
        "Norges teknisk-naturvitenskapelige universitet",
        Region::Hmn,
    ),
    ("Trondheim kommune", Region::Hmn),
    ("Universitetssykehuset Nord-Norge HF", Region::Hn),
    ("Nordlandssykehuset HF", Region::Hn),
    ("UiT Norges arktiske universitet, Tromsø", Region::Hn),
    ("Tromsø kommune", Region::Hn),
];

/// The role codes of `contact_roles` (see the CHECK in db/0001_schema.sql), and
/// whether a role is held for one unit.
const GEN_ROLES: &[(&str, bool)] = &[
    ("servicemiljo", true),
    ("arbeidsgruppe", false),
    ("fagdirektor", false),
    ("enhetsleder", true),
    ("referansegruppe", true),
    ("referansegruppeleder", true),
    ("brukerrepresentant", false),
    ("nettverkskoordinator", true),
];

/// One generated contact.
struct GeneratedPerson {
    name: String,
    organisation: &'static str,
    region: Region,
    email: String,
    phone: String,
    roles: Vec<(&'static str, Option<i64>)>,
}

/// A fixed pseudo-random number for `i` and `salt` (splitmix64): the same every run.
fn mix(i: usize, salt: u64) -> u64 {
    let mut z = (i as u64).wrapping_add(salt.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// An index below `len`, low ones more likely (the smaller of two draws).
fn skewed(i: usize, salt: u64, len: usize) -> usize {
    let (a, b) = (mix(i, salt), mix(i, salt + 1));
    (a.min(b) % len as u64) as usize
}

/// Contact number `i` of a database with `units` units.
/// The demo's reviews: every report under review or later answers its checklist (the
/// one of its kind and year; a report still under review only the first half), Ja most
/// often; the open follow-ups of competence services are about the competence plan.
fn demo_answers(tx: &rusqlite::Transaction<'_>) -> Result<()> {
    tx.execute_batch(
        "INSERT INTO report_answers (report_id, item_code, answer)
         SELECT r.id, i.code,
                CASE (r.id * 7 + i.sort * 3) % 8 WHEN 3 THEN 'nei' WHEN 5 THEN 'delvis'
                     WHEN 6 THEN 'nei' WHEN 7 THEN 'ikke_relevant' ELSE 'ja' END
           FROM annual_reports r JOIN units u ON u.id = r.unit_id
           JOIN checklists c ON c.kind = u.kind
                AND c.valid_from = coalesce(
                    (SELECT max(valid_from) FROM checklists WHERE kind = u.kind AND valid_from <= r.year),
                    (SELECT min(valid_from) FROM checklists WHERE kind = u.kind))
           JOIN checklist_items i ON i.checklist_id = c.id
          WHERE r.status IN ('under_vurdering', 'vurdert', 'oppfolging', 'lukket')
            AND (r.status != 'under_vurdering'
                 OR i.sort * 2 <= (SELECT count(*) FROM checklist_items WHERE checklist_id = c.id));
         UPDATE follow_ups SET item_code = 'K08'
          WHERE report_id IN (SELECT r.id FROM annual_reports r JOIN units u ON u.id = r.unit_id
                               WHERE u.kind = 'kompetanse');",
    )?;
    Ok(())
}

/// The last two seasons' reviews of the generated competence services: every report
/// under review or later answers K01–K18 (Ja most often), and each one with follow-ups
/// open has one, on result targets (K09).
fn generated_reviews(tx: &rusqlite::Transaction<'_>, season: i32) -> Result<()> {
    const ANSWERS: [&str; 8] = [
        "ja",
        "ja",
        "ja",
        "nei",
        "ja",
        "delvis",
        "nei",
        "ikke_relevant",
    ];
    let reviewed = "('under_vurdering', 'vurdert', 'oppfolging', 'lukket')";
    let mut reports = tx.prepare(&format!(
        "SELECT r.id, r.status FROM annual_reports r JOIN units u ON u.id = r.unit_id
          WHERE u.kind = 'kompetanse' AND r.year >= ?1 AND r.status IN {reviewed}"
    ))?;
    let rows = reports
        .query_map([season - 1], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut answer = tx
        .prepare("INSERT INTO report_answers (report_id, item_code, answer) VALUES (?1, ?2, ?3)")?;
    let mut follow_up = tx.prepare(
        "INSERT INTO follow_ups (report_id, text, owner_region, item_code) VALUES (?1, ?2, 'HSØ', 'K09')",
    )?;
    for (id, status) in rows {
        for k in 1..=18usize {
            let pick = (id as usize * 7 + k * 3) % ANSWERS.len();
            answer.execute((id, format!("K{k:02}"), ANSWERS[pick]))?;
        }
        if status == "oppfolging" {
            follow_up.execute((id, "Resultatmål mangler"))?;
        }
    }
    Ok(())
}

fn generated_person(i: usize, units: usize) -> GeneratedPerson {
    let first = GEN_FIRST[skewed(i, 1, GEN_FIRST.len())];
    let last = GEN_LAST[skewed(i, 3, GEN_LAST.len())];
    let (organisation, region) =
        GEN_ORGANISATIONS[(mix(i, 5) % GEN_ORGANISATIONS.len() as u64) as usize];
    // Mobiles (+47 9xx xx xxx) and landlines with the region's area code, written
    // the three ways people do; search by digits must find them all.
    let n = mix(i, 6) % 10_000_000;
    let (a, b, c, d) = (n / 100_000, n / 1_000 % 100, n / 10 % 100, n % 1_000);
    let area = match region {
        Region::Hso => [22, 23][(n % 2) as usize],
        Region::Hv => 55,
        Region::Hmn => 73,
        Region::Hn => 77,
    };
    let phone = match i % 3 {
        0 => format!("+47 9{a:02} {b:02} {d:03}"),
        1 => format!("{area} {a:02} {b:02} {c:02}"),
        _ => format!("(+47) {area}{a:02}-{:04}", n % 10_000),
    };
    let first_role = (mix(i, 7) % GEN_ROLES.len() as u64) as usize;
    let count = 1 + (mix(i, 8) % 3) as usize;
    let roles = [0, 3, 5][..count]
        .iter()
        .map(|step| {
            let (code, for_unit) = GEN_ROLES[(first_role + step) % GEN_ROLES.len()];
            let unit = (for_unit && units > 0)
                .then(|| (mix(i, 9 + *step as u64) % units as u64) as i64 + 1);
            (code, unit)
        })
        .collect();
    GeneratedPerson {
        name: format!("{first} {last}"),
        organisation,
        region,
        email: format!("{}.{}{i}@demo.example", fold(first), fold(last)),
        phone,
        roles,
    }
}
