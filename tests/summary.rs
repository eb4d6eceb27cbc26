//! The season summary on a small hand-made portfolio whose figures are worked out by
//! hand below: the answer table, the combinations, the portfolio, the progress per
//! region, and the IRF summary case drafted from it (`summary/draft.rs`). The CLI's
//! JSON keys and text are in `summary/cli.rs`, the TUI view in `summary/view.rs`.
//!
//! The portfolio (season 2025; competence services unless said otherwise):
//!
//! | id | unit                   | region | approved | age | FTE  | 2025 status     |
//! |----|------------------------|--------|----------|-----|------|-----------------|
//! | 1  | Amming                 | HSØ    | 2016     | 11  | 1.0  | vurdert         |
//! | 2  | Barn og unge           | HSØ    | 1992     | 35  | 87.0 | oppfolging      |
//! | 3  | Døvblinde              | HV     | 2010     | 17  | 3.0  | lukket          |
//! | 4  | Flåttbårne sykdommer   | HMN    | 2021     | 6   | 1.5  | under_vurdering |
//! | 5  | Gynekologisk onkologi  | HN     | 2005     | 22  | 12.0 | mottatt         |
//! | 6  | Kvinnehelse            | HN     | –        | –   | –    | forventet       |
//! | 7  | Brannskade (treatment) | HV     | 2000     |     | 50.0 | vurdert         |
//! | 8  | Sjeldne diagnoser      | HSØ    | 2001     |     | 9.0  | (2024 only)     |
//!
//! Covered: units 1–5 (competence services whose 2025 report is received; unit 6's is
//! still expected): 5 reports.
//! Age, to the review year 2026 = 2026 − (approval year − 1): 11, 35, 17, 6, 22 →
//! sorted 6 11 17 22 35: median 17, mean 91 / 5 = 18.2; oldest 35, youngest 6.
//! FTE: 1.0, 87.0, 3.0, 1.5, 12.0 → sorted 1.0 1.5 3.0 12.0 87.0: median 3.0,
//! mean 104.5 / 5 = 20.9, without the largest (87) 17.5 / 4 = 4.375.
//! Bins (lower bound inclusive): <1.5: 1 (1.0), 1.5–3: 1 (1.5), 3–5: 1 (3.0),
//! 5–10: 0, 10–20: 1 (12.0), >20: 1 (87.0).
//! Progress (every kind, by the unit's region; reviewed = vurdert, oppfolging,
//! lukket): HSØ 2/2 (1, 2), HV 2/2 (3, 7), HMN 0/1 (4), HN 0/2 (5, 6).
//!
//! Answers in 2025 (unit 6 is not covered; unit 8's 2024 answers do not count); open
//! = covered reports without an answer to the item:
//!
//! | item | 1  | 2   | 3      | 4   | 5   | Ja | Nei | Delvis | IR | open |
//! |------|----|-----|--------|-----|-----|----|-----|--------|----|------|
//! | K05  | ja | ja  | delvis | ja  | ja  | 4  | 0   | 1      | 0  | 0    |
//! | K09  | ja | ja  | ja     | nei | IR  | 3  | 1   | 0      | 1  | 0    |
//! | K11  | ja | ja  | nei    | ja  |     | 3  | 1   | 0      | 0  | 1    |
//! | K13  | ja | nei | nei    | ja  | nei | 2  | 3   | 0      | 0  | 0    |
//!
//! Every other item of the K01–K18 list: nothing, 5 open.
//! Combinations: K09 ∧ K11 → 1, 2 (Amming, Barn og unge); K09 ∧ K11 ∧ K13 → 1
//! (Amming); K11 ∧ K13 → 1, 4.
//! What goes well (Ja ≥ ¾ of Ja+Nei+Delvis): K05 4/5, K09 3/4, K11 3/4. Shared
//! challenge (Ja < ½): K13 2/5.
//! Open follow-ups of 2025: unit 2 "Sett resultatmål for effekt" (K13, HSØ, due
//! 01.03.2026), unit 3 "Avklar ansvar mot regionale tilbud" (no item: "Annet", HV);
//! unit 3's done one and unit 8's 2024 one are left out.

