//! The report season, February to June 2026 (the report year 2025): the portfolio and
//! eRapport's list imported, the network's first period, the late reports marked
//! received, the reviews with their follow-ups (March), the season summary and its IRF
//! case (April), the IRF meeting with its agenda and its decision in meeting mode
//! (May), and the feedback to Hdir by 1 June in the calendar and what is due.

use irf::app::{Action, App, Mode, Pane};
use irf::domain::ReportStatus;
use irf::keymap::Context;
use irf::store::{ListKind, Row};
use ratatui::crossterm::event::KeyCode;
use serde_json::Value;

use super::desk::{Year, choose, fixture, items, message, rows, save, select, view};
use crate::support::app::{key, press, type_text};

/// The season's reports per status, as the queue's header counts them.
fn counts(app: &App) -> Vec<(ReportStatus, usize)> {
    app.state
        .queue_counts
        .iter()
        .copied()
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// Each report of the queue: unit (its name's end) and status.
fn statuses(app: &App) -> Vec<(String, ReportStatus)> {
    let mut out: Vec<(String, ReportStatus)> = rows(app)
        .into_iter()
        .map(|r| match r {
            Row::Report(r) => (irf::domain::short_name(&r.unit).into_owned(), r.status),
            other => panic!("not a report: {other:?}"),
        })
        .collect();
    out.sort();
    out
}

/// 2 and 16 February: the portfolio and eRapport's list imported, the network's first
/// period, the two late reports marked received.
pub fn february(year: &Year) {
    let units = fixture("portefolje.csv");
    let text = year.ok(&["import", "units", units.to_str().unwrap()]);
    assert!(text.contains("6 nye, 0 endres, 0 uendret."), "{text}");
    let again = year.ok(&["import", "units", units.to_str().unwrap()]);
    assert!(again.contains("Ingen endringer"), "{again}");

    let mut app = year.app(2, 2);
    press(&mut app, Context::Global, Action::PaneUnits);
    assert_eq!(app.state.list().total, 6);
    // Fornyelser has the service whose term ends this year; the network, imported
    // without a period, is not there until it has one.
    press(&mut app, Context::Global, Action::PaneRenewals);
    let shown: Vec<String> = rows(&app).iter().map(|r| r.title().to_string()).collect();
    assert_eq!(
        shown,
        ["Nasjonal kompetansetjeneste for trening som medisin"]
    );
    // b in Tjenester: the RHFs' funding of the network, its current (first) period.
    press(&mut app, Context::Global, Action::PaneUnits);
    select(&mut app, "ParkinsonNet");
    press(&mut app, Context::List, Action::Decide);
    let dialog = app.state.dialog().cloned().expect("the period dialog");
    let values: Vec<&str> = dialog.fields.iter().map(|f| f.value.as_str()).collect();
    assert_eq!(values, ["01.06.2021", "31.05.2026", "1,0", ""]);
    save(&mut app, Mode::List);
    press(&mut app, Context::Global, Action::PaneRenewals);
    assert_eq!(app.state.list().total, 2);
    let Some(Row::Renewal(network)) = rows(&app).into_iter().find(|r| r.title() == "ParkinsonNet")
    else {
        panic!("the network in Fornyelser");
    };
    // In year 5 until 1 June: the evaluation is prepared.
    assert_eq!(network.state, "forfaller");
    // The year's calendar: the network's year 6 and the term's end.
    let calendar = year.calendar(2026);
    let year_6 = items(&calendar, "network_year_6", "ParkinsonNet");
    assert_eq!(year_6.len(), 1, "{calendar:?}");
    assert_eq!(year_6[0]["date"], "2026-06-01");
    assert_eq!(year_6[0]["owner"], "HMN");
    let term = items(&calendar, "term_end", "trening som medisin");
    assert_eq!(term.len(), 1, "{calendar:?}");
    assert_eq!(term[0]["date"], "2026-12-31");
    drop(app);

    // eRapport's list: four filed by the deadline, two not yet.
    let list = fixture("erapport-2025.csv");
    let path = list.to_str().unwrap();
    let dry = year.ok(&["import", "reports", path, "--year", "2025", "--dry-run"]);
    assert!(dry.contains("6 nye, 0 endres, 0 uendret."), "{dry}");
    assert!(dry.contains("Prøvekjøring: ingenting er skrevet."), "{dry}");
    let text = year.ok(&["import", "reports", path, "--year", "2025"]);
    assert!(text.contains("Importert: 6 poster skrevet."), "{text}");

    let mut app = year.app(2, 16);
    press(&mut app, Context::Global, Action::PaneReports);
    assert_eq!(app.state.list().filter.year, 2025, "the season of 2025");
    assert_eq!(app.state.list().total, 6);
    use ReportStatus::{Expected, Received};
    assert_eq!(counts(&app), [(Expected, 2), (Received, 4)]);
    // The queue narrowed to what is overdue: the two not filed by 10 February.
    press(&mut app, Context::List, Action::Narrow);
    for _ in 0..3 {
        press(&mut app, Context::Filter, Action::MoveDown);
    }
    press(&mut app, Context::Filter, Action::NextPeriod);
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    assert_eq!(
        statuses(&app),
        [
            ("Flåttbårne sykdommer".to_string(), Expected),
            ("Trening som medisin".to_string(), Expected)
        ]
    );
    // Both arrived on 13 February: mark all, m, the date.
    press(&mut app, Context::List, Action::MarkAll);
    assert_eq!(app.state.list().marked.len(), 2);
    press(&mut app, Context::List, Action::MarkReceived);
    type_text(&mut app, "13.02.2026");
    save(&mut app, Mode::List);
    assert!(message(&app).starts_with("2 "), "{}", message(&app));
    assert_eq!(app.state.list().total, 0, "none overdue any more");
    assert_eq!(counts(&app), [(Received, 6)]);
}

/// Reviews the report of `unit`: `answers` one character per checklist item (`1`–`4`,
/// `-` none), then a follow-up on item `on` if given, then `F` when `finish`.
fn review(
    app: &mut App,
    unit: &str,
    answers: &str,
    follow_up: Option<(usize, &str)>,
    finish: bool,
) {
    select(app, unit);
    press(app, Context::List, Action::Review);
    assert_eq!(app.state.mode(), Mode::Review, "{:?}", app.state.message);
    let n = app.state.review().unwrap().review.items.len();
    assert_eq!(answers.chars().count(), n, "{unit}: {n} items");
    for (i, c) in answers.chars().enumerate() {
        if c != '-' {
            type_text(app, &c.to_string());
        }
        if i + 1 < n {
            type_text(app, "j");
        }
    }
    if let Some((item, text)) = follow_up {
        for _ in item..n - 1 {
            type_text(app, "k");
        }
        type_text(app, "n");
        type_text(app, text);
        key(app, KeyCode::Tab);
        key(app, KeyCode::Tab);
        type_text(app, "01.09.2026");
        key(app, KeyCode::Enter);
        let form = app.state.review().unwrap();
        assert!(form.form().is_none(), "{:?}", app.state.message);
        // Back to the checklist; the item's comment, then the assessment.
        key(app, KeyCode::Tab);
        key(app, KeyCode::Tab);
        type_text(app, "Ikke i årsrapporten.");
        key(app, KeyCode::Tab);
        type_text(app, "Godt arbeid, men uten resultatmål.");
        key(app, KeyCode::Tab);
    }
    if finish {
        type_text(app, "F");
        assert!(
            message(app).starts_with("Vurderingen er avsluttet."),
            "{unit}: {}",
            message(app)
        );
    }
    key(app, KeyCode::Esc);
    assert_eq!(app.state.mode(), Mode::List);
}

/// 10 March: the reviews, with a follow-up on sarkomer's K09 and the network's N01.
pub fn march(year: &Year) {
    let mut app = year.app(3, 10);
    press(&mut app, Context::Global, Action::PaneReports);
    // K09 and K13 no.
    review(
        &mut app,
        "sarkomer",
        "111111112111211111",
        Some((8, "Sett resultatmål med frist")),
        true,
    );
    review(&mut app, "døvblinde", "111111111111211111", None, true);
    review(
        &mut app,
        "trening som medisin",
        "111111111111311111",
        None,
        true,
    );
    // Only begun: K01–K05.
    review(
        &mut app,
        "flåttbårne",
        &format!("11111{}", "-".repeat(13)),
        None,
        false,
    );
    review(
        &mut app,
        "ParkinsonNet",
        "2111",
        Some((0, "Få med en representant fra Helse Nord")),
        true,
    );
    review(&mut app, "brannskade", "1111", None, true);
    // Closed at once: reviewed, nothing to follow up.
    select(&mut app, "brannskade");
    press(&mut app, Context::List, Action::Review);
    type_text(&mut app, "C");
    assert_eq!(message(&app), "Rapporten er lukket.");
    key(&mut app, KeyCode::Esc);

    use ReportStatus::*;
    assert_eq!(
        statuses(&app),
        [
            ("Avansert brannskadebehandling".to_string(), Closed),
            ("Døvblinde".to_string(), Reviewed),
            ("Flåttbårne sykdommer".to_string(), InReview),
            ("ParkinsonNet".to_string(), FollowUpOpen),
            ("Sarkomer".to_string(), FollowUpOpen),
            ("Trening som medisin".to_string(), Reviewed),
        ]
    );
    assert_eq!(
        counts(&app),
        [(InReview, 1), (Reviewed, 2), (FollowUpOpen, 2), (Closed, 1)]
    );

    // The season summary: the four competence services' reports.
    let s = year.json(&["summary", "--year", "2025"]);
    assert_eq!(
        (s["year"].as_i64(), s["reports"].as_i64()),
        (Some(2025), Some(4))
    );
    let item = |code: &str| -> Vec<i64> {
        let i = s["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["code"] == code)
            .unwrap();
        ["ja", "nei", "delvis", "ikke_relevant", "unanswered"]
            .map(|k| i[k].as_i64().unwrap())
            .to_vec()
    };
    assert_eq!(item("K01"), [4, 0, 0, 0, 0]);
    assert_eq!(item("K09"), [2, 1, 0, 0, 1]);
    assert_eq!(item("K13"), [0, 2, 1, 0, 1]);
    let progress: Vec<(String, i64, i64)> = s["progress"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let region = p["region"].as_str().unwrap().to_string();
            (
                region,
                p["reviewed"].as_i64().unwrap(),
                p["total"].as_i64().unwrap(),
            )
        })
        .collect();
    let want = [("HSØ", 1, 1), ("HV", 2, 2), ("HMN", 2, 2), ("HN", 0, 1)];
    assert_eq!(progress, want.map(|(r, a, b)| (r.to_string(), a, b)));
    // Ages to the review year 2026: 36, 15, 5, 10; FTE 6,5, 3, 2, 1,5.
    let p = &s["portfolio"];
    assert_eq!(p["age"]["median"], 12.5);
    assert_eq!(p["age"]["mean"], 16.5);
    assert_eq!(p["fte"]["median"], 2.5);
    assert_eq!(p["fte"]["mean"], 3.25);
    // Result goals and a way to document them: two services; with effect, none.
    let combined = year.json(&["summary", "--year", "2025", "--items", "K09,K11"]);
    let names: Vec<&str> = combined["combination"]["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Nasjonal kompetansetjeneste for døvblinde",
            "Nasjonal kompetansetjeneste for trening som medisin"
        ]
    );
    let none = year.irf(&["summary", "--year", "2025", "--items", "K09,K11,K13"]);
    assert_eq!(
        none.status.code(),
        Some(1),
        "no unit answers Ja to all three"
    );
}

