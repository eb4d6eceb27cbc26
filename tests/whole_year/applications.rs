//! The autumn's applications for new national services: the call published on 1
//! September (calendar and due), two applications (from HV and HN) received by their own
//! RHF, assessed there and anchored in the other three regions (what each region has
//! to answer shows in `irf due` until it has), then IRF's round ranked and the ranking
//! case drafted into Saker.

use irf::app::{Action, App, Mode, Pane};
use irf::domain::{AnchoringView, ApplicationStep, Code, Region};
use irf::keymap::Context;
use irf::store::{ListKind, Row};
use ratatui::crossterm::event::KeyCode;

use super::desk::{Year, choose, date, items, retype, rows, save, select, view};
use crate::support::app::{key, press, type_text};

pub const FROM_HV: &str = "Nasjonal kompetansetjeneste for barneleddgikt";
pub const FROM_HN: &str = "Nasjonal behandlingstjeneste for epilepsikirurgi hos barn";
pub const RANKING: &str = "Prioritering av søknader om nye nasjonale tjenester 2026";

/// 24 August: the call and shared application form, published 1 September, is due.
pub fn the_call(year: &Year) {
    let calendar = year.calendar(2026);
    let call = items(&calendar, "milestone", "Utlysning og felles søknadsskjema");
    assert_eq!(call.len(), 1, "{calendar:?}");
    assert_eq!(
        (call[0]["date"].as_str(), call[0]["owner"].as_str()),
        (Some("2026-09-01"), Some("nasjonal"))
    );
    let due = year.due("2026-08-24", 14, &[]);
    let call = items(&due, "milestone", "Utlysning og felles søknadsskjema");
    assert_eq!(call.len(), 1, "{due:?}");
    // 25, 26, 27, 28, 31 August and 1 September.
    assert_eq!(call[0]["working_days_left"], 6);
    let deadline = items(&calendar, "milestone", "Søknadsfrist til eget RHF");
    assert_eq!(deadline[0]["date"], "2026-10-15");
}

/// The application titled `title`, as the store reads it.
pub fn application(app: &App, title: &str) -> irf::store::Application {
    let id = rows(app)
        .iter()
        .find(|r| r.title() == title)
        .unwrap_or_else(|| panic!("no application {title:?}"))
        .id();
    app.store.application(id).unwrap()
}

/// `s` on the application `title`: the next step, which the dialog offers first.
fn next_step(app: &mut App, title: &str, to: ApplicationStep) {
    select(app, title);
    press(app, Context::List, Action::Step);
    assert_eq!(app.state.dialog().unwrap().fields[0].value, to.code());
    save(app, Mode::List);
    assert_eq!(application(app, title).step, to);
}

