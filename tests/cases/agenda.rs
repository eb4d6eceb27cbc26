//! Meetings and their agendas: putting cases on, taking them off, moving them; a case
//! on two agendas; meetings in the past; deleting and changing meetings with cases.

use chrono::NaiveDate;
use irf::domain::{CaseRefusal, CaseStatus as S, CaseType, MeetingKind, Region};
use irf::store::{MeetingEdit, Store};

use super::support::db::{demo_store, raw, temp_db, today};
use super::{dump, later, new_case, new_meeting, put_on, refusal};

/// The case ids on meeting `id`'s agenda and their positions.
fn agenda(store: &Store, id: i64) -> Vec<(i64, i64)> {
    let m = store.meeting(id).unwrap();
    m.agenda.iter().map(|e| (e.case_id, e.position)).collect()
}

#[test]
fn cases_go_on_come_off_and_move_on_an_agenda() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let m = new_meeting(&mut store, MeetingKind::Irf, later(30));
    let [a, b, c] = ["A", "B", "C"].map(|t| new_case(&mut store, t, CaseType::Other, &[]).id);
    for id in [a, b, c] {
        let case = put_on(&mut store, m, id);
        assert_eq!(case.status, S::OnAgenda);
        assert_eq!(case.meeting, Some((m, later(30))));
    }
    assert_eq!(agenda(&store, m), [(a, 1), (b, 2), (c, 3)]);
    let entry = &store.meeting(m).unwrap().agenda[0];
    assert_eq!((entry.title.as_str(), entry.status), ("A", S::OnAgenda));
    assert!(entry.number.is_some());

    store.move_on_agenda(c, true).unwrap();
    assert_eq!(agenda(&store, m), [(a, 1), (c, 2), (b, 3)]);
    let before = dump(&path);
    store.move_on_agenda(a, true).unwrap();
    store.move_on_agenda(b, false).unwrap();
    assert_eq!(
        dump(&path),
        before,
        "nothing moves, nothing is written at the ends"
    );
    store.move_on_agenda(a, false).unwrap();
    assert_eq!(agenda(&store, m), [(c, 1), (a, 2), (b, 3)]);

    let on_c = store.case(c).unwrap();
    let number = on_c.number;
    store.remove_from_agenda(c, on_c.version).unwrap();
    let off = store.case(c).unwrap();
    assert_eq!(
        (off.status, off.number, off.meeting),
        (S::Ready, number, None)
    );
    assert_eq!(agenda(&store, m), [(a, 1), (b, 2)]);

    let before = dump(&path);
    assert_eq!(
        refusal(store.remove_from_agenda(c, off.version)),
        CaseRefusal::NotOnAgenda { title: "C".into() }
    );
    assert_eq!(
        refusal(store.move_on_agenda(c, true)),
        CaseRefusal::NotOnAgenda { title: "C".into() }
    );
    assert_eq!(dump(&path), before);
}

#[test]
fn a_case_goes_on_one_agenda_only() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let first = new_meeting(&mut store, MeetingKind::Irf, later(30));
    let second = new_meeting(&mut store, MeetingKind::Ad, later(60));
    let case = new_case(&mut store, "Én gang", CaseType::Mandate, &[]);
    let case = put_on(&mut store, first, case.id);
    let before = dump(&path);
    assert_eq!(
        refusal(store.add_to_agenda(second, case.id, case.version)),
        CaseRefusal::OnAgenda {
            title: "Én gang".into(),
            meeting_date: later(30)
        }
    );
    // Not even on the same meeting twice.
    assert_eq!(
        refusal(store.add_to_agenda(first, case.id, case.version)),
        CaseRefusal::OnAgenda {
            title: "Én gang".into(),
            meeting_date: later(30)
        }
    );
    assert_eq!(dump(&path), before);
    assert_eq!(agenda(&store, second), []);
}

