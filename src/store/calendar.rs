//! The year's dated things for `irf calendar`: milestones (or, for a year without any,
//! the default cycle projected onto it, as the Årshjul pane does), IRF and AD meetings,
//! networks whose current period reaches year 6, and competence services whose term
//! ends, leadership hand-overs and the environment's own obligations (the status
//! report, the regions' setting-aside, dialogue events; see `obligations`). Dates are compared and computed in Rust; the SQL only reads rows.

use chrono::{Datelike, Months, NaiveDate};

use super::{Result, Store};
use crate::domain::network_year;

/// What a calendar item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CalendarKind {
    /// A milestone of the annual cycle (stored for the year, or from the template).
    Milestone,
    /// An IRF or AD meeting.
    Meeting,
    /// The day a network's current period reaches year 6 (the RHFs decide on a new one).
    NetworkYear6,
    /// The last day of a competence service's term.
    TermEnd,
    /// The day a new leadership period starts: the working group's leadership passes
    /// to another region.
    Handover,
    /// The day the status report to HOD falls due (two years after operation started);
    /// `sent` once it is recorded as sent.
    StatusReport {
        /// Whether it was sent.
        sent: bool,
    },
    /// The day of the year by which a region records its setting-aside of 2–4 % of its
    /// grant; `recorded` once it is.
    SetAside {
        /// Whether the region's setting-aside of the year is recorded.
        recorded: bool,
    },
    /// A dialogue event the service environment runs (national or in one region).
    Dialogue,
}

impl CalendarKind {
    /// The stable code used in `--json`.
    pub fn code(self) -> &'static str {
        match self {
            CalendarKind::Milestone => "milestone",
            CalendarKind::Meeting => "meeting",
            CalendarKind::NetworkYear6 => "network_year_6",
            CalendarKind::TermEnd => "term_end",
            CalendarKind::Handover => "leadership_handover",
            CalendarKind::StatusReport { sent: false } => "status_report",
            CalendarKind::StatusReport { sent: true } => "status_report_sent",
            CalendarKind::SetAside { recorded: false } => "set_aside",
            CalendarKind::SetAside { recorded: true } => "set_aside_recorded",
            CalendarKind::Dialogue => "dialogue_event",
        }
    }
}

/// The calendars read since the last change, by year: the timeline and what is due
/// read the same year, and a start reads both.
pub(super) type CalendarCache =
    std::cell::RefCell<std::collections::HashMap<i32, Vec<CalendarItem>>>;

/// One dated thing of the year.
#[derive(Debug, Clone, PartialEq)]
pub struct CalendarItem {
    /// When.
    pub date: NaiveDate,
    /// What it is.
    pub kind: CalendarKind,
    /// Milestone name, meeting (`IRF – place`), or unit name.
    pub title: String,
    /// `nasjonal`, `regionene` or a region code; `None` when nobody is named.
    pub owner: Option<String>,
    /// The record it comes from (table, id); `None` for a template milestone.
    pub reference: Option<(&'static str, i64)>,
}

/// The first day of `year` and of the year after, as stored text (`YYYY-MM-DD`).
fn year_bounds(year: i32) -> (String, String) {
    (format!("{year:04}-01-01"), format!("{:04}-01-01", year + 1))
}

/// A stored date, or `None` when the text is not one.
pub(super) fn parse_date(text: Option<&str>) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text?.get(..10)?, "%Y-%m-%d").ok()
}

/// The owner column as shown: empty text is nobody.
fn owner(text: Option<String>) -> Option<String> {
    text.filter(|t| !t.trim().is_empty())
}

impl Store {
    /// Everything dated in `year`, sorted by date, then kind, then title. Milestones
    /// set by a rule have the date it gives; those whose rule gives none, and rows whose
    /// stored date is unreadable, are left out.
    pub fn calendar(&self, year: i32) -> Result<Vec<CalendarItem>> {
        if let Some(items) = self.calendars.borrow().get(&year) {
            return Ok(items.clone());
        }
        let items = self.read_calendar(year)?;
        self.calendars.borrow_mut().insert(year, items.clone());
        Ok(items)
    }

    /// The year's calendar as [`Store::calendar`] gives it, read anew.
    fn read_calendar(&self, year: i32) -> Result<Vec<CalendarItem>> {
        let mut items = self.calendar_milestones(year)?;
        items.extend(self.calendar_meetings(year)?);
        items.extend(self.calendar_networks(year)?);
        items.extend(self.calendar_terms(year)?);
        items.extend(self.calendar_handovers(year)?);
        // A national dialogue event stands in for the year's placeholder milestone.
        if self.has_national_dialogue(year)? {
            let placeholder = crate::domain::fold(crate::domain::DIALOGUE_MILESTONE);
            items.retain(|i| {
                i.kind != CalendarKind::Milestone || crate::domain::fold(&i.title) != placeholder
            });
        }
        items.extend(self.calendar_obligations(year)?);
        items.sort_by(|a, b| {
            (a.date, a.kind, &a.title, a.reference).cmp(&(b.date, b.kind, &b.title, b.reference))
        });
        Ok(items)
    }