/// 16 October to 25 November: two applications received, assessed in their own region
/// and anchored in the other three; ranked and the ranking case drafted.
pub fn applications(year: &Year) {
    let mut app = year.app(10, 16);
    view(&mut app, ListKind::Applications);
    assert_eq!(app.state.list().total, 0);
    for (title, hf, kind) in [
        (FROM_HV, "helse bergen", "kompetanse"),
        (FROM_HN, "Universitetssykehuset Nord-Norge HF", "behandling"),
    ] {
        press(&mut app, Context::List, Action::New);
        type_text(&mut app, title);
        key(&mut app, KeyCode::Tab);
        type_text(&mut app, hf);
        key(&mut app, KeyCode::Tab);
        choose(&mut app, kind);
        key(&mut app, KeyCode::Tab);
        retype(&mut app, "15.10.2026");
        save(&mut app, Mode::List);
    }
    assert_eq!(app.state.list().total, 2);
    let hv = application(&app, FROM_HV);
    assert_eq!(
        (hv.region, hv.step, hv.hf.as_deref()),
        (
            Region::Hv,
            ApplicationStep::Received,
            Some("Helse Bergen HF")
        )
    );
    assert_eq!(application(&app, FROM_HN).region, Region::Hn);
    for title in [FROM_HV, FROM_HN] {
        next_step(&mut app, title, ApplicationStep::RegionalAssessment);
    }
    drop(app);

    // 16 November: assessed in their own regions, on to the other three.
    let mut app = year.app(11, 16);
    view(&mut app, ListKind::Applications);
    for title in [FROM_HV, FROM_HN] {
        next_step(&mut app, title, ApplicationStep::Anchoring);
    }
    drop(app);
    // What the regions have to answer, by the anchoring milestone (10 December).
    let due = year.due("2026-11-20", 30, &[]);
    let mut pending: Vec<(String, String)> = items(&due, "anchoring", "")
        .iter()
        .map(|v| {
            assert_eq!(v["date"], "2026-12-10", "{v}");
            (
                v["title"].as_str().unwrap().to_string(),
                v["owner"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    pending.sort();
    let mut owners: Vec<&str> = pending.iter().map(|(_, o)| o.as_str()).collect();
    owners.sort_unstable();
    assert_eq!(
        owners,
        ["HMN", "HMN", "HN", "HSØ", "HSØ", "HV"],
        "{pending:?}"
    );
    let hn = year.due("2026-11-20", 30, &["--region", "HN"]);
    let hn = items(&hn, "anchoring", "");
    assert_eq!(hn.len(), 1, "HN answers HV's application only");
    assert!(
        hn[0]["title"].as_str().unwrap().contains("barneleddgikt"),
        "{}",
        hn[0]
    );

    // 25 November: the other three regions answer; HN with remarks.
    let mut app = year.app(11, 25);
    view(&mut app, ListKind::Applications);
    for title in [FROM_HV, FROM_HN] {
        select(&mut app, title);
        for n in 0..3 {
            press(&mut app, Context::List, Action::Anchor);
            assert_eq!(app.state.mode(), Mode::Dialog, "{:?}", app.state.message);
            if title == FROM_HV && n == 2 {
                assert_eq!(app.state.dialog().unwrap().fields[0].value, "HN");
                key(&mut app, KeyCode::Tab);
                choose(&mut app, "stotter_med_merknader");
                key(&mut app, KeyCode::Tab);
                key(&mut app, KeyCode::Tab);
                type_text(&mut app, "Behovet i nord må utredes.");
            }
            save(&mut app, Mode::List);
        }
        let stored = application(&app, title);
        // The applicant's region assessed it; each of the other three has a view.
        let mut regions: Vec<Region> = stored.anchorings.iter().map(|a| a.region).collect();
        regions.push(stored.region);
        regions.sort();
        assert_eq!(regions, [Region::Hso, Region::Hv, Region::Hmn, Region::Hn]);
        assert!(
            stored.anchorings.iter().all(|a| a.view.is_answer()),
            "{stored:?}"
        );
        assert!(
            stored
                .anchorings
                .iter()
                .all(|a| a.answered_on == Some(date(11, 25)))
        );
    }
    let hv = application(&app, FROM_HV);
    let by_hn = hv
        .anchorings
        .iter()
        .find(|a| a.region == Region::Hn)
        .unwrap();
    assert_eq!(
        (by_hn.view, by_hn.note.as_str()),
        (
            AnchoringView::SupportsWithRemarks,
            "Behovet i nord må utredes."
        )
    );
    assert!(
        items(&year.due("2026-11-25", 30, &[]), "anchoring", "").is_empty(),
        "every answer is in"
    );
    for title in [FROM_HV, FROM_HN] {
        next_step(&mut app, title, ApplicationStep::ReadyForIrf);
    }

    // IRF's round: HN's first, then HV's; the ranking case drafted from it.
    view(&mut app, ListKind::Ranking);
    assert_eq!(app.state.list().total, 2);
    select(&mut app, FROM_HN);
    press(&mut app, Context::List, Action::RankUp);
    select(&mut app, FROM_HV);
    press(&mut app, Context::List, Action::RankDown);
    let round: Vec<(String, Option<i64>)> = app
        .store
        .ranking()
        .unwrap()
        .into_iter()
        .map(|a| (a.title, a.irf_rank))
        .collect();
    assert_eq!(
        round,
        [
            (FROM_HN.to_string(), Some(1)),
            (FROM_HV.to_string(), Some(2))
        ]
    );
    press(&mut app, Context::List, Action::DraftCase);
    assert_eq!(app.state.pane, Pane::Cases, "{:?}", app.state.message);
    let Some(Row::Case(case)) = app.state.list().selected_row().cloned() else {
        panic!("the ranking case is selected");
    };
    assert_eq!(case.title, RANKING);
    let case = year.case(case.id);
    let background = case["background"].as_str().unwrap();
    let first = background.find(&format!("1. {FROM_HN}")).expect(background);
    let second = background.find(&format!("2. {FROM_HV}")).expect(background);
    assert!(first < second, "{background}");
    assert!(
        background.contains("Helse Nord RHF: støtter med merknader"),
        "{background}"
    );
}
