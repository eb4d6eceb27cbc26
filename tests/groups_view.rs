//! The Tjenester pane's list of reference groups that break a rule: exactly the units
//! `irf groups --noncompliant` names, each with its first broken rule on the row and
//! all of them in the detail; drawn at 80×24.

mod support;

use irf::app::Action;
use irf::i18n::Lang;
use irf::keymap::Context;
use irf::store::{ListKind, Row};
use support::app::{press, screen, screen_app};

#[test]
fn every_group_that_breaks_a_rule_is_listed_with_why() {
    let (_dir, mut app) = screen_app(Lang::Nb);
    press(&mut app, Context::Global, Action::PaneUnits);
    press(&mut app, Context::List, Action::NextView);
    assert_eq!(app.state.list().kind, ListKind::Breaches);
    let expected: Vec<i64> = app
        .store
        .reference_groups()
        .unwrap()
        .into_iter()
        .filter(|g| !g.breaches.is_empty())
        .map(|g| g.unit_id)
        .collect();
    assert!(!expected.is_empty(), "the demo has groups that break rules");
    let list = app.state.list();
    let rows = app
        .store
        .list_window(list.kind, &list.filter, 0, 500)
        .unwrap();
    let listed: Vec<i64> = rows
        .iter()
        .map(|r| match r {
            Row::Breach(g) => g.unit_id,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(listed, expected);
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("! "), "the rows are marked without colour");
    insta::assert_snapshot!("breaches_80x24", text);
}
