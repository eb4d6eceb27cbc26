//! "Siden sist" after a scripted day: Ola closed irf yesterday, Kari marked reports
//! received, finished a review, recorded an anchoring answer and IRF's decision,
//! edited a case and changed and deleted contacts, and Ola made changes of his own.
//! The store lists Kari's changes, one per record per write, grouped by pane and never
//! Ola's own; the count sentence names the weekday; `irf changes` prints them, as JSON
//! too, and says what is wrong with a bad `--since` (exit 2).

mod support;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use chrono::{Duration, Utc};
use irf::domain::{AnchoringView, Code, IrfAnswer, Region, Section};
use irf::i18n::{Lang, change_sentence, since_last_text};
use irf::store::{BulkChange, ChangeKind, ChangePane, HistoryTarget, OpenMode, Store};

use support::db::{demo_store, raw, temp_db, today};

fn ids(path: &Path, sql: &str) -> Vec<i64> {
    let conn = raw(path);
    let mut stmt = conn.prepare(sql).unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn version(path: &Path, table: &str, id: i64) -> i64 {
    raw(path)
        .query_row(
            &format!("SELECT version FROM {table} WHERE id = ?1"),
            [id],
            |r| r.get(0),
        )
        .unwrap()
}

/// The scripted day on a fresh demo database; returns the reports Kari received.
fn scripted_day(path: &Path) -> Vec<i64> {
    drop(demo_store(path));
    let mut ola = Store::open(path, OpenMode::ReadWrite).unwrap();
    ola.set_user("ola");
    ola.mark_closed(Utc::now() - Duration::hours(20)).unwrap();
    let mut kari = Store::open(path, OpenMode::ReadWrite).unwrap();
    kari.set_user("kari");

    let expected = ids(
        path,
        "SELECT id FROM annual_reports WHERE status = 'forventet' ORDER BY id LIMIT 3",
    );
    let versions = kari.report_versions(&expected).unwrap();
    let outcome = kari
        .bulk_reports(&versions, BulkChange::Received(today()), today())
        .unwrap();
    assert_eq!(outcome.applied, 3);
    let review = ids(
        path,
        "SELECT id FROM annual_reports WHERE status = 'under_vurdering' ORDER BY id LIMIT 1",
    )[0];
    kari.finish_review(review, version(path, "annual_reports", review))
        .unwrap();
    kari.answer_anchoring(
        1,
        Region::from_code("HN").unwrap(),
        1,
        AnchoringView::Supports,
        Some(today()),
        "",
    )
    .unwrap();
    let case = kari.case(2).unwrap();
    kari.record_decision(
        2,
        case.version,
        "IRF støtter fornyelse.",
        Some(IrfAnswer::Supports),
        today(),
    )
    .unwrap();
    let case = kari.case(4).unwrap();
    kari.save_section(4, case.version, Section::Assessment, "Ny vurdering.")
        .unwrap();
    let (mut c, v) = kari.contact(3).unwrap();
    c.phone = "+47 900 00 000".into();
    kari.update_contact(3, v, &c).unwrap();
    kari.delete_contact(5, version(path, "contacts", 5))
        .unwrap();

    // Ola's own changes are not news to Ola.
    let (mut c, v) = ola.contact(7).unwrap();
    c.phone = "+47 911 11 111".into();
    ola.update_contact(7, v, &c).unwrap();
    let mine = ids(
        path,
        "SELECT id FROM annual_reports WHERE status = 'forventet' ORDER BY id LIMIT 1",
    );
    let versions = ola.report_versions(&mine).unwrap();
    ola.bulk_reports(&versions, BulkChange::Received(today()), today())
        .unwrap();
    expected
}

#[test]
fn others_changes_since_the_last_close_grouped_by_pane() {
    let (_dir, path) = temp_db();
    let received = scripted_day(&path);
    let store = Store::open(&path, OpenMode::ReadOnly).unwrap();
    let since = store.last_closed("ola").unwrap().expect("ola closed irf");
    assert!(store.last_closed("per").unwrap().is_none());
    let changes = store.changes_since(since, None, Some("ola"), 100).unwrap();
    // 3 received, 1 review finished, 1 anchoring, 1 decision on the case and 1 on
    // its network period, 1 case edited, 2 contacts.
    assert_eq!(changes.count, 10, "{:#?}", changes.items);
    assert_eq!(changes.items.len(), 10);
    assert!(changes.items.iter().all(|i| i.user == "kari"));
    assert!(
        changes
            .items
            .windows(2)
            .all(|w| w[0].audit_id > w[1].audit_id)
    );
    let kinds = |kind: ChangeKind| changes.items.iter().filter(|i| i.kind == kind).count();
    assert_eq!(kinds(ChangeKind::ReportReceived), 3);
    assert_eq!(kinds(ChangeKind::ReviewFinished), 1);
    assert_eq!(kinds(ChangeKind::AnchoringAnswered), 1);
    assert_eq!(kinds(ChangeKind::DecisionRecorded), 2);
    assert_eq!(kinds(ChangeKind::CaseEdited), 1);
    assert_eq!(kinds(ChangeKind::ContactChanged), 2);
    for id in &received {
        assert!(changes.items.iter().any(
            |i| i.target == HistoryTarget::Report(*id) && i.kind == ChangeKind::ReportReceived
        ));
    }
    let panes: Vec<ChangePane> = changes.by_pane().into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        panes,
        [
            ChangePane::Cycle,
            ChangePane::Reports,
            ChangePane::Renewals,
            ChangePane::Contacts,
            ChangePane::Cases
        ]
    );
    let deleted = changes
        .items
        .iter()
        .find(|i| i.target == HistoryTarget::Contact(5))
        .unwrap();
    assert!(
        !deleted.title.is_empty(),
        "a deleted contact is named by its last name"
    );
    let nb = change_sentence(Lang::Nb, deleted);
    assert!(nb.contains("slettet") && nb.starts_with("kari"), "{nb}");
    let anchoring = changes
        .items
        .iter()
        .find(|i| i.kind == ChangeKind::AnchoringAnswered)
        .unwrap();
    assert_eq!(anchoring.target, HistoryTarget::Application(1));
    let en = change_sentence(Lang::En, anchoring);
    assert!(
        en.contains("Helse Nord RHF") && en.contains("supports"),
        "{en}"
    );

    // Only one region's records; a cut list still counts everything.
    let hn = store
        .changes_since(since, Region::from_code("HN"), Some("ola"), 100)
        .unwrap();
    assert!(hn.count < changes.count && hn.count >= 1);
    assert!(
        hn.items
            .iter()
            .all(|i| i.region.map(|r| r.name()) == Some("Helse Nord RHF"))
    );
    let cut = store.changes_since(since, None, Some("ola"), 2).unwrap();
    assert_eq!((cut.count, cut.items.len()), (10, 2));
    // Kari sees Ola's two.
    let for_kari = store.changes_since(since, None, Some("kari"), 100).unwrap();
    assert_eq!(for_kari.count, 2);

    let sentence = since_last_text(Lang::Nb, changes.count, since, Utc::now());
    assert!(
        sentence.starts_with("10 endringer siden sist ("),
        "{sentence}"
    );
    let sentence = since_last_text(Lang::En, 1, since, Utc::now());
    assert!(
        sentence.starts_with("1 change since you last looked ("),
        "{sentence}"
    );
}

