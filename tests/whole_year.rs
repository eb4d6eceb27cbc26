//! The whole year, end to end: one desk's annual cycle (*årshjul*) for 2026 played on a
//! fresh database (not the demo) through the real `irf` binary (`--db FILE --lang nb`)
//! and the headless app, a new `App` for each step with that step's day, on the same
//! file. After each step it checks what a user would look at: the queue's counts and
//! statuses, `irf summary`, the cases and their numbers, the exported agenda read back
//! (Markdown and DOCX), and the dates `irf calendar --json` and `irf due --json` give.
//!
//! - `desk`: the year's database and the helpers (the binary, a new app on a day, keys);
//! - `season`: the report season, February to June: the portfolio and eRapport's list
//!   imported (`tests/fixtures/whole_year/`), the late reports marked received, the
//!   reviews with their follow-ups, the season summary and its IRF case, the May
//!   meeting's agenda and meeting-mode decision, the feedback to Hdir by 1 June;
//! - `applications`: the autumn's call, two applications anchored in the other three
//!   regions and ranked, the ranking case;
//! - `renewals`: the network in year 6 (its renewal case), the competence service at
//!   the end of its term (phase-out: a transition of three years refused, two saved),
//!   and the December IRF meeting deciding all three cases, which ranks the
//!   applications, makes the network's next period and answers the phase-out.
//!
//! The portfolio (units file): sarkomer (HSØ, approved 1991, no term), døvblinde (HV,
//! 2012), trening som medisin (HMN, 2022, opplæring: term ends 31.12.2026), flåttbårne
//! sykdommer (HN, 2017), avansert brannskadebehandling (treatment, HV), and the network
//! ParkinsonNet (HMN, approved 01.06.2021: its first period runs to 31.05.2026, so it is
//! in year 6 from 1 June 2026).

#[path = "whole_year/applications.rs"]
mod applications;
#[path = "whole_year/desk.rs"]
mod desk;
#[path = "whole_year/renewals.rs"]
mod renewals;
#[path = "whole_year/season.rs"]
mod season;
mod support;

#[test]
fn the_whole_year_on_a_fresh_database() {
    let year = desk::Year::new();
    season::february(&year);
    season::march(&year);
    season::april(&year);
    season::may(&year);
    applications::the_call(&year);
    applications::applications(&year);
    renewals::renewal_and_phase_out(&year);
    renewals::december_meeting(&year);
}
