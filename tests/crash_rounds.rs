//! Crash rounds: a writer is killed with SIGKILL at a random moment, 20 rounds each for
//! two writers on one demo database, and after every round:
//!
//! - `PRAGMA integrity_check` is ok;
//! - every write the writer acknowledged before the kill is there;
//! - the write in flight is all or nothing: a record and its audit row were both
//!   written or neither was, and no other write is half there.
//!
//! The writers:
//! - `irf import units FILE`, the real binary, loading 400 new units; the round's units
//!   are then all there (always, when the run had finished) or none are;
//! - a writer doing what the app's keys do, through the store: new cases, case
//!   sections saved, review answers saved and case status changes, printing `ACK …`
//!   after each write returns. It is this test binary run again with
//!   `--ignored --exact writer_the_rounds_kill`.
//!
//! The moments come from a seeded generator; the seed is printed, and
//! `IRF_CRASH_SEED=<n>` replays a run.

#[path = "crash_rounds/seen.rs"]
mod seen;
mod support;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use irf::domain::{Answer, CaseStatus, CaseType, Code, Region, Section};
use irf::store::{CaseEdit, OpenMode, Store};
use rusqlite::OptionalExtension;

use seen::{KINDS, latest, number, seen};
use support::db::{demo_db, raw, today};
use support::rng::{Rng, seed};

const ROUNDS: u64 = 20;
/// The user the store writer writes as, so its audit rows can be told apart.
const WRITER: &str = "krasj";
/// The units one import round loads.
const UNITS: usize = 400;

fn integrity_ok(db: &Path, round: u64) {
    let check: String = raw(db)
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok", "integrity after round {round}");
}

/// Kills `child` with SIGKILL (a no-op when it has ended) and reaps it; true when it
/// had finished with success before the kill.
fn kill(child: &mut Child) -> bool {
    let finished = matches!(child.try_wait(), Ok(Some(s)) if s.success());
    let _ = child.kill();
    let _ = child.wait();
    finished
}

/// Whether another connection holds the write lock on `conn`'s file now: a
/// `BEGIN IMMEDIATE` that may not wait is refused as busy.
fn write_lock_held(conn: &rusqlite::Connection) -> bool {
    match conn.execute_batch("BEGIN IMMEDIATE; ROLLBACK;") {
        Ok(()) => false,
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy)
        }
    }
}

/// Watches `child` until it ends or holds the write lock; returns when the lock was
/// first seen held, and when it was seen free again (or the child ended).
fn watch_write(child: &mut Child, probe: &rusqlite::Connection) -> (Option<Instant>, Instant) {
    let mut held = None;
    loop {
        if matches!(child.try_wait(), Ok(Some(_))) {
            return (held, Instant::now());
        }
        let now_held = write_lock_held(probe);
        match (held, now_held) {
            (None, true) => held = Some(Instant::now()),
            (Some(_), false) => return (held, Instant::now()),
            _ => {}
        }
        std::thread::sleep(Duration::from_micros(300));
    }
}

#[test]
fn a_killed_import_leaves_all_its_units_or_none() {
    let (dir, db) = demo_db();
    let seed = seed("IRF_CRASH_SEED");
    eprintln!("crash seed {seed} (replay with IRF_CRASH_SEED={seed})");
    let mut rng = Rng(seed);
    let probe = raw(&db);
    probe.busy_timeout(Duration::ZERO).unwrap();
    // The first round runs to its end, and tells how long an import and its write take.
    let (mut span_ms, mut write_us) = (0u64, 0u64);
    // Rounds that finished, were killed before writing, were killed after; and the
    // rounds killed while the import held the write lock.
    let mut outcomes = [0; 3];
    let mut in_write = 0;
    for round in 0..ROUNDS {
        let mut body = String::from("Navn;Type;Region;HF;Godkjent;Funksjon;Årsverk;ERN\n");
        for k in 0..UNITS {
            body.push_str(&format!(
                "Krasjenhet {round}-{k};nettverk;HV;Helse Bergen HF;2021;;1,0;\n"
            ));
        }
        let file = dir.path().join(format!("units-{round}.csv"));
        std::fs::write(&file, body).unwrap();
        let started = Instant::now();
        let mut child = support::cli::command(dir.path())
            .args(["--db", db.to_str().unwrap(), "import", "units"])
            .arg(&file)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let finished = if round == 0 {
            let (held, freed) = watch_write(&mut child, &probe);
            let status = child.wait().unwrap();
            assert!(status.success(), "the first import runs to its end");
            span_ms = started.elapsed().as_millis() as u64;
            write_us = held.map_or(0, |h| (freed - h).as_micros() as u64);
            true
        } else if round % 3 == 0 {
            // Any moment, from half the run to past its end.
            let at = span_ms * (50 + rng.next() % 81) / 100;
            std::thread::sleep(Duration::from_millis(at));
            kill(&mut child)
        } else {
            // Inside the write: once the import holds the lock, a random moment of it.
            loop {
                if matches!(child.try_wait(), Ok(Some(_))) || write_lock_held(&probe) {
                    break;
                }
                std::thread::sleep(Duration::from_micros(300));
            }
            std::thread::sleep(Duration::from_micros(rng.next() % write_us.max(1)));
            let holding = write_lock_held(&probe);
            let finished = kill(&mut child);
            in_write += u64::from(holding && !finished);
            finished
        };
        integrity_ok(&db, round);
        let conn = raw(&db);
        let like = format!("Krasjenhet {round}-%");
        let units: i64 = conn
            .query_row(
                "SELECT count(*) FROM units WHERE name LIKE ?1",
                [&like],
                |r| r.get(0),
            )
            .unwrap();
        let audited: i64 = conn
            .query_row(
                "SELECT count(DISTINCT a.entity_id) FROM audit_log a JOIN units u ON u.id = a.entity_id
                  WHERE a.entity = 'unit' AND u.name LIKE ?1",
                [&like],
                |r| r.get(0),
            )
            .unwrap();
        if finished {
            assert_eq!(
                units, UNITS as i64,
                "round {round} finished, so all its units are there"
            );
        } else {
            assert!(
                units == 0 || units == UNITS as i64,
                "round {round}: {units} of {UNITS} units"
            );
        }
        assert_eq!(
            audited, units,
            "round {round}: every unit has its audit row"
        );
        outcomes[if finished {
            0
        } else if units == 0 {
            1
        } else {
            2
        }] += 1;
    }
    eprintln!(
        "import rounds: {outcomes:?} finished / killed with none / killed after all \
         ({span_ms} ms each, {write_us} µs of it writing); {in_write} killed inside the write"
    );
    assert!(
        in_write > 0,
        "no round was killed while the import was writing; the test proved nothing"
    );
}

