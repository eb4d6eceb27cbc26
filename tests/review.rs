//! Reviewing an annual report. Here: the domain rules (answers and their keys, the
//! status moves, what finishing and closing need, follow-up validation, the refusal
//! sentences) and a TestBackend snapshot of the form at 100×30. `store` (in
//! `tests/review/`): the checklist picked by kind and year, answers, assessment and
//! follow-ups saved with audit rows and version checks, drafts. `app`: the form driven
//! by keys, drafts kept while typing and offered back in a new process. `pty`: the
//! real binary keeping a comment through a hang-up.

use chrono::NaiveDate;
use irf::domain::{
    Answer, Code, FollowUpItem, Refusal, Region, ReportStatus, ReviewRefusal, can_edit, can_review,
    close, finish, follow_up, status_after_follow_ups, status_after_save,
};
use irf::i18n::{Lang, refusal_text};

#[path = "review/app.rs"]
mod app;
#[path = "review/pty.rs"]
mod pty;
#[path = "review/store.rs"]
mod store;
mod support;

use ReportStatus::{Closed, Expected, FollowUpOpen, InReview, Received, Reviewed};

#[test]
fn number_keys_and_space_set_the_answers() {
    assert_eq!(Answer::from_key('1'), Some(Answer::Ja));
    assert_eq!(Answer::from_key('2'), Some(Answer::Nei));
    assert_eq!(Answer::from_key('3'), Some(Answer::Delvis));
    assert_eq!(Answer::from_key('4'), Some(Answer::IkkeRelevant));
    assert_eq!(Answer::from_key('5'), None);
    assert_eq!(Answer::from_key('0'), None);
    for a in Answer::all() {
        assert_eq!(Answer::from_key(a.key()), Some(a));
    }
    // Space: none → Ja → Nei → Delvis → Ikke relevant → Ja.
    let mut seen = vec![];
    let mut current = None;
    for _ in 0..5 {
        let next = Answer::cycle(current);
        seen.push(next.code());
        current = Some(next);
    }
    assert_eq!(seen, ["ja", "nei", "delvis", "ikke_relevant", "ja"]);
}

#[test]
fn a_report_not_received_cannot_be_reviewed_and_a_closed_one_not_changed() {
    assert_eq!(can_review(Expected), Err(ReviewRefusal::NotReceived));
    for s in [Received, InReview, Reviewed, FollowUpOpen, Closed] {
        assert_eq!(can_review(s), Ok(()), "{s:?}");
    }
    assert_eq!(can_edit(Expected), Err(ReviewRefusal::NotReceived));
    assert_eq!(can_edit(Closed), Err(ReviewRefusal::Closed));
    assert_eq!(can_edit(FollowUpOpen), Ok(()));
}

#[test]
fn saving_moves_a_received_report_into_review_and_follow_ups_move_a_finished_one() {
    assert_eq!(status_after_save(Received), Some(InReview));
    for s in [InReview, Reviewed, FollowUpOpen] {
        assert_eq!(status_after_save(s), None, "{s:?}");
    }
    assert_eq!(status_after_follow_ups(Received, 1), Some(InReview));
    assert_eq!(status_after_follow_ups(InReview, 2), None);
    assert_eq!(status_after_follow_ups(Reviewed, 1), Some(FollowUpOpen));
    assert_eq!(status_after_follow_ups(Reviewed, 0), None);
    assert_eq!(status_after_follow_ups(FollowUpOpen, 0), Some(Reviewed));
    assert_eq!(status_after_follow_ups(FollowUpOpen, 3), None);
}

#[test]
fn finishing_and_closing() {
    assert_eq!(finish(InReview, 0), Ok(Reviewed));
    assert_eq!(finish(InReview, 2), Ok(FollowUpOpen));
    assert_eq!(finish(Received, 0), Ok(Reviewed));
    assert_eq!(finish(Expected, 0), Err(ReviewRefusal::NotReceived));
    assert_eq!(finish(Closed, 0), Err(ReviewRefusal::Closed));
    assert_eq!(close(Reviewed, 0), Ok(Closed));
    assert_eq!(close(FollowUpOpen, 0), Ok(Closed));
    assert_eq!(
        close(FollowUpOpen, 2),
        Err(ReviewRefusal::FollowUpsOpen { open: 2 })
    );
    assert_eq!(close(InReview, 0), Err(ReviewRefusal::NotFinished));
    assert_eq!(close(Received, 0), Err(ReviewRefusal::NotFinished));
    assert_eq!(close(Expected, 0), Err(ReviewRefusal::NotReceived));
    assert_eq!(close(Closed, 0), Err(ReviewRefusal::Closed));
}