#[test]
fn an_old_agenda_with_gaps_closes_up() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let demo = store.find_meeting("next", today()).unwrap().unwrap();
    let positions: Vec<i64> = agenda(&store, demo).iter().map(|e| e.1).collect();
    assert_eq!(positions, [41, 42, 43]);
    let draft = new_case(&mut store, "Ny på demomøtet", CaseType::Other, &[]);
    put_on(&mut store, demo, draft.id);
    let after = agenda(&store, demo);
    assert_eq!(after.iter().map(|e| e.1).collect::<Vec<_>>(), [1, 2, 3, 4]);
    assert_eq!(after[3].0, draft.id);
}

#[test]
fn meetings_are_not_set_in_the_past() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let yesterday = today().pred_opt().unwrap();
    let mut e = MeetingEdit {
        kind: MeetingKind::Irf,
        held_on: yesterday,
        place: "Bodø".into(),
        starts_at: None,
        chair: Some(Region::Hn),
    };
    let before = dump(&path);
    assert_eq!(
        refusal(store.insert_meeting(&e, today())),
        CaseRefusal::PastMeeting { date: yesterday }
    );
    assert_eq!(dump(&path), before);
    e.held_on = today();
    e.place = " Bodø\tog \u{1b}[2JTeams ".into();
    let id = store.insert_meeting(&e, today()).unwrap();
    let m = store.meeting(id).unwrap();
    assert_eq!(
        (m.held_on, m.place.as_str(), m.chair),
        (today(), "Bodø og Teams", Some(Region::Hn))
    );

    // Moving it into the past is refused; the day after, a past meeting can still be
    // corrected as long as its date stays.
    let before = dump(&path);
    e.held_on = yesterday;
    assert_eq!(
        refusal(store.update_meeting(id, m.version, &e, today())),
        CaseRefusal::PastMeeting { date: yesterday }
    );
    assert_eq!(dump(&path), before);
    e.held_on = today();
    e.place = "Tromsø".into();
    e.starts_at = chrono::NaiveTime::from_hms_opt(9, 30, 0);
    let tomorrow = later(1);
    let v = store.update_meeting(id, m.version, &e, tomorrow).unwrap();
    assert_eq!(store.meeting(id).unwrap().place, "Tromsø");
    assert_eq!(store.meeting(id).unwrap().starts_at, e.starts_at);
    assert_eq!(store.agenda(id).unwrap().starts_at, e.starts_at);
    assert_eq!(store.meeting(id).unwrap().version, v);
    let listed: Vec<NaiveDate> = store
        .meetings()
        .unwrap()
        .iter()
        .map(|m| m.held_on)
        .collect();
    let mut newest_first = listed.clone();
    newest_first.sort_by(|a, b| b.cmp(a));
    assert_eq!(listed, newest_first);
    assert!(listed.contains(&today()));
}

#[test]
fn a_meeting_with_cases_keeps_them_its_kind_and_its_row() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let m = new_meeting(&mut store, MeetingKind::Irf, later(30));
    let [a, b] = ["A", "B"].map(|t| new_case(&mut store, t, CaseType::Other, &[]).id);
    put_on(&mut store, m, a);
    put_on(&mut store, m, b);
    let meeting = store.meeting(m).unwrap();
    let before = dump(&path);
    assert_eq!(
        refusal(store.delete_meeting(m, meeting.version)),
        CaseRefusal::MeetingHasCases { count: 2 }
    );
    let as_ad = MeetingEdit {
        kind: MeetingKind::Ad,
        held_on: meeting.held_on,
        place: meeting.place.clone(),
        starts_at: meeting.starts_at,
        chair: meeting.chair,
    };
    assert_eq!(
        refusal(store.update_meeting(m, meeting.version, &as_ad, today())),
        CaseRefusal::KindWithCases { count: 2 }
    );
    assert_eq!(dump(&path), before);
    for id in [a, b] {
        let v = store.case(id).unwrap().version;
        store.remove_from_agenda(id, v).unwrap();
    }
    let v = store
        .update_meeting(m, meeting.version, &as_ad, today())
        .unwrap();
    store.delete_meeting(m, v).unwrap();
    assert!(store.meetings().unwrap().iter().all(|x| x.id != m));
    let left: i64 = raw(&path)
        .query_row("SELECT count(*) FROM meetings WHERE id = ?1", [m], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(left, 0);
}