#[test]
fn a_killed_writer_keeps_every_acknowledged_write_and_nothing_half_done() {
    let (_dir, db) = demo_db();
    let conn = raw(&db);
    let case: i64 = conn
        .query_row(
            "SELECT min(id) FROM cases WHERE status = 'utkast'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let report: i64 = conn
        .query_row(
            "SELECT r.id FROM annual_reports r JOIN units u ON u.id = r.unit_id
              WHERE r.status = 'mottatt' AND u.kind = 'kompetanse' ORDER BY r.id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let version: i64 = conn
        .query_row(
            "SELECT version FROM annual_reports WHERE id = ?1",
            [report],
            |r| r.get(0),
        )
        .unwrap();
    drop(conn);
    // The answer exists before the rounds (its first save also moves the report on).
    let mut store = Store::open(&db, OpenMode::ReadWrite).unwrap();
    store.set_user("oppsett");
    store
        .save_answer(report, version, "K01", 0, Some(Answer::Ja), "Svar 0")
        .unwrap();
    drop(store);
    let seed = seed("IRF_CRASH_SEED");
    eprintln!("crash seed {seed} (replay with IRF_CRASH_SEED={seed})");
    let mut rng = Rng(seed);
    let mut before = seen(&db, case, report);
    let mut last = [0u64; 4];
    // Rounds whose write in flight had landed when it was killed.
    let mut landed = 0;
    for round in 0..ROUNDS {
        let from = (round + 1) * 1_000_000;
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--ignored",
                "--exact",
                "writer_the_rounds_kill",
                "--nocapture",
            ])
            .env("IRF_CRASH_DB", &db)
            .env("IRF_CRASH_FROM", from.to_string())
            .env("IRF_CRASH_CASE", case.to_string())
            .env("IRF_CRASH_REPORT", report.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let (tx, rx) = mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(ack) = line.strip_prefix("ACK ") {
                    let _ = tx.send(ack.to_string());
                }
            }
        });
        let first = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("the writer writes");
        std::thread::sleep(Duration::from_millis(rng.next() % 120));
        kill(&mut child);
        reader.join().unwrap();
        let acks: Vec<String> = std::iter::once(first).chain(rx.try_iter()).collect();
        integrity_ok(&db, round);

        let mut acked = [0i64; 4];
        let conn = raw(&db);
        for ack in &acks {
            let mut words = ack.split(' ');
            let word = words.next();
            let kind = KINDS.iter().position(|k| Some(*k) == word).expect("a kind");
            let n: u64 = words.next().and_then(|n| n.parse().ok()).expect("a number");
            acked[kind] += 1;
            last[kind] = n;
            if kind == 0 {
                let id: i64 = words.next().and_then(|n| n.parse().ok()).expect("an id");
                let title: Option<String> = conn
                    .query_row("SELECT title FROM cases WHERE id = ?1", [id], |r| r.get(0))
                    .optional()
                    .unwrap();
                assert_eq!(
                    title,
                    Some(format!("Krasjsak {n}")),
                    "round {round}: acknowledged case {id}"
                );
            }
        }
        drop(conn);
        let after = seen(&db, case, report);
        let extra: Vec<i64> = (0..4)
            .map(|k| after.rows[k] - before.rows[k] - acked[k])
            .collect();
        assert!(
            extra.iter().all(|&e| e == 0 || e == 1) && extra.iter().sum::<i64>() <= 1,
            "round {round}: audit rows beyond the {acks:?} acknowledged: {extra:?}"
        );
        // Every change to the case and the answer has its audit row, and no more.
        assert_eq!(
            after.case_version - before.case_version,
            after.rows[1] + after.rows[3] - before.rows[1] - before.rows[3],
            "round {round}: the case's version against its audit rows"
        );
        assert_eq!(
            after.answer_version - before.answer_version,
            after.rows[2] - before.rows[2],
            "round {round}: the answer's version against its audit rows"
        );
        // What the record holds is what its newest audit row says, and no older than
        // the last acknowledged write.
        let (text, now) = latest(
            &db,
            "case",
            case,
            "$.text",
            "SELECT background FROM cases WHERE id = ?1",
        );
        if let Some(text) = text {
            assert_eq!(
                now, text,
                "round {round}: the background against its audit row"
            );
            assert!(
                number(&now) >= last[1],
                "round {round}: {now:?} older than the last acknowledged"
            );
        }
        let (comment, now) = latest(
            &db,
            "report_answer",
            report,
            "$.comment",
            "SELECT comment FROM report_answers WHERE report_id = ?1 AND item_code = 'K01'",
        );
        if let Some(comment) = comment {
            assert_eq!(
                now, comment,
                "round {round}: the answer against its audit row"
            );
            assert!(
                number(&now) >= last[2],
                "round {round}: {now:?} older than the last acknowledged"
            );
        }
        let (status, now) = latest(
            &db,
            "case",
            case,
            "$.status",
            "SELECT status FROM cases WHERE id = ?1",
        );
        if let Some(status) = status {
            assert_eq!(
                now, status,
                "round {round}: the status against its newest audit row"
            );
        }
        landed += extra.iter().sum::<i64>();
        before = after;
    }
    let total: i64 = seen(&db, case, report).rows.iter().sum();
    eprintln!("writer rounds: {total} audit rows, {landed} rounds with the write in flight landed");
    assert!(
        total >= ROUNDS as i64,
        "the rounds wrote: {total} audit rows"
    );
}

