//! Every overlay and focus drawn at every size from 1×1 up on ratatui's test backend, in
//! both languages: the headless half of the resize storm (`tests/pty_storm.rs` is the
//! other), cheap enough to sweep many sizes and catch panics in layout code.

mod support;

use irf::app::{Action, App, Mode};
use irf::domain::ReportStatus;
use irf::i18n::Lang;
use irf::keymap::Context;
use irf::store::Row;
use ratatui::crossterm::event::KeyCode;
use support::app::{draw, key, press, screen_app, type_text};

/// The sizes swept: every width with a few heights and every height with a few
/// widths, from 1 (where layouts run out of room) in steps up to 300×100, and the
/// corners.
fn sizes() -> Vec<(u16, u16)> {
    let widths: Vec<u16> = (1..=10)
        .chain((13..=300).step_by(17))
        .chain([300])
        .collect();
    let heights: Vec<u16> = (1..=10)
        .chain((12..=100).step_by(11))
        .chain([100])
        .collect();
    let mut all = Vec::new();
    for &w in &widths {
        for h in [1, 5, 24] {
            all.push((w, h));
        }
    }
    for &h in &heights {
        for w in [1, 9, 80] {
            all.push((w, h));
        }
    }
    all.extend([
        (300, 100),
        (299, 99),
        (1, 100),
        (300, 1),
        (80, 24),
        (160, 48),
    ]);
    all
}

/// Selects the first received report in Årsrapporter.
fn select_received(app: &mut App) {
    press(app, Context::Global, Action::PaneReports);
    press(app, Context::List, Action::First);
    for _ in 0..app.state.list().total {
        if let Some(Row::Report(r)) = app.state.list().selected_row()
            && r.status == ReportStatus::Received
        {
            return;
        }
        press(app, Context::List, Action::MoveDown);
    }
    panic!("no received report in the demo");
}

/// A way into a mode: its name, the mode it must reach, and the keys that get there.
type Scene = (&'static str, Mode, fn(&mut App));

fn scenes() -> Vec<Scene> {
    vec![
        ("cycle list", Mode::List, |a| {
            press(a, Context::Global, Action::PaneCycle)
        }),
        ("units detail", Mode::Detail, |a| {
            press(a, Context::Global, Action::PaneUnits);
            press(a, Context::List, Action::Open);
        }),
        ("renewals list", Mode::List, |a| {
            press(a, Context::Global, Action::PaneRenewals)
        }),
        ("help", Mode::Help, |a| {
            press(a, Context::Global, Action::Help)
        }),
        ("palette", Mode::Palette, |a| {
            press(a, Context::Global, Action::Palette);
            type_text(a, "sa");
        }),
        ("filter", Mode::Filter, |a| {
            press(a, Context::Global, Action::PaneContacts);
            press(a, Context::List, Action::Filter);
            type_text(a, "ø");
        }),
        ("contact form", Mode::Form, |a| {
            press(a, Context::Global, Action::PaneContacts);
            press(a, Context::List, Action::New);
            type_text(a, "Åse Ødegård");
        }),
        ("confirm", Mode::Confirm, |a| {
            press(a, Context::Global, Action::PaneContacts);
            press(a, Context::List, Action::Delete);
        }),
        ("case dialog", Mode::Dialog, |a| {
            press(a, Context::Global, Action::PaneCases);
            press(a, Context::List, Action::New);
        }),
        ("case editor", Mode::Editor, |a| {
            press(a, Context::Global, Action::PaneCases);
            press(a, Context::List, Action::Edit);
            type_text(a, "Tekst med æøå");
        }),
        ("meeting", Mode::Meeting, |a| {
            press(a, Context::Global, Action::PaneCases);
            press(a, Context::List, Action::MeetingMode);
            key(a, KeyCode::Right);
        }),
        ("review", Mode::Review, |a| {
            select_received(a);
            press(a, Context::List, Action::Open);
        }),
        ("history", Mode::History, |a| {
            press(a, Context::Global, Action::PaneReports);
            press(a, Context::List, Action::History);
        }),
        ("since last", Mode::SinceLast, |a| {
            press(a, Context::Global, Action::PaneUnits);
            press(a, Context::List, Action::SinceLast);
        }),
    ]
}

/// Draws every scene at every size in `lang`, failing with the scene and size that
/// panicked.
fn sweep(lang: Lang) {
    let sizes = sizes();
    let started = std::time::Instant::now();
    let mut draws = 0;
    for (name, mode, enter) in scenes() {
        let (_dir, mut app) = screen_app(lang);
        enter(&mut app);
        assert_eq!(
            app.state.mode(),
            mode,
            "{name} ({lang:?}): {:?}",
            app.state.message
        );
        for &(w, h) in &sizes {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                draw(&mut app, w, h);
            }));
            assert!(result.is_ok(), "{name} ({lang:?}) panicked at {w}×{h}");
            draws += 1;
        }
        assert_eq!(app.state.mode(), mode, "drawing changed the mode");
    }
    eprintln!("{lang:?}: {draws} draws in {:?}", started.elapsed());
}

#[test]
fn every_mode_draws_at_every_size_in_bokmal() {
    sweep(Lang::Nb);
}

#[test]
fn every_mode_draws_at_every_size_in_english() {
    sweep(Lang::En);
}