/// 15 and 20 April: the summary case drafted from the summary view, a meeting for 12
/// May and the case on its agenda (numbered then).
pub fn april(year: &Year) {
    let mut app = year.app(4, 15);
    press(&mut app, Context::Global, Action::PaneReports);
    view(&mut app, ListKind::Summary);
    assert_eq!(app.state.list().total, 18, "K01–K18");
    press(&mut app, Context::List, Action::DraftCase);
    assert_eq!(app.state.pane, Pane::Cases, "{:?}", app.state.message);
    let Some(Row::Case(drafted)) = app.state.list().selected_row().cloned() else {
        panic!("the new case is selected");
    };
    assert_eq!(drafted.title, "Oppsummering av årsrapporter 2025");
    let case = year.case(drafted.id);
    assert_eq!(case["case_type"], "rapportoppsummering");
    assert_eq!(case["number"], Value::Null);
    let assessment = case["assessment"].as_str().unwrap();
    for part in [
        "Hva går bra",
        "Felles utfordringer",
        "K13",
        "Sett resultatmål med frist",
        "Få med en representant fra Helse Nord",
    ] {
        assert!(assessment.contains(part), "{part:?} not in\n{assessment}");
    }
    drop(app);

    let mut app = year.app(4, 20);
    new_meeting(&mut app, "12.05.2026", "Gardermoen");
    put_on_agenda(&mut app, "Oppsummering av årsrapporter 2025", "12.05.2026");
    let case = year.case(drafted.id);
    assert_eq!(case["number"], "1/26");
    assert_eq!(case["status"], "satt_opp");
    assert_eq!(case["meeting_on"], "2026-05-12");
}