#[test]
fn a_follow_up_needs_text_and_an_owner_and_a_real_date_if_any() {
    assert_eq!(
        follow_up("  ", "HV", "", None),
        Err(ReviewRefusal::FollowUpTextMissing)
    );
    assert_eq!(
        follow_up("Be om plan", "", "", None),
        Err(ReviewRefusal::FollowUpOwnerMissing)
    );
    assert_eq!(
        follow_up("Be om plan", "Vest", "", None),
        Err(ReviewRefusal::FollowUpOwnerMissing)
    );
    assert_eq!(
        follow_up("Be om plan", "HV", "31.02.2027", None),
        Err(ReviewRefusal::FollowUpBadDate {
            typed: "31.02.2027".into()
        })
    );
    assert_eq!(
        follow_up(" Be om plan ", "hso", "15.3.2027", Some("K09")),
        Ok(FollowUpItem {
            text: "Be om plan".into(),
            owner: Region::Hso,
            due_on: NaiveDate::from_ymd_opt(2027, 3, 15),
            item_code: Some("K09".into()),
        })
    );
    let no_date = follow_up("Be om plan", "HN", " ", Some(" ")).unwrap();
    assert_eq!((no_date.due_on, no_date.item_code), (None, None));
    assert_eq!(
        follow_up("x", "HMN", "2027-01-31", None).unwrap().due_on,
        NaiveDate::from_ymd_opt(2027, 1, 31)
    );
}

#[test]
fn refusals_say_what_is_wrong_and_what_to_do_in_both_languages() {
    let text = |lang, r: ReviewRefusal| refusal_text(lang, &Refusal::Review(r));
    let nb = text(Lang::Nb, ReviewRefusal::FollowUpsOpen { open: 2 });
    assert!(
        nb.contains("2 oppfølgingspunkt") && nb.contains("(x)"),
        "{nb}"
    );
    let en = text(Lang::En, ReviewRefusal::FollowUpsOpen { open: 2 });
    assert!(en.starts_with("2 follow-up") && en.contains("(x)"), "{en}");
    let nb = text(
        Lang::Nb,
        ReviewRefusal::FollowUpBadDate {
            typed: "32.01".into(),
        },
    );
    assert!(nb.contains("«32.01»") && nb.contains("dd.mm.åååå"), "{nb}");
    let en = text(Lang::En, ReviewRefusal::NotReceived);
    assert!(
        en.contains("not been received") && en.contains("received first"),
        "{en}"
    );
    let nb = text(Lang::Nb, ReviewRefusal::NotFinished);
    assert!(nb.contains("Trykk F"), "{nb}");
}

#[test]
fn the_form_at_100x30() {
    use ratatui::crossterm::event::KeyCode::{Enter, Tab};
    use support::app::type_text;
    let (_dir, mut app) = support::app::screen_app(Lang::Nb);
    app::open_received(&mut app, irf::domain::UnitKind::Competence);
    // Answers to K01–K04, a comment on K06, the assessment, one follow-up; then the
    // cursor back in the checklist on K06.
    type_text(&mut app, "1j2j3j4jj");
    app::key(&mut app, Tab);
    type_text(&mut app, "Planen mangler tidsfrister.");
    app::key(&mut app, Tab);
    type_text(&mut app, "Godt dokumentert, men uten resultatmål.");
    app::key(&mut app, Tab);
    type_text(&mut app, "nBe om plan med resultatmål");
    app::key(&mut app, Tab);
    app::key(&mut app, Tab);
    type_text(&mut app, "15.03.2027");
    app::key(&mut app, Enter);
    app::key(&mut app, Tab);
    insta::assert_snapshot!("form_100x30", support::app::screen(&mut app, 100, 30));
}