fn env_i64(name: &str) -> i64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("{name}"))
}

/// The writer the rounds kill: new cases, sections, answers and status changes in turn,
/// each acknowledged on stdout once the store returns. It runs until killed, and only
/// when the rounds start it (`IRF_CRASH_DB` set).
#[test]
#[ignore = "the writer the crash rounds kill; they run it"]
fn writer_the_rounds_kill() {
    let Some(db) = std::env::var_os("IRF_CRASH_DB") else {
        panic!("run by a_killed_writer_keeps_every_acknowledged_write_and_nothing_half_done");
    };
    let db = Path::new(&db);
    let (from, case, report) = (
        env_i64("IRF_CRASH_FROM") as u64,
        env_i64("IRF_CRASH_CASE"),
        env_i64("IRF_CRASH_REPORT"),
    );
    let conn = raw(db);
    let (mut case_version, mut status): (i64, String) = conn
        .query_row(
            "SELECT version, status FROM cases WHERE id = ?1",
            [case],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let mut report_version: i64 = conn
        .query_row(
            "SELECT version FROM annual_reports WHERE id = ?1",
            [report],
            |r| r.get(0),
        )
        .unwrap();
    let mut answer_version: i64 = conn
        .query_row(
            "SELECT version FROM report_answers WHERE report_id = ?1 AND item_code = 'K01'",
            [report],
            |r| r.get(0),
        )
        .unwrap();
    drop(conn);
    let mut store = Store::open(db, OpenMode::ReadWrite).unwrap();
    store.set_user(WRITER);
    for i in from.. {
        match i % 4 {
            0 => {
                let edit = CaseEdit {
                    title: format!("Krasjsak {i}"),
                    case_type: CaseType::Other,
                    region: Some(Region::Hv),
                };
                let id = store.insert_case(&edit, &[], today()).unwrap();
                println!("ACK insert {i} {id}");
            }
            1 => {
                let text = format!("Bakgrunn {i}");
                case_version = store
                    .save_section(case, case_version, Section::Background, &text)
                    .unwrap();
                println!("ACK section {i}");
            }
            2 => {
                let comment = format!("Svar {i}");
                let saved = store
                    .save_answer(
                        report,
                        report_version,
                        "K01",
                        answer_version,
                        Some(Answer::Ja),
                        &comment,
                    )
                    .unwrap();
                answer_version = saved.version;
                report_version = saved.report_version;
                println!("ACK answer {i}");
            }
            _ => {
                let to = if status == CaseStatus::Draft.code() {
                    CaseStatus::Ready
                } else {
                    CaseStatus::Draft
                };
                case_version = store.set_case_status(case, case_version, to).unwrap();
                status = to.code().to_string();
                println!("ACK status {i} {status}");
            }
        }
    }
}
