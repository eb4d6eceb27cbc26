//! Where a record lives on screen: the list that shows it and the year that list needs
//! (a report's season, a milestone's cycle year), so "Siden sist" can jump to it. A
//! child goes to its parent's place: a follow-up to its report, a reference-group
//! member or a phase-out to its unit.

use rusqlite::OptionalExtension;

use super::HistoryTarget;
use crate::store::{Result, Store};

/// The list row that shows a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Home {
    /// Tjenester: the unit with this id.
    Unit(i64),
    /// Årsrapporter: the report with this id, in the season of `year`.
    Report {
        /// The report.
        id: i64,
        /// Its report year.
        year: i32,
    },
    /// Kontakter.
    Contact(i64),
    /// Saker: a case.
    Case(i64),
    /// Saker: a meeting.
    Meeting(i64),
    /// Årshjul: an application.
    Application(i64),
    /// Årshjul: a milestone of `year`'s cycle.
    Milestone {
        /// The milestone.
        id: i64,
        /// Its cycle year.
        year: i32,
    },
    /// The leadership periods (a dialog over any pane), on this one.
    Leadership(i64),
    /// One of the environment's obligations (a dialog over any pane): the status
    /// report, a dialogue event or a setting-aside.
    Obligation(HistoryTarget),
    /// Fornyelser: a network period; `unit` is where to go if the period is not listed.
    NetworkPeriod {
        /// The period.
        id: i64,
        /// Its unit.
        unit: i64,
    },
}

impl Store {
    /// Where `target` is shown, or `None` when it no longer exists.
    pub fn record_home(&self, target: HistoryTarget) -> Result<Option<Home>> {
        let id = target.id();
        let one = |sql: &str| -> Result<Option<(i64, i64)>> {
            Ok(self
                .conn
                .prepare_cached(sql)?
                .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?)
        };
        let year = |n: i64| i32::try_from(n).unwrap_or_default();
        Ok(match target {
            HistoryTarget::Unit(_) => {
                one("SELECT id, 0 FROM units WHERE id = ?1")?.map(|(id, _)| Home::Unit(id))
            }
            HistoryTarget::Report(_) => one("SELECT id, year FROM annual_reports WHERE id = ?1")?
                .map(|(id, y)| Home::Report { id, year: year(y) }),
            HistoryTarget::FollowUp(_) => one("SELECT r.id, r.year FROM follow_ups f
                   JOIN annual_reports r ON r.id = f.report_id WHERE f.id = ?1")?
            .map(|(id, y)| Home::Report { id, year: year(y) }),
            HistoryTarget::Member(_) => {
                one("SELECT unit_id, 0 FROM reference_group_members WHERE id = ?1")?
                    .map(|(unit, _)| Home::Unit(unit))
            }
            HistoryTarget::PhaseOut(_) => one("SELECT unit_id, 0 FROM phase_outs WHERE id = ?1")?
                .map(|(unit, _)| Home::Unit(unit)),
            HistoryTarget::NetworkPeriod(_) => {
                one("SELECT id, unit_id FROM network_periods WHERE id = ?1")?
                    .map(|(id, unit)| Home::NetworkPeriod { id, unit })
            }
            HistoryTarget::Contact(_) => {
                one("SELECT id, 0 FROM contacts WHERE id = ?1")?.map(|(id, _)| Home::Contact(id))
            }
            HistoryTarget::Case(_) => {
                one("SELECT id, 0 FROM cases WHERE id = ?1")?.map(|(id, _)| Home::Case(id))
            }
            HistoryTarget::Meeting(_) => {
                one("SELECT id, 0 FROM meetings WHERE id = ?1")?.map(|(id, _)| Home::Meeting(id))
            }
            HistoryTarget::Application(_) => one("SELECT id, 0 FROM applications WHERE id = ?1")?
                .map(|(id, _)| Home::Application(id)),
            HistoryTarget::Milestone(_) => one("SELECT id, year FROM milestones WHERE id = ?1")?
                .map(|(id, y)| Home::Milestone { id, year: year(y) }),
            HistoryTarget::Leadership(_) => {
                one("SELECT id, 0 FROM leadership_periods WHERE id = ?1")?
                    .map(|(id, _)| Home::Leadership(id))
            }
            HistoryTarget::Obligations(_) => {
                one("SELECT id, 0 FROM environment_obligations WHERE id = ?1")?
                    .map(|_| Home::Obligation(target))
            }
            HistoryTarget::DialogueEvent(_) => {
                one("SELECT id, 0 FROM dialogue_events WHERE id = ?1")?
                    .map(|_| Home::Obligation(target))
            }
            HistoryTarget::SetAside(_) => {
                one("SELECT id, 0 FROM set_asides WHERE id = ?1")?.map(|_| Home::Obligation(target))
            }
        })
    }
}
