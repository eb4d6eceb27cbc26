//! The network and the competence service whose time is up, and the December IRF
//! meeting: ParkinsonNet in year 6 (its renewal case), trening som medisin at the end
//! of its term (the phase-out assessment: three years of transition refused, two saved;
//! its case), then the meeting of 14 December: its agenda exported and read back, the
//! three cases decided in meeting mode (the ranking ranks the applications, IRF's
//! support of the renewal makes the network's next period, of the phase-out answers
//! it), and IRF's decision on each application in Rangering.

use irf::app::{Action, Mode, Pane};
use irf::domain::{ApplicationStep, Code, IrfAnswer};
use irf::keymap::Context;
use irf::store::{ListKind, Row};
use ratatui::crossterm::event::KeyCode;

use super::applications::{FROM_HN, FROM_HV, RANKING, application};
use super::desk::{Year, choose, date, items, message, retype, save, select, view};
use super::season::{new_meeting, put_on_agenda};
use crate::support::app::{key, press, type_text};

const RENEWAL: &str = "Fornyelse av ParkinsonNet for en ny femårsperiode";
const PHASE_OUT: &str = "Avvikling av Nasjonal kompetansetjeneste for trening som medisin \
                         ved slutten av godkjenningsperioden";

/// 15 September: ParkinsonNet in year 6 and its renewal case; trening som medisin's
/// phase-out assessment (at most two years of transition) and its case.
pub fn renewal_and_phase_out(year: &Year) {
    let terms = super::desk::array(year.json(&["terms", "--today", "2026-09-15"]));
    let year_6 = items_of(&terms, "network_year_6", "ParkinsonNet");
    assert_eq!(year_6["year_in_period"], 6);
    assert_eq!(year_6["renewal_state"], "under_evaluering");
    let term = items_of(&terms, "term_end", "trening som medisin");
    assert_eq!(
        (term["date"].as_str(), term["region"].as_str()),
        (Some("2026-12-31"), Some("HMN"))
    );
    assert_eq!(term["phase_out"], serde_json::Value::Null);

    let mut app = year.app(9, 15);
    press(&mut app, Context::Global, Action::PaneRenewals);
    select(&mut app, "ParkinsonNet");
    let Some(Row::Renewal(row)) = app.state.list().selected_row().cloned() else {
        panic!("the network's row");
    };
    let network = row.unit_id;
    assert_eq!(row.state, "under_evaluering", "year 6: the RHFs decide");
    press(&mut app, Context::List, Action::DraftCase);
    assert_eq!(app.state.pane, Pane::Cases, "{:?}", app.state.message);
    let Some(Row::Case(renewal)) = app.state.list().selected_row().cloned() else {
        panic!("the renewal case is selected");
    };
    let stored = app.store.case(renewal.id).unwrap();
    assert_eq!(stored.case_type.code(), "fornyelse");
    assert_eq!(stored.title, RENEWAL);
    let links: Vec<(&str, i64)> = stored
        .links
        .iter()
        .map(|l| (l.entity.as_str(), l.id))
        .collect();
    assert_eq!(links, [("unit", network)]);

    press(&mut app, Context::Global, Action::PaneRenewals);
    let unit = select(&mut app, "trening som medisin");
    press(&mut app, Context::List, Action::Edit);
    assert_eq!(app.state.mode(), Mode::Dialog, "{:?}", app.state.message);
    type_text(&mut app, "Kurs og e-læring videreføres i ordinær drift.");
    key(&mut app, KeyCode::Tab);
    choose(&mut app, "nettverk");
    key(&mut app, KeyCode::Tab);
    retype(&mut app, "3");
    key(&mut app, KeyCode::Tab);
    type_text(
        &mut app,
        "HMN anbefaler at tjenesten videreføres som nettverk.",
    );
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        app.state.mode(),
        Mode::Dialog,
        "three years of transition is refused"
    );
    assert_eq!(
        message(&app),
        "Overgangsfinansiering gis i høyst 2 år, ikke 3. Sett 2 år eller færre."
    );
    assert!(
        app.store.phase_out(unit).unwrap().is_none(),
        "nothing saved"
    );
    press(&mut app, Context::Filter, Action::MoveUp);
    retype(&mut app, "2");
    save(&mut app, Mode::List);
    let saved = app.store.phase_out(unit).unwrap().expect("saved");
    assert_eq!(
        (saved.outcome.map(|o| o.code()), saved.transition_years),
        (Some("nettverk"), 2)
    );
    press(&mut app, Context::List, Action::DraftCase);
    assert_eq!(app.state.pane, Pane::Cases, "{:?}", app.state.message);
    let Some(Row::Case(phase_out)) = app.state.list().selected_row().cloned() else {
        panic!("the phase-out case is selected");
    };
    let stored = app.store.case(phase_out.id).unwrap();
    assert_eq!(
        (stored.case_type.code(), stored.title.as_str()),
        ("avvikling", PHASE_OUT)
    );
    let links: Vec<(&str, i64)> = stored
        .links
        .iter()
        .map(|l| (l.entity.as_str(), l.id))
        .collect();
    assert_eq!(links, [("unit", unit)]);
    let terms = super::desk::array(year.json(&["terms", "--today", "2026-09-15"]));
    let term = items_of(&terms, "term_end", "trening som medisin");
    assert_eq!(term["phase_out"]["outcome"], "nettverk");
    assert_eq!(term["phase_out"]["transition_years"], 2);
    assert_eq!(term["phase_out"]["irf_answer"], serde_json::Value::Null);
}