use std::path::{Path, PathBuf};

use irf::domain::{Answer, Region};
use irf::store::{OpenMode, Store};

#[path = "summary/cli.rs"]
mod cli;
#[path = "summary/draft.rs"]
mod draft;
mod support;
#[path = "summary/view.rs"]
mod view;

use support::db::raw;

/// The hand-made portfolio above in a new database.
pub fn portfolio_db() -> (tempfile::TempDir, PathBuf) {
    let (dir, path) = support::db::temp_db();
    drop(Store::open(&path, OpenMode::ReadWrite).unwrap());
    let conn = raw(&path);
    conn.execute_batch(
        "INSERT INTO units (id, name, kind, region_code, approved_on, fte) VALUES
            (1, 'Amming', 'kompetanse', 'HSØ', '2016-05-01', 1.0),
            (2, 'Barn og unge', 'kompetanse', 'HSØ', '1992-03-01', 87.0),
            (3, 'Døvblinde', 'kompetanse', 'HV', '2010-01-01', 3.0),
            (4, 'Flåttbårne sykdommer', 'kompetanse', 'HMN', '2021-06-01', 1.5),
            (5, 'Gynekologisk onkologi', 'kompetanse', 'HN', '2005-01-01', 12.0),
            (6, 'Kvinnehelse', 'kompetanse', 'HN', NULL, NULL),
            (7, 'Brannskade', 'behandling', 'HV', '2000-01-01', 50.0),
            (8, 'Sjeldne diagnoser', 'kompetanse', 'HSØ', '2001-01-01', 9.0);
         INSERT INTO annual_reports (id, unit_id, year, status) VALUES
            (1, 1, 2025, 'vurdert'), (2, 2, 2025, 'oppfolging'), (3, 3, 2025, 'lukket'),
            (4, 4, 2025, 'under_vurdering'), (5, 5, 2025, 'mottatt'),
            (6, 6, 2025, 'forventet'), (7, 7, 2025, 'vurdert'), (8, 8, 2024, 'vurdert');
         INSERT INTO report_answers (report_id, item_code, answer) VALUES
            (1, 'K05', 'ja'), (1, 'K09', 'ja'), (1, 'K11', 'ja'), (1, 'K13', 'ja'),
            (2, 'K05', 'ja'), (2, 'K09', 'ja'), (2, 'K11', 'ja'), (2, 'K13', 'nei'),
            (3, 'K05', 'delvis'), (3, 'K09', 'ja'), (3, 'K11', 'nei'), (3, 'K13', 'nei'),
            (4, 'K05', 'ja'), (4, 'K09', 'nei'), (4, 'K11', 'ja'), (4, 'K13', 'ja'),
            (5, 'K05', 'ja'), (5, 'K09', 'ikke_relevant'), (5, 'K13', 'nei'),
            (7, 'B01', 'ja'),
            (8, 'K09', 'ja'), (8, 'K11', 'ja'), (8, 'K13', 'ja');
         INSERT INTO follow_ups (report_id, text, owner_region, due_on, done, item_code) VALUES
            (2, 'Sett resultatmål for effekt', 'HSØ', '2026-03-01', 0, 'K13'),
            (3, 'Avklar ansvar mot regionale tilbud', 'HV', NULL, 0, NULL),
            (3, 'Dokumenter resultater', 'HV', NULL, 1, 'K11'),
            (8, 'Gammel oppfølging', 'HSØ', NULL, 0, 'K09');",
    )
    .unwrap();
    (dir, path)
}

fn open(path: &Path) -> Store {
    Store::open(path, OpenMode::ReadWrite).unwrap()
}

