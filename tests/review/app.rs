//! The review form driven by keys on the demo: answers saved at once, comments and the
//! assessment saved on leaving their field, text kept as a draft while typed and
//! offered back in a new process, follow-ups added (a bad date refused with the cursor
//! on it), ticked off and deleted, finishing and closing, and a report not received
//! refused with a sentence.

use std::time::{Duration, Instant};

use irf::app::{AUTOSAVE, Action, App, Mode, Section};
use irf::domain::{Answer, ReportStatus, UnitKind};
use irf::i18n::Lang;
use irf::keymap::{Context, Keymap};
use irf::store::{OpenMode, REVIEW_DRAFT, Row, Store};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::support::app::{demo_app, press, today, type_text};

pub fn key(app: &mut App, code: KeyCode) {
    let modifiers = if code == KeyCode::BackTab {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    app.on_key(KeyEvent::new(code, modifiers));
}

/// Selects the first report in Årsrapporter of `kind` in `status`; returns its id.
fn select(app: &mut App, kind: UnitKind, status: ReportStatus) -> i64 {
    press(app, Context::Global, Action::PaneReports);
    press(app, Context::List, Action::First);
    for _ in 0..app.state.list().total {
        if let Some(Row::Report(r)) = app.state.list().selected_row()
            && r.kind == kind
            && r.status == status
        {
            return r.id;
        }
        press(app, Context::List, Action::MoveDown);
    }
    panic!("no {kind:?} report in {status:?} in the demo");
}

/// Opens the review of the first received report of `kind` with Enter; returns its id.
pub fn open_received(app: &mut App, kind: UnitKind) -> i64 {
    let id = select(app, kind, ReportStatus::Received);
    press(app, Context::List, Action::Open);
    assert_eq!(app.state.mode(), Mode::Review);
    id
}

fn message(app: &App) -> String {
    app.state
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

#[test]
fn answers_save_at_once_and_text_fields_save_when_left() {
    let (_dir, mut app) = demo_app();
    let id = open_received(&mut app, UnitKind::Competence);
    type_text(&mut app, "1");
    let review = app.store.review(id).unwrap();
    assert_eq!(review.items[0].answer, Some(Answer::Ja));
    assert_eq!(review.status, ReportStatus::InReview);
    assert_eq!(
        message(&app),
        "K01: Ja er lagret. Ny status: under vurdering."
    );
    // Space cycles from no answer: Ja, then Nei; 0 clears.
    type_text(&mut app, "j ");
    assert_eq!(
        app.store.review(id).unwrap().items[1].answer,
        Some(Answer::Ja)
    );
    type_text(&mut app, " ");
    assert_eq!(
        app.store.review(id).unwrap().items[1].answer,
        Some(Answer::Nei)
    );
    type_text(&mut app, "0");
    assert_eq!(app.store.review(id).unwrap().items[1].answer, None);
    type_text(&mut app, "4");
    // Tab: K02's comment. Letters are text here, not keys.
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "jk1 ok");
    assert_eq!(app.state.review().unwrap().item, 1);
    // Tab saves it and opens the assessment; Shift-Tab saves that and goes back.
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.store.review(id).unwrap().items[1].comment, "jk1 ok");
    assert_eq!(
        app.store.review(id).unwrap().items[1].answer,
        Some(Answer::IkkeRelevant)
    );
    type_text(&mut app, "Godt dokumentert.");
    key(&mut app, KeyCode::BackTab);
    assert_eq!(
        app.store.review(id).unwrap().assessment,
        "Godt dokumentert."
    );
    assert_eq!(message(&app), "Vurderingen er lagret.");
    // Back in K02's comment; Esc leaves it unchanged (nothing written) to the list.
    let audits = app.store.audit_count("report_answer", id).unwrap();
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.store.audit_count("report_answer", id).unwrap(), audits);
    let form = app.state.review().unwrap();
    assert!(form.text().is_none());
    assert_eq!(form.section, Section::Items);
    // Esc again: back to Årsrapporter with the report selected and its new status.
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.state.mode(), Mode::List);
    match app.state.list().selected_row() {
        Some(Row::Report(r)) => {
            assert_eq!(r.id, id);
            assert_eq!(r.status, ReportStatus::InReview);
        }
        other => panic!("expected the report, got {other:?}"),
    }
}