/// The one item of `irf terms --json` of `kind` whose unit contains `unit`.
fn items_of<'a>(terms: &'a [serde_json::Value], kind: &str, unit: &str) -> &'a serde_json::Value {
    let found: Vec<_> = terms
        .iter()
        .filter(|t| t["kind"] == kind && t["unit"].as_str().is_some_and(|u| u.contains(unit)))
        .collect();
    assert_eq!(found.len(), 1, "{kind} {unit}: {terms:?}");
    found[0]
}

/// 30 November to 14 December: the IRF meeting's agenda, its decisions in meeting mode,
/// and what they did to the applications, the network and the phase-out.
pub fn december_meeting(year: &Year) {
    let mut app = year.app(11, 30);
    new_meeting(&mut app, "14.12.2026", "Gardermoen og Teams");
    let titles = [RANKING, RENEWAL, PHASE_OUT];
    let mut ids = Vec::new();
    for title in titles {
        put_on_agenda(&mut app, title, "14.12.2026");
        ids.push(select(&mut app, title));
    }
    let numbers: Vec<String> = ids
        .iter()
        .map(|id| year.case(*id)["number"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(numbers, ["2/26", "3/26", "4/26"]);
    drop(app);

    let md = year.file("saksliste-desember.md");
    let docx = year.file("saksliste-desember.docx");
    for file in [&md, &docx] {
        year.ok(&[
            "export",
            "agenda",
            "2026-12-14",
            "-o",
            file.to_str().unwrap(),
        ]);
    }
    let text = std::fs::read_to_string(&md).unwrap();
    let document = super::desk::docx_text(&docx);
    for shown in [&text, &document] {
        let at: Vec<usize> = numbers
            .iter()
            .zip(titles)
            .map(|(n, t)| {
                assert!(shown.contains(n.as_str()), "{n} not on the agenda");
                shown
                    .find(t)
                    .unwrap_or_else(|| panic!("{t:?} not on the agenda"))
            })
            .collect();
        assert!(
            at.windows(2).all(|w| w[0] < w[1]),
            "in agenda order: {at:?}"
        );
    }
    for part in [
        "Dato: 14. desember 2026 kl. 10:00",
        "Sted: Gardermoen og Teams",
    ] {
        assert!(text.contains(part), "{part:?} not in\n{text}");
    }

    // 14 December, on the projector: each case decided as proposed, IRF supporting
    // the renewal and the phase-out recommendation.
    let mut app = year.app(12, 14);
    press(&mut app, Context::Global, Action::PaneCases);
    press(&mut app, Context::List, Action::MeetingMode);
    assert_eq!(app.state.mode(), Mode::Meeting, "{:?}", app.state.message);
    let agenda: Vec<i64> = app
        .state
        .meeting()
        .unwrap()
        .agenda
        .items
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(agenda, ids);
    for (i, id) in ids.iter().enumerate() {
        assert_eq!(app.state.meeting().unwrap().position, i);
        key(&mut app, KeyCode::Char('b'));
        let fields = app.state.dialog().unwrap().fields.clone();
        if i > 0 {
            assert_eq!(fields[0].value, "stotter", "IRF's answer, supports first");
        } else {
            assert_eq!(fields.len(), 1, "a ranking takes no answer");
        }
        save(&mut app, Mode::Meeting);
        let case = app.store.case(*id).unwrap();
        assert_eq!(case.status.code(), "vedtatt");
        assert_eq!(case.irf_answer, (i > 0).then_some(IrfAnswer::Supports));
        key(&mut app, KeyCode::Right);
    }
    key(&mut app, KeyCode::Esc);
    drop(app);

    // The ranking decided: both ranked. IRF's decision on each in Rangering.
    let mut app = year.app(12, 14);
    view(&mut app, ListKind::Ranking);
    for (title, decision, note) in [
        (
            FROM_HN,
            "prioritert",
            "Sendes Helsedirektoratet som nummer 1.",
        ),
        (FROM_HV, "utsatt", "Behandles på nytt neste år."),
    ] {
        assert_eq!(application(&app, title).step, ApplicationStep::RankedByIrf);
        select(&mut app, title);
        press(&mut app, Context::List, Action::Decide);
        choose(&mut app, decision);
        key(&mut app, KeyCode::Tab);
        type_text(&mut app, note);
        save(&mut app, Mode::List);
        let stored = application(&app, title);
        assert_eq!(
            (
                stored.irf_decision.map(|d| d.code()),
                stored.irf_note.as_str()
            ),
            (Some(decision), note)
        );
    }

    // The renewal made the next period, from 1 June 2026 for five years.
    let unit = irf::store::Store::open(&year.db, irf::store::OpenMode::ReadOnly)
        .unwrap()
        .search("ParkinsonNet", 1)
        .unwrap()[0]
        .id;
    let network = app.store.network(unit, date(12, 14)).unwrap();
    let periods: Vec<(String, String, &str)> = network
        .periods
        .iter()
        .map(|p| {
            (
                p.starts_on.to_string(),
                p.ends_on.to_string(),
                p.stored_state.code(),
            )
        })
        .collect();
    assert_eq!(
        periods,
        [
            ("2021-06-01".into(), "2026-05-31".into(), "fornyet"),
            ("2026-06-01".into(), "2031-05-31".into(), "lopende"),
        ]
    );
    assert_eq!(network.year_in_period, Some(1));
    press(&mut app, Context::Global, Action::PaneRenewals);
    select(&mut app, "ParkinsonNet");
    let Some(Row::Renewal(row)) = app.state.list().selected_row().cloned() else {
        panic!("the network's row");
    };
    assert_eq!(
        (row.state.as_str(), row.starts_on),
        ("lopende", Some(date(6, 1)))
    );
    // Its year 6 is now in 2031, no longer this year.
    assert!(items(&year.calendar(2026), "network_year_6", "ParkinsonNet").is_empty());
    let next = year.calendar(2031);
    let next = items(&next, "network_year_6", "ParkinsonNet");
    assert_eq!(next.len(), 1);
    assert_eq!(next[0]["date"], "2031-06-01");

    // The phase-out: IRF supports the recommendation, with two years of transition.
    let terms = super::desk::array(year.json(&["terms", "--today", "2026-12-14"]));
    let term = items_of(&terms, "term_end", "trening som medisin");
    assert_eq!(term["phase_out"]["irf_answer"], "stotter");
    assert_eq!(term["phase_out"]["outcome"], "nettverk");
    assert_eq!(term["phase_out"]["transition_years"], 2);
}
