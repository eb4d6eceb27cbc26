//! Everything the detail view shows about one record, read when the selection moves.

use chrono::NaiveDate;
use rusqlite::OptionalExtension;

use super::mappers::code_col;
use super::rows::{RefMember, Row, UnitExtra};
use super::search::SearchKind;
use super::{Result, Store};
use crate::domain::{self, Code, Region};

/// Details of the selected record, beyond what its row holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Detail {
    /// Nothing more to show.
    None,
    /// A unit: notes, ERN, reference group and its compliance.
    Unit(UnitExtra),
    /// A contact: every tie to a unit, reference group, application or case.
    Contact(Vec<Tie>),
    /// A report: checklist progress, follow-ups and the assessment.
    Report {
        /// Items answered.
        answered: i64,
        /// Items on the checklist for the unit's kind and year.
        items: i64,
        /// Follow-ups: text, owner region, due date, done.
        follow_ups: Vec<(String, String, Option<NaiveDate>, bool)>,
        /// The free-text assessment.
        assessment: String,
    },
    /// A case: its sections in order (background, assessment, proposal, attachments, decision).
    Case([String; 5]),
    /// An application with its anchorings.
    Application(Box<crate::store::Application>),
    /// A meeting: place and the agenda in order (case number text, title).
    Meeting {
        /// Place or video link.
        place: String,
        /// Agenda: case titles in order.
        agenda: Vec<String>,
    },
    /// A competence service's term: its reference group and its phase-out assessment
    /// with IRF's answer, when one is recorded.
    Term {
        /// The reference group and what it lacks.
        group: UnitExtra,
        /// The latest phase-out assessment.
        phase_out: Option<Box<crate::store::PhaseOut>>,
    },
    /// A network period: coordinating HF, decision and its date, and the network's
    /// members (its reference-group rows) checked against the network rule.
    Network {
        /// The members and what they lack.
        group: UnitExtra,
        /// Coordinating health trust.
        coordinating_hf: Option<String>,
        /// Decision text.
        decision: String,
        /// Decision date.
        decided_on: Option<NaiveDate>,
    },
}

/// One thing a person is tied to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tie {
    /// The role code (`fagdirektor`, `referansegruppe`, …) or `soknad` / `sak`.
    pub role: String,
    /// The record it leads to, if any: kind, id, title.
    pub target: Option<(SearchKind, i64, String)>,
}

impl Store {
    /// Reads the detail of the record behind `row`.
    pub fn detail(&self, row: &Row) -> Result<Detail> {
        match row {
            Row::Unit(u) => self.unit_extra(u.id, u.region, u.kind).map(Detail::Unit),
            Row::Renewal(r) if !r.is_network && r.kind == domain::UnitKind::Competence => {
                Ok(Detail::Term {
                    group: self.unit_extra(r.unit_id, r.region, r.kind)?,
                    phase_out: self.phase_out(r.unit_id)?.map(Box::new),
                })
            }
            Row::Renewal(r) if !r.is_network => self
                .unit_extra(r.unit_id, r.region, r.kind)
                .map(Detail::Unit),
            Row::Renewal(r) => {
                let group = self.unit_extra(r.unit_id, r.region, domain::UnitKind::Network)?;
                self.network_detail(r.id, group)
            }
            Row::Contact(c) => self.contact_ties(c.id).map(Detail::Contact),
            Row::Report(r) => self.report_detail(r.id, r.kind.code(), r.year),
            Row::Case(c) => self.case_sections(c.id),
            Row::Application(a) => self.application_detail(a.id),
            Row::Breach(g) => self
                .unit_extra(g.unit_id, g.region, g.kind)
                .map(Detail::Unit),
            Row::Milestone(_) | Row::Meeting(_) | Row::Money(_) | Row::SummaryItem(_) => {
                Ok(Detail::None)
            }
            Row::Due(d) => match d.reference {
                Some(("meetings", id)) => self.meeting_detail(id),
                Some(("applications", id)) => self.application_detail(id),
                _ => Ok(Detail::None),
            },
        }
    }