/// Saker: a new IRF meeting on `date` at `place`, 10:00, chaired by HV.
pub fn new_meeting(app: &mut App, date: &str, place: &str) {
    press(app, Context::Global, Action::PaneCases);
    view(app, ListKind::Meetings);
    let before = app.state.list().total;
    press(app, Context::List, Action::New);
    type_text(app, date);
    key(app, KeyCode::Tab);
    choose(app, "IRF");
    key(app, KeyCode::Tab);
    type_text(app, place);
    key(app, KeyCode::Tab);
    type_text(app, "10:00");
    key(app, KeyCode::Tab);
    choose(app, "HV");
    save(app, Mode::List);
    assert_eq!(app.state.list().total, before + 1);
    view(app, ListKind::Cases);
}

/// Saker: `a` on the case titled `title`, the meeting of `date` chosen.
pub fn put_on_agenda(app: &mut App, title: &str, date: &str) {
    select(app, title);
    press(app, Context::List, Action::Anchor);
    let dialog = app.state.dialog().cloned().expect("the agenda dialog");
    let irf::app::FieldKind::Choice(options) = &dialog.fields[0].kind else {
        panic!("a choice of meetings");
    };
    let (code, _) = options
        .iter()
        .find(|(_, label)| label.contains(date))
        .unwrap_or_else(|| panic!("no meeting {date} in {options:?}"));
    choose(app, &code.clone());
    save(app, Mode::List);
}