#[test]
fn typed_text_is_kept_as_a_draft_and_offered_back_in_a_new_process() {
    let (dir, mut app) = demo_app();
    let path = dir.path().join("demo.sqlite");
    let id = open_received(&mut app, UnitKind::Competence);
    type_text(&mut app, "jj");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "Halvferdig");
    assert_eq!(
        app.unsaved(),
        [(
            REVIEW_DRAFT,
            id,
            "comment:K03".to_string(),
            "Halvferdig".to_string()
        )]
    );
    assert_eq!(
        app.store
            .load_draft(REVIEW_DRAFT, id, "comment:K03")
            .unwrap(),
        None
    );
    let wake = app.next_wake().expect("a draft is waiting");
    assert!(wake <= Instant::now() + AUTOSAVE);
    app.tick(Instant::now() + AUTOSAVE + Duration::from_millis(10));
    assert_eq!(
        app.store
            .load_draft(REVIEW_DRAFT, id, "comment:K03")
            .unwrap()
            .as_deref(),
        Some("Halvferdig")
    );
    assert!(app.next_wake().is_none());
    // The program ends without the field being left (a lost connection).
    drop(app);
    let store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    let mut app = App::new(store, Keymap::defaults(), Lang::Nb, today(), true);
    app.set_page_rows(10);
    let unit = irf::domain::short_name(&app.store.review(id).unwrap().unit).into_owned();
    assert_eq!(
        message(&app),
        format!(
            "Ulagret tekst i vurderingen av «{unit}» er tatt vare på: velg rapporten i \
             Årsrapporter og trykk r for å fortsette."
        )
    );
    assert_eq!(open_received(&mut app, UnitKind::Competence), id);
    assert_eq!(
        message(&app),
        "Ulagret tekst fra sist er hentet fram (K03). Den lagres når du forlater feltet."
    );
    // Nothing was saved into the review itself, and the report is still received.
    let review = app.store.review(id).unwrap();
    assert_eq!(
        (review.items[2].comment.as_str(), review.status),
        ("", ReportStatus::Received)
    );
    type_text(&mut app, "jj");
    key(&mut app, KeyCode::Tab);
    let field = app.state.review().unwrap().text().unwrap();
    assert_eq!(field.typed(), "Halvferdig");
    type_text(&mut app, " og ferdig");
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        app.store.review(id).unwrap().items[2].comment,
        "Halvferdig og ferdig"
    );
    assert_eq!(
        app.store
            .load_draft(REVIEW_DRAFT, id, "comment:K03")
            .unwrap(),
        None
    );
}

#[test]
fn a_report_not_received_is_refused_with_a_sentence() {
    let (_dir, mut app) = demo_app();
    select(&mut app, UnitKind::Competence, ReportStatus::Expected);
    press(&mut app, Context::List, Action::Review);
    assert_eq!(app.state.mode(), Mode::List);
    let m = app.state.message.clone().unwrap();
    assert!(m.is_error);
    assert!(
        m.text.starts_with("Rapporten er ikke mottatt ennå"),
        "{}",
        m.text
    );
    // Enter still shows the report's detail.
    press(&mut app, Context::List, Action::Open);
    assert_eq!(app.state.mode(), Mode::Detail);
    assert!(app.state.review().is_none());
}

#[test]
fn follow_ups_by_keys_and_finishing_and_closing() {
    let (_dir, mut app) = demo_app();
    let id = open_received(&mut app, UnitKind::Competence);
    let region = app.store.review(id).unwrap().region;
    type_text(&mut app, "jjjjjjjjn");
    let form = app.state.review().unwrap().form().cloned().unwrap();
    assert_eq!(form.fields[1], irf::domain::Code::code(region));
    assert_eq!(form.fields[3], "K09");
    type_text(&mut app, "Be om resultatmål");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "31.02.2027");
    key(&mut app, KeyCode::Enter);
    assert!(
        message(&app).contains("«31.02.2027» er ikke en dato"),
        "{}",
        message(&app)
    );
    assert_eq!(app.state.review().unwrap().form().unwrap().focus, 2);
    assert!(app.store.review(id).unwrap().follow_ups.is_empty());
    for _ in 0..10 {
        key(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "15.03.2027");
    key(&mut app, KeyCode::Enter);
    let review = app.store.review(id).unwrap();
    assert_eq!(review.follow_ups.len(), 1);
    let f = &review.follow_ups[0];
    assert_eq!(f.text, "Be om resultatmål");
    assert_eq!(f.item_code.as_deref(), Some("K09"));
    assert_eq!(
        f.due_on.map(|d| d.to_string()).as_deref(),
        Some("2027-03-15")
    );
    assert_eq!(review.status, ReportStatus::InReview);
    assert_eq!(app.state.review().unwrap().section, Section::FollowUps);

    // A second one, then d asks: k keeps it, j deletes it.
    type_text(&mut app, "nSlett meg");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.store.review(id).unwrap().follow_ups.len(), 2);
    type_text(&mut app, "dk");
    assert_eq!(message(&app), "Ingenting ble slettet.");
    assert_eq!(app.store.review(id).unwrap().follow_ups.len(), 2);
    type_text(&mut app, "dj");
    assert_eq!(message(&app), "Slettet: Slett meg");
    assert_eq!(app.store.review(id).unwrap().follow_ups.len(), 1);

    // Finishing with nothing answered is refused and changes nothing.
    type_text(&mut app, "F");
    assert!(message(&app).contains("Ingen punkter"), "{}", message(&app));
    assert_eq!(app.store.review(id).unwrap().status, ReportStatus::InReview);
    // Back to the checklist (Tab from the follow-ups), answer one, then the list again.
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "1");
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    // Finish with one open: oppfølging. Close is refused until it is done.
    type_text(&mut app, "F");
    assert_eq!(
        app.store.review(id).unwrap().status,
        ReportStatus::FollowUpOpen
    );
    assert_eq!(
        message(&app),
        "Vurderingen er avsluttet. Ny status: oppfølging åpen. \
         17 punkt på sjekklisten er ikke besvart."
    );
    type_text(&mut app, "C");
    assert!(message(&app).starts_with("1 oppfølgingspunkt er ikke utført"));
    type_text(&mut app, "kx");
    assert!(app.store.review(id).unwrap().follow_ups[0].done);
    assert_eq!(app.store.review(id).unwrap().status, ReportStatus::Reviewed);
    type_text(&mut app, "C");
    assert_eq!(app.store.review(id).unwrap().status, ReportStatus::Closed);
    assert_eq!(message(&app), "Rapporten er lukket.");
    // Closed: read only; Tab goes between the two lists, past the text fields.
    key(&mut app, KeyCode::Tab);
    let form = app.state.review().unwrap();
    assert_eq!(
        (form.section, form.text().is_none()),
        (Section::Items, true)
    );
    key(&mut app, KeyCode::Tab);
    let form = app.state.review().unwrap();
    assert_eq!(
        (form.section, form.text().is_none()),
        (Section::FollowUps, true)
    );
    key(&mut app, KeyCode::BackTab);
    type_text(&mut app, "1");
    assert!(message(&app).starts_with("Rapporten er lukket, og vurderingen kan ikke endres"));
    assert_eq!(app.store.review(id).unwrap().items[0].answer, None);
}

