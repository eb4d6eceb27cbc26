//! IRF's round: moving applications up and down (kept after reopening the file), giving
//! a place once, IRF's decision on a ranked application, and the drafted ranking case.

use irf::domain::{ApplicationRefusal, ApplicationStep as Step, IrfDecision};
use irf::store::{OpenMode, Store};

use super::support::db::audit_actions;
use super::support::db::{demo_store, raw, temp_db, today};
use super::{at, days_ago, dump, refusal, titles};

#[test]
fn moves_in_the_ranking_persist() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let ready = at(&store, &path, Step::ReadyForIrf);
    let ranked = at(&store, &path, Step::RankedByIrf);
    assert_eq!(
        titles(&store.ranking().unwrap()),
        [(ranked.title.clone(), Some(1)), (ready.title.clone(), None)]
    );
    // At the top nothing moves, but the one without a place gets the next.
    store.move_in_ranking(ranked.id, true).unwrap();
    assert_eq!(
        titles(&store.ranking().unwrap()),
        [
            (ranked.title.clone(), Some(1)),
            (ready.title.clone(), Some(2))
        ]
    );
    // With every place given, at the bottom nothing is written.
    let before = dump(&path);
    store.move_in_ranking(ready.id, false).unwrap();
    assert_eq!(dump(&path), before);
    store.move_in_ranking(ready.id, true).unwrap();
    drop(store);
    let store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    assert_eq!(
        titles(&store.ranking().unwrap()),
        [
            (ready.title.clone(), Some(1)),
            (ranked.title.clone(), Some(2))
        ]
    );
    // One audit row per change: the place given, then the swap.
    assert_eq!(
        audit_actions(&path, "application", ready.id),
        ["rank", "rank"]
    );
    assert_eq!(audit_actions(&path, "application", ranked.id), ["rank"]);
    let mut store = store;
    let outside = at(&store, &path, Step::Anchoring);
    assert_eq!(
        refusal(store.move_in_ranking(outside.id, true)),
        ApplicationRefusal::NotInRound {
            title: outside.title
        }
    );
    store.move_in_ranking(ready.id, false).unwrap();
    assert_eq!(
        titles(&store.ranking().unwrap()),
        [(ranked.title, Some(1)), (ready.title, Some(2))]
    );
}

#[test]
fn a_place_is_given_once_and_within_the_round() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let ready = at(&store, &path, Step::ReadyForIrf);
    let ranked = at(&store, &path, Step::RankedByIrf);
    let outside = at(&store, &path, Step::Anchoring);
    let before = dump(&path);
    assert_eq!(
        refusal(store.set_rank(ready.id, ready.version, 3)),
        ApplicationRefusal::RankOutOfRange { rank: 3, max: 2 }
    );
    assert_eq!(
        refusal(store.set_rank(ready.id, ready.version, 0)),
        ApplicationRefusal::RankOutOfRange { rank: 0, max: 2 }
    );
    assert_eq!(
        refusal(store.set_rank(outside.id, outside.version, 1)),
        ApplicationRefusal::NotInRound {
            title: outside.title
        }
    );
    assert_eq!(dump(&path), before);
    // The ranked demo application holds place 1.
    assert_eq!(
        refusal(store.set_rank(ready.id, ready.version, 1)),
        ApplicationRefusal::RankTaken {
            rank: 1,
            title: ranked.title.clone()
        }
    );
    assert_eq!(dump(&path), before);
    store.set_rank(ready.id, ready.version, 2).unwrap();
    let before = dump(&path);
    assert_eq!(
        refusal(store.set_rank(ranked.id, ranked.version, 2)),
        ApplicationRefusal::RankTaken {
            rank: 2,
            title: ready.title.clone()
        }
    );
    assert_eq!(dump(&path), before);
    assert_eq!(
        titles(&store.ranking().unwrap()),
        [(ranked.title, Some(1)), (ready.title, Some(2))]
    );
}