/// 11–12 May: the agenda exported and read back, the decision in meeting mode; 20 May:
/// the feedback to Hdir due by 1 June.
pub fn may(year: &Year) {
    let md = year.file("saksliste-mai.md");
    let docx = year.file("saksliste-mai.docx");
    for file in [&md, &docx] {
        year.ok(&[
            "export",
            "agenda",
            "2026-05-12",
            "-o",
            file.to_str().unwrap(),
        ]);
    }
    let text = std::fs::read_to_string(&md).unwrap();
    for part in [
        "Dato: 12. mai 2026 kl. 10:00",
        "Sted: Gardermoen",
        "Ledes av: Helse Vest RHF",
        "| 1/26 | Oppsummering av årsrapporter 2025 | Helse Vest RHF |",
        "# Sak 1/26 Oppsummering av årsrapporter 2025",
        "- Helse Nord RHF: 0 av 1",
        "Felles utfordringer",
    ] {
        assert!(text.contains(part), "{part:?} not in\n{text}");
    }
    let document = super::desk::docx_text(&docx);
    for part in [
        "1/26",
        "Oppsummering av årsrapporter 2025",
        "Forslag til vedtak",
    ] {
        assert!(document.contains(part), "{part:?} not in the DOCX");
    }

    let mut app = year.app(5, 12);
    press(&mut app, Context::Global, Action::PaneCases);
    press(&mut app, Context::List, Action::MeetingMode);
    assert_eq!(app.state.mode(), Mode::Meeting, "{:?}", app.state.message);
    let agenda = &app.state.meeting().unwrap().agenda;
    assert_eq!(agenda.held_on, super::desk::date(5, 12));
    assert_eq!(agenda.items.len(), 1);
    let id = agenda.items[0].id;
    key(&mut app, KeyCode::Char('b'));
    // The proposal is offered as the decision; IRF takes it as it stands.
    save(&mut app, Mode::Meeting);
    key(&mut app, KeyCode::Esc);
    let case = year.case(id);
    assert_eq!(case["status"], "vedtatt");
    assert_eq!(
        case["decision"],
        "IRF tar oppsummeringen av årsrapportene for 2025 til orientering.\n\
         Tilbakemelding sendes Helsedirektoratet innen 1. juni 2026."
    );
    assert_eq!(
        case["proposal"].as_str().map(str::trim_end),
        case["decision"].as_str()
    );
    drop(app);

    // 20 May: what is due now is the feedback to Hdir by 1 June.
    let calendar = year.calendar(2026);
    let feedback = items(
        &calendar,
        "milestone",
        "Tilbakemelding til Helsedirektoratet",
    );
    assert_eq!(feedback.len(), 1, "{calendar:?}");
    assert_eq!(feedback[0]["date"], "2026-06-01");
    let due = year.due("2026-05-20", 14, &[]);
    let feedback = items(&due, "milestone", "Tilbakemelding til Helsedirektoratet");
    assert_eq!(feedback.len(), 1, "{due:?}");
    assert_eq!(feedback[0]["overdue"], false);
    // 21, 22, 26, 27, 28, 29 May (25 May is Whit Monday), 1 June.
    assert_eq!(feedback[0]["working_days_left"], 7);
    let app = year.app(5, 20);
    assert_eq!(app.state.list().kind, ListKind::Due);
    assert!(
        rows(&app)
            .iter()
            .any(|r| r.title() == "Tilbakemelding til Helsedirektoratet"),
        "Årshjul's timeline lists it as due"
    );
}
