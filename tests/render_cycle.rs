//! The Årshjul pane drawn on ratatui's `TestBackend`: the timeline (a quarter at 80×24,
//! the whole year at 200×50), the milestones, applications and ranking views, and a
//! dialog; no panic at any size in any view or with a dialog open.

mod support;

use irf::app::{Action, Mode};
use irf::i18n::Lang;
use irf::keymap::Context;
use irf::store::ListKind;
use support::app::{press, screen, screen_app};

fn next_view(app: &mut irf::app::App) {
    press(app, Context::List, Action::NextView);
}

#[test]
fn the_timeline_at_80x24_and_200x50() {
    let (_dir, mut app) = screen_app(Lang::Nb);
    insta::assert_snapshot!("timeline_80x24", screen(&mut app, 80, 24));
    insta::assert_snapshot!("timeline_200x50", screen(&mut app, 200, 50));
    let wide = screen(&mut app, 200, 50);
    for month in ["jan", "jun", "des"] {
        assert!(
            wide.contains(month),
            "the whole year at 200 columns: {month}"
        );
    }
    let narrow = screen(&mut app, 80, 24);
    assert!(
        narrow.contains("nov") && !narrow.contains("jun"),
        "one quarter at 80"
    );
    // l shows the next quarter (the year's first, going round).
    press(&mut app, Context::List, Action::NextPeriod);
    let next = screen(&mut app, 80, 24);
    assert!(next.contains("jan") && !next.contains("nov"), "{next}");
}

#[test]
fn the_other_views_at_80x24_and_160x48() {
    let (_dir, mut app) = screen_app(Lang::Nb);
    for name in ["milestones", "applications", "ranking"] {
        next_view(&mut app);
        for (w, h) in [(80, 24), (160, 48)] {
            insta::assert_snapshot!(format!("cycle_{name}_{w}x{h}"), screen(&mut app, w, h));
        }
    }
    assert_eq!(app.state.list().kind, ListKind::Ranking);
}

#[test]
fn the_anchoring_matrix_and_a_dialog_in_english() {
    let (_dir, mut app) = screen_app(Lang::En);
    next_view(&mut app);
    next_view(&mut app);
    insta::assert_snapshot!("applications_en_120x40", screen(&mut app, 120, 40));
    press(&mut app, Context::List, Action::Anchor);
    assert_eq!(app.state.mode(), Mode::Dialog);
    insta::assert_snapshot!("anchoring_dialog_en_80x24", screen(&mut app, 80, 24));
}

#[test]
fn no_panic_at_any_size_in_any_view() {
    let (_dir, mut app) = screen_app(Lang::Nb);
    for view in 0..5 {
        if view == 4 {
            press(&mut app, Context::List, Action::New);
        }
        for w in (1..=210)
            .step_by(13)
            .chain([49, 50, 99, 100, 119, 120, 179, 180])
        {
            for h in (1..=60).step_by(7).chain([13, 14, 15]) {
                assert!(!screen(&mut app, w, h).is_empty());
            }
        }
        if view < 3 {
            next_view(&mut app);
        }
    }
}