fn codes(c: &[&str]) -> Vec<String> {
    c.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_answer_table_counts_each_answer_per_item() {
    let (_dir, path) = portfolio_db();
    let s = open(&path).season_summary(2025).unwrap();
    assert_eq!(s.year, 2025);
    assert_eq!(s.reports, 5);
    let codes: Vec<&str> = s.items.iter().map(|i| i.item.code.as_str()).collect();
    assert_eq!(codes.len(), 18, "the K01–K18 list");
    assert_eq!(codes[0], "K01");
    let line = |code: &str| {
        let i = s.items.iter().find(|i| i.item.code == code).unwrap();
        (i.counts, i.unanswered)
    };
    assert_eq!(line("K05"), ([4, 0, 1, 0], 0));
    assert_eq!(line("K09"), ([3, 1, 0, 1], 0));
    assert_eq!(line("K11"), ([3, 1, 0, 0], 1));
    assert_eq!(line("K13"), ([2, 3, 0, 0], 0));
    assert_eq!(line("K01"), ([0, 0, 0, 0], 5));
    let k13 = s.items.iter().find(|i| i.item.code == "K13").unwrap();
    assert_eq!(k13.count(Answer::Nei), 3);
}

#[test]
fn the_portfolio_is_computed_as_the_2018_review_did() {
    let (_dir, path) = portfolio_db();
    let p = open(&path).season_summary(2025).unwrap().portfolio;
    assert_eq!(p.units, 5);
    assert_eq!(p.age.count, 5);
    assert_eq!(p.age.median, Some(17.0));
    assert!((p.age.mean.unwrap() - 18.2).abs() < 1e-9);
    assert_eq!(p.age_range, Some((35, 6)));
    assert_eq!(p.fte.count, 5);
    assert_eq!(p.fte.median, Some(3.0));
    assert!((p.fte.mean.unwrap() - 20.9).abs() < 1e-9);
    assert_eq!(p.fte_largest, Some(87.0));
    assert_eq!(p.fte_mean_without_largest, Some(4.375));
    assert_eq!(p.fte_bins, [1, 1, 1, 0, 1, 1]);
}

#[test]
fn progress_is_per_region_in_fixed_order() {
    let (_dir, path) = portfolio_db();
    let s = open(&path).season_summary(2025).unwrap();
    let got: Vec<(Region, usize, usize)> = s
        .progress
        .iter()
        .map(|p| (p.region, p.reviewed, p.total))
        .collect();
    assert_eq!(
        got,
        [
            (Region::Hso, 2, 2),
            (Region::Hv, 2, 2),
            (Region::Hmn, 0, 1),
            (Region::Hn, 0, 2)
        ]
    );
}

#[test]
fn combinations_need_ja_to_every_item_in_the_season() {
    let (_dir, path) = portfolio_db();
    let store = open(&path);
    let names = |c: &[&str]| {
        let (n, units) = store.combination(2025, &codes(c)).unwrap();
        assert_eq!(n, units.len());
        units.into_iter().map(|u| u.name).collect::<Vec<_>>()
    };
    assert_eq!(names(&["K09", "K11"]), ["Amming", "Barn og unge"]);
    assert_eq!(names(&["K09", "K11", "K13"]), ["Amming"]);
    assert_eq!(names(&["K11", "K13"]), ["Amming", "Flåttbårne sykdommer"]);
    // Unit 8 answered Ja to all three, but in 2024.
    let (n, units) = store
        .combination(2024, &codes(&["K09", "K11", "K13"]))
        .unwrap();
    assert_eq!((n, units[0].id), (1, 8));
    assert_eq!(store.combination(2025, &[]).unwrap().0, 0);
}

#[test]
fn an_empty_season_has_zeros_and_no_figures() {
    let (_dir, path) = portfolio_db();
    let s = open(&path).season_summary(2019).unwrap();
    assert_eq!(s.reports, 0);
    assert_eq!(s.portfolio.age.median, None);
    assert_eq!(s.portfolio.fte_mean_without_largest, None);
    assert!(
        s.items
            .iter()
            .all(|i| i.counts == [0; 4] && i.unanswered == 0)
    );
    assert!(s.progress.iter().all(|p| p.total == 0));
}
