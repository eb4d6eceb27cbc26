//! The summary view of the Årsrapporter pane on the hand-made season: the answer
//! table, the bars, the portfolio, a combination typed in the filter line, and `c`
//! drafting the summary case into Saker.

use irf::app::{Action, App, Mode, Pane};
use irf::i18n::Lang;
use irf::keymap::{Context, Keymap};
use irf::store::{ListKind, OpenMode, Row, Store};

use super::portfolio_db;
use super::support::app::{press, screen, type_text};
use super::support::db::today;

fn summary_app(path: &std::path::Path, lang: Lang) -> App {
    let store = Store::open(path, OpenMode::ReadWrite).unwrap();
    let mut app = App::new(store, Keymap::defaults(), lang, today(), false);
    app.state.user = "tester".into();
    app.state.db_label = "irf.sqlite".into();
    app.state.color = false;
    press(&mut app, Context::Global, Action::PaneReports);
    press(&mut app, Context::List, Action::NextView);
    app
}

#[test]
fn the_view_shows_the_table_bars_and_figures() {
    let (_dir, path) = portfolio_db();
    let mut app = summary_app(&path, Lang::Nb);
    assert_eq!(app.state.list().kind, ListKind::Summary);
    assert_eq!(app.state.list().filter.year, 2025);
    assert_eq!(app.state.list().total, 18);
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("HSØ ████████████████████ 2/2"), "{text}");
    assert!(text.contains("HMN ░░░░░░░░░░░░░░░░░░░░ 0/1"), "{text}");
    assert!(
        text.contains("Alder (år): median 17,0, snitt 18,2"),
        "{text}"
    );
    let small = screen(&mut app, 80, 24);
    // Beside the other snapshots, in tests/snapshots.
    insta::with_settings!({ snapshot_path => "../snapshots" }, {
        insta::assert_snapshot!("summary_120x40", text);
        insta::assert_snapshot!("summary_80x24", small);
    });
}

#[test]
fn item_codes_in_the_filter_line_give_the_combination() {
    let (_dir, path) = portfolio_db();
    let mut app = summary_app(&path, Lang::En);
    press(&mut app, Context::List, Action::Filter);
    type_text(&mut app, "k09 k11");
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.mode(), Mode::List);
    assert_eq!(
        app.state.list().total,
        18,
        "the codes do not narrow the table"
    );
    let Some(Row::SummaryItem(r)) = app.state.list().selected_row() else {
        panic!("a summary row");
    };
    match &r.view.combination {
        Some(irf::store::CombinationResult::Found { codes, units }) => {
            assert_eq!(codes, &["K09", "K11"]);
            let names: Vec<&str> = units.iter().map(|u| u.name.as_str()).collect();
            assert_eq!(names, ["Amming", "Barn og unge"]);
        }
        other => panic!("{other:?}"),
    }
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("2 units answer yes to K09 ∧ K11"), "{text}");
    assert!(text.contains("- Barn og unge"), "{text}");
    // A word that is no code says so, and which.
    press(&mut app, Context::List, Action::Filter);
    type_text(&mut app, " x");
    press(&mut app, Context::Filter, Action::Open);
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("“x” is not an item code"), "{text}");
}

#[test]
fn c_drafts_the_summary_case_and_goes_to_it() {
    let (_dir, path) = portfolio_db();
    let mut app = summary_app(&path, Lang::Nb);
    press(&mut app, Context::List, Action::DraftCase);
    assert_eq!(app.state.pane, Pane::Cases);
    let Some(Row::Case(case)) = app.state.list().selected_row() else {
        panic!("the new case is selected");
    };
    assert_eq!(case.title, "Oppsummering av årsrapporter 2025");
    let message = app.state.message.clone().unwrap();
    assert!(!message.is_error);
    assert_eq!(
        message.text,
        "Saken «Oppsummering av årsrapporter 2025» er laget som utkast i Saker."
    );
    // A season without reports drafts nothing.
    press(&mut app, Context::Global, Action::PaneReports);
    for _ in 0..3 {
        press(&mut app, Context::List, Action::PrevYear);
    }
    press(&mut app, Context::List, Action::DraftCase);
    let message = app.state.message.clone().unwrap();
    assert!(message.is_error);
    assert!(
        message
            .text
            .starts_with("Ingen kompetansetjenester har årsrapport for 2022")
    );
    assert_eq!(
        app.store.case_title(1).unwrap(),
        "Oppsummering av årsrapporter 2025"
    );
    assert!(app.store.case_title(2).is_err(), "only one case");
}