    fn unit_extra(&self, id: i64, host: Region, kind: domain::UnitKind) -> Result<UnitExtra> {
        let (ern, notes): (Option<String>, String) =
            self.conn
                .query_row("SELECT ern, notes FROM units WHERE id = ?1", [id], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT name, region_code, role, user_rep, chair FROM reference_group_members
              WHERE unit_id = ?1 ORDER BY chair DESC, name",
        )?;
        let members = stmt
            .query_map([id], |r| {
                Ok(RefMember {
                    name: r.get(0)?,
                    region: code_col(r, 1)?,
                    role: r.get(2)?,
                    user_rep: r.get(3)?,
                    chair: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let breaches = self.group_breaches(id, host, kind)?;
        let erns = super::ern::load(&self.conn, Some(id))?;
        Ok(UnitExtra {
            ern,
            notes,
            members,
            breaches,
            erns,
        })
    }

    fn network_detail(&self, period_id: i64, group: UnitExtra) -> Result<Detail> {
        let found = self
            .conn
            .query_row(
                "SELECT h.name, p.decision, p.decided_on FROM network_periods p
                   LEFT JOIN health_trusts h ON h.id = p.coordinating_hf WHERE p.id = ?1",
                [period_id],
                |r| {
                    Ok(Detail::Network {
                        group: group.clone(),
                        coordinating_hf: r.get(0)?,
                        decision: r.get(1)?,
                        decided_on: r.get(2)?,
                    })
                },
            )
            .optional()?;
        Ok(found.unwrap_or(Detail::None))
    }

    /// Every unit, reference group, application, case and ERN membership (as its unit) a
    /// person is tied to.
    pub fn contact_ties(&self, id: i64) -> Result<Vec<Tie>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.role, 'unit', u.id, u.name FROM contact_roles r
               LEFT JOIN units u ON u.id = r.unit_id WHERE r.contact_id = ?1
             UNION ALL
             SELECT CASE m.chair WHEN 1 THEN 'referansegruppeleder' ELSE 'referansegruppe' END,
                    'unit', u.id, u.name
               FROM reference_group_members m JOIN units u ON u.id = m.unit_id
              WHERE m.contact_id = ?1
             UNION ALL
             SELECT 'soknad', 'application', a.id, a.title FROM applications a
              WHERE a.contact_id = ?1
             UNION ALL
             SELECT 'sak', 'case', c.id, c.title FROM case_links l JOIN cases c ON c.id = l.case_id
              WHERE l.entity = 'contact' AND l.entity_id = ?1
             UNION ALL
             SELECT 'ern_koordinator', 'unit', u.id, u.name || ' (' || e.ern || ')'
               FROM ern_memberships e JOIN units u ON u.id = e.unit_id
              WHERE e.coordinator_id = ?1
             ORDER BY 1, 4",
        )?;
        let ties = stmt
            .query_map([id], |r| {
                let kind: String = r.get(1)?;
                let target_id: Option<i64> = r.get(2)?;
                let title: Option<String> = r.get(3)?;
                let target = SearchKind::from_code(&kind)
                    .zip(target_id)
                    .zip(title)
                    .map(|((k, id), t)| (k, id, t));
                Ok(Tie {
                    role: r.get(0)?,
                    target,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(ties)
    }

    fn report_detail(&self, id: i64, kind: &str, year: i32) -> Result<Detail> {
        let answered: i64 = self.conn.query_row(
            "SELECT count(*) FROM report_answers WHERE report_id = ?1 AND answer IS NOT NULL",
            [id],
            |r| r.get(0),
        )?;
        let items: i64 = match super::reviews::checklist_for(&self.conn, kind, year)? {
            Some((list, _)) => self.conn.query_row(
                "SELECT count(*) FROM checklist_items WHERE checklist_id = ?1",
                [list],
                |r| r.get(0),
            )?,
            None => 0,
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT text, owner_region, due_on, done FROM follow_ups WHERE report_id = ?1 ORDER BY id",
        )?;
        let follow_ups = stmt
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let assessment: String = self.conn.query_row(
            "SELECT assessment FROM annual_reports WHERE id = ?1",
            [id],
            |r| r.get(0),
        )?;
        Ok(Detail::Report {
            answered,
            items,
            follow_ups,
            assessment,
        })
    }

    fn case_sections(&self, id: i64) -> Result<Detail> {
        let sections = self.conn.query_row(
            "SELECT background, assessment, proposal, attachments, decision FROM cases WHERE id = ?1",
            [id],
            |r| Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?]),
        )?;
        Ok(Detail::Case(sections))
    }

    fn application_detail(&self, id: i64) -> Result<Detail> {
        Ok(Detail::Application(Box::new(self.application(id)?)))
    }

    fn meeting_detail(&self, id: i64) -> Result<Detail> {
        let place: String =
            self.conn
                .query_row("SELECT place FROM meetings WHERE id = ?1", [id], |r| {
                    r.get(0)
                })?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.title FROM agenda_items a JOIN cases c ON c.id = a.case_id
              WHERE a.meeting_id = ?1 ORDER BY a.position",
        )?;
        let agenda = stmt
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Detail::Meeting { place, agenda })
    }
}