    /// The year's milestones; for a year with none, the default cycle on that year.
    /// Stored milestones carry their resolved dates (rules included); one that cannot
    /// be resolved is left out.
    fn calendar_milestones(&self, year: i32) -> Result<Vec<CalendarItem>> {
        let stored: i64 = self.conn.query_row(
            "SELECT count(*) FROM milestones WHERE year = ?1",
            [year],
            |r| r.get(0),
        )?;
        let mut items = Vec::new();
        if stored > 0 {
            for m in self.milestones(year)? {
                if let Some(date) = m.date {
                    items.push(CalendarItem {
                        date,
                        kind: CalendarKind::Milestone,
                        title: m.name,
                        owner: owner(Some(m.owner)),
                        reference: Some(("milestones", m.id)),
                    });
                }
            }
            return Ok(items);
        }
        let mut stmt = self
            .conn
            .prepare("SELECT month, day, name, owner FROM cycle_template ORDER BY sort")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, u32>(0)?,
                r.get::<_, u32>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })?;
        for row in rows {
            let (month, day, name, who) = row?;
            if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
                items.push(CalendarItem {
                    date,
                    kind: CalendarKind::Milestone,
                    title: name,
                    owner: owner(who),
                    reference: None,
                });
            }
        }
        Ok(items)
    }

    /// IRF and AD meetings held in `year`; the owner is the chairing region.
    fn calendar_meetings(&self, year: i32) -> Result<Vec<CalendarItem>> {
        let (from, to) = year_bounds(year);
        let mut stmt = self.conn.prepare(
            "SELECT id, held_on, kind, place, chair_region FROM meetings
              WHERE held_on >= ?1 AND held_on < ?2",
        )?;
        let rows = stmt.query_map((from, to), |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, Option<String>>(4)?,
            ))
        })?;
        let mut items = Vec::new();
        for row in rows {
            let (id, held, kind, place, chair) = row?;
            let Some(date) = parse_date(Some(&held)) else {
                continue;
            };
            let title = if place.trim().is_empty() {
                kind
            } else {
                format!("{kind} – {place}")
            };
            items.push(CalendarItem {
                date,
                kind: CalendarKind::Meeting,
                title,
                owner: owner(chair),
                reference: Some(("meetings", id)),
            });
        }
        Ok(items)
    }

    /// Networks whose current (latest) period reaches year 6 in `year`: the period's
    /// start plus five years.
    fn calendar_networks(&self, year: i32) -> Result<Vec<CalendarItem>> {
        self.unit_items(
            // Each network's latest period, found from the periods (few) rather than by
            // probing every unit (many).
            "SELECT u.id, p.starts_on, u.name, u.region_code
               FROM (SELECT max(id) AS id FROM network_periods GROUP BY unit_id) last
               JOIN network_periods p ON p.id = last.id
               JOIN units u ON u.id = p.unit_id",
            [],
            CalendarKind::NetworkYear6,
            |start| {
                start
                    .checked_add_months(Months::new(60))
                    .filter(|date| date.year() == year && network_year(start, *date) == Some(6))
            },
        )
    }

    /// Services (not closed) whose term ends in `year`.
    fn calendar_terms(&self, year: i32) -> Result<Vec<CalendarItem>> {
        self.unit_items(
            "SELECT id, term_ends_on, name, region_code FROM units
              WHERE term_ends_on >= ?1 AND term_ends_on < ?2 AND status != 'avviklet'",
            year_bounds(year),
            CalendarKind::TermEnd,
            Some,
        )
    }

    /// Units as items of `kind`: `sql` reads each unit's id, a stored date, its name
    /// and its region, and `when` gives the item's date from the stored one (`None`
    /// leaves the unit out, as does a date that cannot be read).
    fn unit_items(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        kind: CalendarKind,
        when: impl Fn(NaiveDate) -> Option<NaiveDate>,
    ) -> Result<Vec<CalendarItem>> {
        let mut stmt = self.conn.prepare(sql)?;
        let rows = stmt.query_map(params, |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })?;
        let mut items = Vec::new();
        for row in rows {
            let (id, stored, name, region) = row?;
            if let Some(date) = parse_date(Some(&stored)).and_then(&when) {
                items.push(CalendarItem {
                    date,
                    kind,
                    title: name,
                    owner: owner(region),
                    reference: Some(("units", id)),
                });
            }
        }
        Ok(items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_strictly() {
        assert_eq!(
            parse_date(Some("2026-02-10")),
            NaiveDate::from_ymd_opt(2026, 2, 10)
        );
        assert_eq!(
            parse_date(Some("2026-02-10T09:00")),
            NaiveDate::from_ymd_opt(2026, 2, 10)
        );
        assert_eq!(parse_date(Some("2026-02-30")), None);
        assert_eq!(parse_date(Some("10.02.2026")), None);
        assert_eq!(parse_date(None), None);
        assert_eq!(
            year_bounds(2026),
            ("2026-01-01".into(), "2027-01-01".into())
        );
    }
}
