//! A record's history from the audit log: newest first, a report's answers and
//! follow-ups in it, a unit's reference group, the person behind an OS user, paging
//! over more than 10,000 rows without gaps or repeats (and the query reading only the
//! page, through indexes), a reused id not inheriting an older record's rows, and the
//! entries in the UI's words in bokmål and English, never raw JSON.

mod support;

use std::path::Path;

use irf::domain::{Answer, Code, Region, follow_up};
use irf::i18n::{Lang, history_lines};
use irf::store::{ContactEdit, HistoryTarget, MemberEdit, OpenMode, Store};

use support::db::{demo_store, raw, temp_db};

fn report_in(path: &Path, status: &str) -> i64 {
    raw(path)
        .query_row(
            "SELECT r.id FROM annual_reports r JOIN units u ON u.id = r.unit_id
              WHERE r.status = ?1 AND u.kind = 'kompetanse' ORDER BY r.year DESC, r.id LIMIT 1",
            [status],
            |r| r.get(0),
        )
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

/// A report answered, given a follow-up and finished, by two users.
fn reviewed(path: &Path) -> (Store, i64) {
    let mut store = demo_store(path);
    store.set_user("ola");
    let id = report_in(path, "mottatt");
    let v = version(path, "annual_reports", id);
    let saved = store
        .save_answer(id, v, "K01", 0, Some(Answer::Ja), "")
        .unwrap();
    store.set_user("kari");
    let item = follow_up("Avklar \u{1b}[31mansvar", "HV", "15.03.2027", Some("K04")).unwrap();
    let (_, saved) = store
        .add_follow_up(id, saved.report_version, &item)
        .unwrap();
    store.finish_review(id, saved.report_version).unwrap();
    (store, id)
}

#[test]
fn a_reports_history_is_newest_first_with_its_answers_and_follow_ups() {
    let (_dir, path) = temp_db();
    let (store, id) = reviewed(&path);
    let page = store.history(HistoryTarget::Report(id), None, 50).unwrap();
    let seen: Vec<(&str, &str, &str)> = page
        .entries
        .iter()
        .map(|e| (e.user.as_str(), e.entity.as_str(), e.action.as_str()))
        .collect();
    assert_eq!(
        seen,
        [
            ("kari", "annual_report", "status"),
            ("kari", "follow_up", "insert"),
            ("ola", "annual_report", "status"),
            ("ola", "report_answer", "insert"),
        ]
    );
    assert!(page.entries.windows(2).all(|w| w[0].id > w[1].id));
    assert_eq!(page.before, None);
    assert_eq!(page.entries[3].subject.as_deref(), Some("K01"));
    let status = &page.entries[2].changes[0];
    assert_eq!(status.field, "status");
    assert_eq!(status.old, Some(serde_json::json!("mottatt")));
    assert_eq!(status.new, Some(serde_json::json!("under_vurdering")));
    // Another report's rows are not in it.
    let other = report_in(&path, "vurdert");
    let theirs = store
        .history(HistoryTarget::Report(other), None, 50)
        .unwrap();
    assert!(
        theirs
            .entries
            .iter()
            .all(|e| e.user != "kari" && e.user != "ola")
    );
}

#[test]
fn entries_are_in_the_ui_words_in_both_languages() {
    let (_dir, path) = temp_db();
    let (store, id) = reviewed(&path);
    let page = store.history(HistoryTarget::Report(id), None, 50).unwrap();
    let nb: Vec<String> = page
        .entries
        .iter()
        .flat_map(|e| history_lines(Lang::Nb, e))
        .collect();
    let en: Vec<String> = page
        .entries
        .iter()
        .flat_map(|e| history_lines(Lang::En, e))
        .collect();
    let nb = nb.join("\n");
    let en = en.join("\n");
    for text in [&nb, &en] {
        assert!(
            !text.contains('{') && !text.contains('"'),
            "JSON leaked:\n{text}"
        );
        assert!(
            !text.contains('\u{1b}'),
            "an escape reached the output:\n{text}"
        );
        assert!(
            !text.contains("under_vurdering") && !text.contains("report_answer"),
            "{text}"
        );
    }
    assert!(nb.contains("Status: mottatt → under vurdering"), "{nb}");
    assert!(nb.contains("Sjekkpunkt K01: opprettet"), "{nb}");
    assert!(nb.contains("Svar: Ja"), "{nb}");
    assert!(nb.contains("Frist: 15.03.2027"), "{nb}");
    assert!(nb.contains("Ansvarlig region: Helse Vest RHF"), "{nb}");
    assert!(en.contains("Status: received → in review"), "{en}");
    assert!(en.contains("Checklist item K01: created"), "{en}");
    assert!(en.contains("Answer: Yes"), "{en}");
    assert!(en.contains("Due: 2027-03-15"), "{en}");
    // Each entry's heading has a date as the language writes it and a time of day.
    let heading = &history_lines(Lang::Nb, &page.entries[0])[0];
    let date = heading.split(' ').next().unwrap();
    assert!(
        date.len() == 10 && date.as_bytes()[2] == b'.' && date.as_bytes()[5] == b'.',
        "{heading}"
    );
    assert!(heading.contains("kari"), "{heading}");
}

#[test]
fn the_person_behind_an_os_user_is_named_with_their_region() {
    let (_dir, path) = temp_db();
    let (mut store, id) = reviewed(&path);
    let contact = store
        .insert_contact(&ContactEdit {
            name: "Kari Nordmann".into(),
            region: Region::from_code("HN"),
            ..Default::default()
        })
        .unwrap();
    let (_, v) = store.contact(contact).unwrap();
    store.set_contact_user(contact, v, Some("kari")).unwrap();
    store.set_user("ola");
    store
        .set_user_region(Region::from_code("HV").unwrap())
        .unwrap();
    let page = store.history(HistoryTarget::Report(id), None, 50).unwrap();
    let kari = &page.entries[0];
    assert_eq!(kari.person.as_deref(), Some("Kari Nordmann"));
    assert_eq!(kari.region.map(Code::code), Some("HN"));
    let ola = page.entries.iter().find(|e| e.user == "ola").unwrap();
    assert_eq!(ola.person, None);
    assert_eq!(
        ola.region.map(Code::code),
        Some("HV"),
        "the region ola chose"
    );
    let heading = &history_lines(Lang::En, kari)[0];
    assert!(heading.contains("kari (Kari Nordmann, HN)"), "{heading}");
}

#[test]
fn a_units_history_holds_its_reference_group() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let unit: i64 = raw(&path)
        .query_row("SELECT id FROM units ORDER BY id LIMIT 1", [], |r| r.get(0))
        .unwrap();
    let member = store
        .add_member(
            unit,
            &MemberEdit {
                name: "Per Medlem".into(),
                region: "HN".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let (notes, v) = store.unit_notes(unit).unwrap();
    store
        .update_unit_notes(unit, v, &format!("{notes}\nNy merknad"))
        .unwrap();
    let page = store.history(HistoryTarget::Unit(unit), None, 10).unwrap();
    let kinds: Vec<&str> = page.entries.iter().map(|e| e.entity.as_str()).collect();
    assert_eq!(kinds, ["unit", "reference_group_member"]);
    let own = store
        .history(HistoryTarget::Member(member), None, 10)
        .unwrap();
    assert_eq!(own.entries.len(), 1);
}

#[test]
fn a_reused_id_does_not_inherit_the_deleted_records_history() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let max: i64 = raw(&path)
        .query_row("SELECT max(id) FROM contacts", [], |r| r.get(0))
        .unwrap();
    let (mut c, v) = store.contact(max).unwrap();
    c.phone = "+47 1".into();
    let v = store.update_contact(max, v, &c).unwrap();
    store.delete_contact(max, v).unwrap();
    let gone = store
        .history(HistoryTarget::Contact(max), None, 10)
        .unwrap();
    assert_eq!(gone.entries.len(), 2, "a deleted contact keeps its history");
    let new = store
        .insert_contact(&ContactEdit {
            name: "Ny".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(new, max);
    let page = store
        .history(HistoryTarget::Contact(new), None, 10)
        .unwrap();
    assert_eq!(page.entries.len(), 1);
    assert_eq!(page.entries[0].action, "insert");
}

/// `n` audit rows about report `id`, interleaved with as many about another report,
/// written straight into the log (a long-lived record), in one transaction.
fn long_history(path: &Path, id: i64, other: i64, n: usize) {
    let mut conn = raw(path);
    let tx = conn.transaction().unwrap();
    {
        let mut stmt = tx
            .prepare(
                "INSERT INTO audit_log (at, user, entity, entity_id, action, old_value, new_value)
                 VALUES ('2026-01-01T10:00:00Z', 'gen', 'annual_report', ?1, 'update',
                         json_object('assessment', ?2), json_object('assessment', ?3))",
            )
            .unwrap();
        for i in 0..n {
            stmt.execute((id, format!("v{i}"), format!("v{}", i + 1)))
                .unwrap();
            stmt.execute((other, "a", "b")).unwrap();
        }
    }
    tx.commit().unwrap();
}

#[test]
fn a_history_of_more_than_ten_thousand_rows_pages_without_gaps() {
    let (_dir, path) = temp_db();
    drop(demo_store(&path));
    let id = report_in(&path, "mottatt");
    let other = report_in(&path, "vurdert");
    long_history(&path, id, other, 10_500);
    let store = Store::open(&path, OpenMode::ReadOnly).unwrap();
    let mut seen = Vec::new();
    let mut before = None;
    let mut pages = 0;
    loop {
        let page = store
            .history(HistoryTarget::Report(id), before, 500)
            .unwrap();
        assert!(page.entries.len() <= 500);
        pages += 1;
        seen.extend(page.entries.iter().map(|e| e.id));
        match page.before {
            Some(b) => before = Some(b),
            None => break,
        }
    }
    assert_eq!(seen.len(), 10_500);
    assert_eq!(pages, 21);
    assert!(
        seen.windows(2).all(|w| w[0] > w[1]),
        "newest first, no repeats"
    );
    // The first page is the newest assessment.
    let first = store.history(HistoryTarget::Report(id), None, 1).unwrap();
    assert_eq!(
        first.entries[0].changes[0].new,
        Some(serde_json::json!("v10500"))
    );
}

#[test]
fn the_history_query_reads_the_page_through_indexes() {
    let (_dir, path) = temp_db();
    drop(demo_store(&path));
    let conn = raw(&path);
    let plan = |sql: &str| -> String {
        let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        stmt.query_map([], |r| r.get::<_, String>(3))
            .unwrap()
            .map(Result::unwrap)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let own = plan(
        "SELECT id FROM audit_log WHERE entity = 'annual_report' AND entity_id = 1
            AND id < 99 AND id >= 0 ORDER BY id DESC LIMIT 21",
    );
    assert!(own.contains("USING COVERING INDEX audit_entity"), "{own}");
    assert!(!own.contains("TEMP B-TREE"), "{own}");
    let children = plan(
        "SELECT id FROM audit_log WHERE parent_entity = 'annual_report' AND parent_id = 1
            AND id < 99 AND id >= 0 ORDER BY id DESC LIMIT 21",
    );
    assert!(children.contains("INDEX audit_parent"), "{children}");
    assert!(!children.contains("TEMP B-TREE"), "{children}");
    let births = plan(
        "SELECT max(id) FROM audit_log WHERE entity = 'contact' AND entity_id = 1
            AND old_value IS NULL
            AND action IN ('insert', 'import', 'draft_ranking', 'draft_summary')",
    );
    assert!(births.contains("INDEX audit_births"), "{births}");
}