#[test]
fn irf_decides_on_ranked_applications() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let ready = at(&store, &path, Step::ReadyForIrf);
    let outside = at(&store, &path, Step::Anchoring);
    let before = dump(&path);
    let yes = IrfDecision::Prioritised;
    assert_eq!(
        refusal(store.record_irf_decision(ready.id, ready.version, yes, "")),
        ApplicationRefusal::NoRank {
            title: ready.title.clone()
        }
    );
    assert!(matches!(
        refusal(store.record_irf_decision(outside.id, outside.version, yes, "")),
        ApplicationRefusal::NotInRound { .. }
    ));
    assert_eq!(dump(&path), before);
    store.set_rank(ready.id, ready.version, 2).unwrap();
    store
        .record_irf_decision(ready.id, ready.version + 1, yes, "Høyest prioritet.")
        .unwrap();
    let decided = store.application(ready.id).unwrap();
    assert_eq!(decided.step, Step::RankedByIrf);
    assert_eq!(decided.irf_decision, Some(yes));
    assert_eq!(decided.irf_note, "Høyest prioritet.");
    // Back before the round, the decision goes with the place.
    store
        .set_step(ready.id, decided.version, Step::Anchoring, None)
        .unwrap();
    let back = store.application(ready.id).unwrap();
    assert_eq!((back.irf_rank, back.irf_decision), (None, None));
}

#[test]
fn the_ranking_case_lists_the_round_in_order_with_every_view() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let ready = at(&store, &path, Step::ReadyForIrf);
    let ranked = at(&store, &path, Step::RankedByIrf);
    let before = dump(&path);
    assert_eq!(
        refusal(store.draft_ranking_case(2026, today())),
        ApplicationRefusal::Unranked {
            titles: vec![ready.title.clone()]
        }
    );
    assert_eq!(dump(&path), before);
    store.move_in_ranking(ready.id, true).unwrap();
    let id = store.draft_ranking_case(2026, today()).unwrap();
    let conn = raw(&path);
    let (title, kind, status, region, number, background, proposal): (
        String,
        String,
        String,
        Option<String>,
        Option<i64>,
        String,
        String,
    ) = conn
        .query_row(
            "SELECT title, case_type, status, region_code, number, background, proposal
               FROM cases WHERE id = ?1",
            [id],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ))
            },
        )
        .unwrap();
    assert_eq!(
        title,
        "Prioritering av søknader om nye nasjonale tjenester 2026"
    );
    assert_eq!((kind.as_str(), status.as_str()), ("rangering", "utkast"));
    // The region leading that day: Helse Midt-Norge in the demo's rotation.
    assert_eq!((region.as_deref(), number), (Some("HMN"), None));
    let first = background
        .find(&format!("1. {}", ready.title))
        .expect(&background);
    let second = background
        .find(&format!("2. {}", ranked.title))
        .expect(&background);
    assert!(first < second);
    let answered = irf::i18n::Lang::Nb.date(days_ago(10));
    for line in [
        format!(
            "   Søker: {} (Helse Vest RHF)",
            ready.hf.as_deref().unwrap()
        ),
        "   Foreslått som: kompetansetjeneste".to_string(),
        format!("   - Helse Sør-Øst RHF: støtter ({answered})"),
        format!("   - Helse Nord RHF: støtter ({answered})"),
        format!(
            "   - Helse Vest RHF: støtter ikke ({answered}). Merknad: Pasientgrunnlaget er for lite."
        ),
        format!(
            "   Søker: {} (Helse Nord RHF)",
            ranked.hf.as_deref().unwrap()
        ),
    ] {
        assert!(background.contains(&line), "{line:?} not in\n{background}");
    }
    assert_eq!(
        proposal,
        format!(
            "IRF prioriterer søknadene i denne rekkefølgen:\n1. {}\n2. {}\n",
            ready.title, ranked.title
        )
    );
    let mut links: Vec<i64> = conn
        .prepare("SELECT entity_id FROM case_links WHERE case_id = ?1 AND entity = 'application'")
        .unwrap()
        .query_map([id], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    links.sort_unstable();
    let mut expected = vec![ready.id, ranked.id];
    expected.sort_unstable();
    assert_eq!(links, expected);
    assert_eq!(audit_actions(&path, "case", id), ["draft_ranking"]);
    assert!(
        store
            .search("prioritering av soknader", 5)
            .unwrap()
            .iter()
            .any(|h| h.id == id)
    );
}

#[test]
fn an_empty_round_has_nothing_to_rank() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    for step in [Step::ReadyForIrf, Step::RankedByIrf] {
        let app = at(&store, &path, step);
        store
            .set_step(app.id, app.version, Step::SentToDirectorate, None)
            .unwrap();
    }
    assert!(store.ranking().unwrap().is_empty());
    let before = dump(&path);
    assert_eq!(
        refusal(store.draft_ranking_case(2026, today())),
        ApplicationRefusal::NothingToRank
    );
    assert_eq!(dump(&path), before);
}
