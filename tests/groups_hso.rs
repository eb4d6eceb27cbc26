//! `irf groups` on a regional competence service's reference group, run as the real
//! binary against the demo database: Helse Sør-Øst's composition rules (two user
//! representatives, two from municipalities, one from a university or college, one
//! from each hospital area of the host region), each with a group that passes and one
//! that fails, the members' roles read from codes and old free text, their health
//! trust recorded or named by the contact's organisation, and the JSON rule codes.

use std::path::{Path, PathBuf};

use support::cli::{groups_json as groups, rules};
use support::db::sql;

mod support;

fn setup() -> (tempfile::TempDir, PathBuf) {
    support::db::demo_db()
}

/// Adds a member to the group of unit `unit` (by name): `role` as stored, the health
/// trust by name (or none), the contact's organisation (none: no contact).
fn add_member(
    db: &Path,
    unit: &str,
    name: &str,
    role: &str,
    user_rep: bool,
    trust: &str,
    org: &str,
) {
    let conn = support::db::raw(db);
    let contact: Option<i64> = if org.is_empty() {
        None
    } else {
        conn.execute(
            "INSERT INTO contacts (name, organisation) VALUES (?1, ?2)",
            (name, org),
        )
        .unwrap();
        Some(conn.last_insert_rowid())
    };
    conn.execute(
        "INSERT INTO reference_group_members
                (unit_id, contact_id, name, region_code, role, user_rep, chair, hf_id)
         SELECT u.id, ?1, ?2, 'HSØ', ?3, ?4, ?2 = 'Leder',
                (SELECT t.id FROM health_trusts t WHERE t.name = ?5)
           FROM units u WHERE u.name = ?6",
        (contact, name, role, user_rep, trust, unit),
    )
    .unwrap();
}

#[test]
fn a_regional_service_needs_the_hso_composition_not_every_region() {
    let (dir, db) = setup();
    let name = "Regional kompetansetjeneste for klinisk ernæring";
    // HSØ's six trusts: four recorded on the member, one named by the contact's
    // organisation, one (Vestre Viken) missing. Roles as chosen and as old free text.
    for (member, role, user_rep, trust, org) in [
        (
            "Leder",
            "fagperson",
            false,
            "Oslo universitetssykehus HF",
            "",
        ),
        ("Bruker", "brukerrepresentant", true, "", ""),
        (
            "Kommune",
            "kommune",
            false,
            "Akershus universitetssykehus HF",
            "",
        ),
        (
            "Fastlege",
            "Fastlege, Bærum kommune",
            false,
            "Sykehuset Innlandet HF",
            "",
        ),
        (
            "Sykepleier",
            "fagperson",
            false,
            "Sykehuset i Vestfold HF",
            "",
        ),
        (
            "Lege",
            "overlege",
            false,
            "",
            "Sørlandet sykehus, Kristiansand",
        ),
    ] {
        add_member(&db, name, member, role, user_rep, trust, org);
    }
    let (_, broken) = groups(dir.path(), &db, &["--noncompliant"]);
    let unit = broken.iter().find(|u| u["unit"] == name).unwrap();
    assert_eq!(
        rules(unit),
        [
            "too_few_user_repsnull",
            "no_universitynull",
            "missing_hospital_areanull"
        ]
    );
    assert_eq!(unit["breaches"][2]["health_trust"], "Vestre Viken HF");
    assert!(
        unit["breaches"][2]["text"]
            .as_str()
            .unwrap()
            .contains("Vestre Viken HF"),
        "{unit}"
    );
    // Other rules carry no health trust.
    assert!(unit["breaches"][0].get("health_trust").is_none());
    assert_eq!(
        (unit["kind"].as_str(), unit["members"].as_u64()),
        (Some("regional_kompetanse"), Some(6))
    );
    // A second user representative, a lecturer (old text "høgskolelektor") and a member
    // from Vestre Viken (by organisation): the group now meets every rule.
    add_member(&db, name, "Bruker 2", "brukerrepresentant", true, "", "");
    add_member(&db, name, "Lektor", "Høgskolelektor, USN", false, "", "");
    add_member(
        &db,
        name,
        "Fysio",
        "fagperson",
        false,
        "",
        "Vestre Viken HF, Drammen",
    );
    let (_, broken) = groups(dir.path(), &db, &["--noncompliant"]);
    assert!(!broken.iter().any(|u| u["unit"] == name), "{broken:#?}");
    // One municipality member fewer: too few from municipalities.
    sql(
        &db,
        "DELETE FROM reference_group_members WHERE name = 'Kommune'",
    );
    let (_, broken) = groups(dir.path(), &db, &["--noncompliant"]);
    let unit = broken.iter().find(|u| u["unit"] == name).unwrap();
    assert_eq!(
        rules(unit),
        ["too_few_municipalitiesnull", "missing_hospital_areanull"]
    );
    assert_eq!(
        unit["breaches"][1]["health_trust"],
        "Akershus universitetssykehus HF"
    );
}
