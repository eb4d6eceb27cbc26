//! The Fornyelser pane's money view: the 2022 grant table per region with the service
//! environment's 2 % and 4 % shares (the reference figures 4.9, 1.5, 1.6, 0.7 and 8.7
//! in all, with a decimal comma in bokmål), the networks' frames, and the year moved
//! with `<` `>` (the latest grant year up to the one chosen).

mod support;

use irf::app::Action;
use irf::i18n::Lang;
use irf::keymap::Context;
use irf::store::{ListKind, Row};
use support::app::{press, screen, screen_app};

#[test]
fn the_money_per_region_matches_the_2022_figures() {
    let (_dir, mut app) = screen_app(Lang::Nb);
    press(&mut app, Context::Global, Action::PaneRenewals);
    press(&mut app, Context::List, Action::NextView);
    assert_eq!(app.state.list().kind, ListKind::Money);
    let list = app.state.list();
    let rows = app
        .store
        .list_window(list.kind, &list.filter, 0, 10)
        .unwrap();
    assert_eq!(rows.len(), 5, "four regions and the total");
    let high: Vec<String> = rows
        .iter()
        .map(|r| match r {
            Row::Money(m) => format!("{:.1}", irf::domain::round_mnok(m.line.share_high_mnok)),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(high, ["4.9", "1.5", "1.6", "0.7", "8.7"]);
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("8,7"), "{text}");
    insta::assert_snapshot!("money_80x24", text);
    // Years before the table have no grant: the view says 0, and the year is shown.
    press(&mut app, Context::List, Action::PrevYear);
    for _ in 0..5 {
        press(&mut app, Context::List, Action::PrevYear);
    }
    let list = app.state.list();
    let rows = app
        .store
        .list_window(list.kind, &list.filter, 0, 10)
        .unwrap();
    let Row::Money(total) = rows.last().unwrap() else {
        panic!("the total");
    };
    assert_eq!(total.line.grant_mnok, 0.0, "no grant table before 2022");
}