#[test]
fn an_assessment_saved_by_someone_else_meanwhile_is_shown_not_overwritten() {
    let (dir, mut app) = demo_app();
    let path = dir.path().join("demo.sqlite");
    let id = open_received(&mut app, UnitKind::Competence);
    type_text(&mut app, "1");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "Min vurdering");
    // Kari saves the assessment in her own program while this one is typed.
    let mut kari = Store::open(&path, OpenMode::ReadWrite).unwrap();
    kari.set_user("kari");
    let version = kari.review(id).unwrap().version;
    kari.save_assessment(id, version, "Karis vurdering")
        .unwrap();
    // Leaving the field finds her text: it stays, the field stays open with mine.
    key(&mut app, KeyCode::Tab);
    let m = app.state.message.clone().unwrap();
    assert!(m.is_error);
    assert!(m.text.starts_with("kari lagret feltet kl. "), "{}", m.text);
    assert!(m.text.contains("«Karis vurdering»"), "{}", m.text);
    assert_eq!(app.store.review(id).unwrap().assessment, "Karis vurdering");
    let field = app.state.review().unwrap().text().cloned().unwrap();
    assert_eq!(field.typed(), "Min vurdering");
    assert_eq!(
        app.store
            .load_draft(REVIEW_DRAFT, id, "assessment")
            .unwrap()
            .as_deref(),
        Some("Min vurdering")
    );
    // Ctrl-T takes hers; leaving then writes nothing.
    app.on_key(KeyEvent::new(KeyCode::Char('t'), KeyModifiers::CONTROL));
    assert_eq!(
        app.state.review().unwrap().text().unwrap().typed(),
        "Karis vurdering"
    );
    let audits = app.store.audit_count("annual_report", id).unwrap();
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.store.audit_count("annual_report", id).unwrap(), audits);
    assert_eq!(
        app.store
            .load_draft(REVIEW_DRAFT, id, "assessment")
            .unwrap(),
        None
    );
    // Typed again over it, seen: Tab saves mine.
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, ", og min");
    key(&mut app, KeyCode::Tab);
    assert_eq!(
        app.store.review(id).unwrap().assessment,
        "Karis vurdering, og min"
    );
}

#[test]
fn the_form_draws_at_every_size_in_english_without_panic() {
    let (_dir, mut app) = crate::support::app::screen_app(Lang::En);
    open_received(&mut app, UnitKind::Network);
    type_text(&mut app, "2");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "Only three regions.");
    for (w, h) in [(1, 1), (49, 13), (50, 14), (80, 24), (100, 30), (200, 60)] {
        let screen = crate::support::app::screen(&mut app, w, h);
        if w >= 80 {
            assert!(screen.contains("Annual report"), "{screen}");
            assert!(screen.contains("N01 No"), "{screen}");
            assert!(screen.contains("Only three regions."), "{screen}");
        }
    }
    // Tab saves the comment and opens the assessment; Tab again: the follow-ups.
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "n");
    for (w, h) in [(50, 14), (80, 24), (120, 40)] {
        let screen = crate::support::app::screen(&mut app, w, h);
        assert!(screen.contains("Owner region"), "{screen}");
    }
}