fn irf_as(user: &str, home: &Path, db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_irf"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("HOME", home)
        .env("USER", user)
        .env_remove("IRF_DB")
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("XDG_DATA_HOME")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn irf_changes_prints_by_pane_and_as_json_with_its_exit_codes() {
    let (dir, path) = temp_db();
    scripted_day(&path);
    let home = dir.path();
    let o = irf_as("ola", home, &path, &["changes"]);
    let out = String::from_utf8(o.stdout.clone()).unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{out}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(out.starts_with("10 endringer siden sist ("), "{out}");
    for pane in [
        "Årshjul",
        "Årsrapporter",
        "Fornyelser",
        "Kontakter",
        "Saker",
    ] {
        assert!(out.lines().any(|l| l == pane), "{pane}:\n{out}");
    }
    assert!(
        out.lines()
            .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 80),
        "{out}"
    );
    assert!(!out.contains("ola satte"), "{out}");

    let o = irf_as(
        "ola",
        home,
        &path,
        &["--lang", "en", "changes", "--json", "--region", "hso"],
    );
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let count = json["count"].as_u64().unwrap();
    assert_eq!(o.status.code(), Some(if count > 0 { 0 } else { 1 }));
    assert!(json["since"].as_str().unwrap().ends_with('Z'));
    for item in json["items"].as_array().unwrap() {
        for key in [
            "pane", "change", "kind", "id", "title", "value", "region", "user", "person", "at",
            "audit_id", "text",
        ] {
            assert!(item.get(key).is_some(), "{key} in {item}");
        }
        assert_eq!(item["region"], "HSØ");
    }

    let o = irf_as("ola", home, &path, &["changes", "--since", "2999-01-01"]);
    assert_eq!(o.status.code(), Some(1));
    let o = irf_as("ola", home, &path, &["changes", "--since", "igår"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("«igår» er ikke en dato"), "{err}");
    let o = irf_as("per", home, &path, &["--lang", "en", "changes"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("--since YYYY-MM-DD"), "{err}");
}

/// The group's own records, written by Kari, are in Ola's "Siden sist": a leadership
/// period (Årshjul), a dialogue event (Årshjul), a setting-aside (Fornyelser) and an ERN
/// membership (told on its unit, in Tjenester), each with its region.
#[test]
fn the_groups_own_records_are_among_the_changes() {
    use chrono::{Datelike, NaiveDate};
    use irf::domain::ErnStatus;
    use irf::store::{DialogueEdit, ErnEdit, LeadershipEdit, SetAsideEdit};

    let (_dir, path) = temp_db();
    drop(demo_store(&path));
    let mut ola = Store::open(&path, OpenMode::ReadWrite).unwrap();
    ola.set_user("ola");
    ola.mark_closed(Utc::now() - Duration::hours(1)).unwrap();
    let mut kari = Store::open(&path, OpenMode::ReadWrite).unwrap();
    kari.set_user("kari");
    let last_end: String = raw(&path)
        .query_row("SELECT max(ends_on) FROM leadership_periods", [], |r| {
            r.get(0)
        })
        .unwrap();
    let start = NaiveDate::parse_from_str(&last_end, "%Y-%m-%d")
        .unwrap()
        .succ_opt()
        .unwrap();
    let hv = Region::from_code("HV").unwrap();
    let hn = Region::from_code("HN").unwrap();
    let period = kari
        .insert_leadership_period(&LeadershipEdit {
            region: hv,
            starts_on: start,
            ends_on: start
                .with_year(start.year() + 2)
                .unwrap()
                .pred_opt()
                .unwrap(),
            decision: String::new(),
            note: String::new(),
        })
        .unwrap();
    let event = kari
        .insert_dialogue_event(&DialogueEdit {
            held_on: Some(today()),
            title: "Dialogmøte i Tromsø".into(),
            place: "Tromsø".into(),
            region: hn,
            national: false,
            note: String::new(),
        })
        .unwrap();
    let set_aside = kari
        .record_set_aside(
            &SetAsideEdit {
                year: today().year() + 1,
                region: hn,
                percent: Some(3.0),
                mnok: None,
                note: String::new(),
            },
            0,
        )
        .unwrap();
    let unit = ids(
        &path,
        "SELECT id FROM units WHERE region_code = 'HMN' ORDER BY id LIMIT 1",
    )[0];
    kari.insert_ern_membership(&ErnEdit {
        ern: "ERN-RND".into(),
        unit_id: unit,
        hf_id: None,
        status: ErnStatus::Applied,
        starts_on: Some(today()),
        ends_on: None,
        coordinator_id: None,
        note: String::new(),
    })
    .unwrap();

    let since = Utc::now() - Duration::hours(1);
    let changes = ola.changes_since(since, None, Some("ola"), 50).unwrap();
    let told = |target: HistoryTarget| {
        changes
            .items
            .iter()
            .find(|i| i.target == target)
            .unwrap_or_else(|| panic!("{target:?} not in {:#?}", changes.items))
    };
    let cases = [
        (HistoryTarget::Leadership(period), ChangePane::Cycle, "HV"),
        (HistoryTarget::DialogueEvent(event), ChangePane::Cycle, "HN"),
        (
            HistoryTarget::SetAside(set_aside),
            ChangePane::Renewals,
            "HN",
        ),
        (HistoryTarget::Unit(unit), ChangePane::Units, "HMN"),
    ];
    for (target, pane, region) in cases {
        let item = told(target);
        assert_eq!(item.kind, ChangeKind::RecordChanged, "{item:?}");
        assert_eq!(item.pane, pane, "{item:?}");
        assert_eq!(item.region.map(|r| r.code()), Some(region), "{item:?}");
        assert_eq!(item.value.as_deref(), Some("insert"), "{item:?}");
        assert!(!change_sentence(Lang::Nb, item).is_empty());
    }
    let hn_only = ola.changes_since(since, Some(hn), Some("ola"), 50).unwrap();
    let targets: Vec<HistoryTarget> = hn_only.items.iter().map(|i| i.target).collect();
    assert_eq!(
        targets,
        [
            HistoryTarget::SetAside(set_aside),
            HistoryTarget::DialogueEvent(event)
        ],
        "newest first, HN's only"
    );
}
