//! What is due for `irf due`: the dated things of [`Store::calendar`] (milestones of this
//! year and last year, meetings, networks reaching year 6, term ends, dialogue events,
//! the status report to HOD while not sent, a region's setting-aside while not recorded) plus the anchoring
//! answers still pending, kept when they fall within the next days or are overdue by at
//! most [`OVERDUE_DAYS`], and a leadership period ending within six months. Dates are
//! compared in Rust; the SQL only reads rows.

use chrono::{Datelike, Days, NaiveDate};

use super::calendar::parse_date;
use super::{CalendarItem, CalendarKind, Result, Store};
use crate::domain::{Region, fold};

/// How many days back an overdue item is still listed.
pub const OVERDUE_DAYS: u64 = 60;

/// How many days a region has to answer an anchoring when the year has no anchoring
/// milestone.
pub const ANCHORING_DAYS: u64 = 30;

/// What a due item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DueKind {
    /// One of the calendar's kinds.
    Calendar(CalendarKind),
    /// A region's anchoring answer to an application, still pending.
    Anchoring,
    /// A leadership period ending within six months (dated on its last day): who takes
    /// over the day after, if a next period is recorded.
    Leadership {
        /// The region leading until then.
        from: Region,
        /// The region taking over, if recorded.
        to: Option<Region>,
    },
}

impl DueKind {
    /// Whether the item asks for something that stays open until it is done (an
    /// anchoring answer, a network's renewal decision, a term's end), so that past its
    /// date it is overdue; a milestone or a meeting past its date has just passed.
    pub fn is_obligation(self) -> bool {
        matches!(
            self,
            DueKind::Anchoring
                | DueKind::Calendar(
                    CalendarKind::NetworkYear6
                        | CalendarKind::TermEnd
                        | CalendarKind::StatusReport { .. }
                        | CalendarKind::SetAside { .. }
                )
        )
    }

    /// The stable code used in `--json`.
    pub fn code(self) -> &'static str {
        match self {
            DueKind::Calendar(kind) => kind.code(),
            DueKind::Anchoring => "anchoring",
            DueKind::Leadership { .. } => "leadership",
        }
    }
}

/// One thing that is due (or overdue).
#[derive(Debug, Clone, PartialEq)]
pub struct DueItem {
    /// When it is due.
    pub date: NaiveDate,
    /// What it is.
    pub kind: DueKind,
    /// Milestone name, meeting, unit name, or application title.
    pub title: String,
    /// `nasjonal`, `regionene` or a region code; `None` when nobody is named.
    pub owner: Option<String>,
    /// The record it comes from (table, id); `None` for a template milestone.
    pub reference: Option<(&'static str, i64)>,
}

impl DueItem {
    /// Whether `region` (a region code such as `HN`) owns it: it is the owner, or the
    /// item is a milestone owned by all the regions (`regionene`).
    pub fn owned_by(&self, region: &str) -> bool {
        match self.owner.as_deref() {
            Some(owner) if owner == region => true,
            Some("regionene") => self.kind == DueKind::Calendar(CalendarKind::Milestone),
            _ => false,
        }
    }
}

impl From<CalendarItem> for DueItem {
    fn from(item: CalendarItem) -> DueItem {
        DueItem {
            date: item.date,
            kind: DueKind::Calendar(item.kind),
            title: item.title,
            owner: item.owner,
            reference: item.reference,
        }
    }
}

impl Store {
    /// Everything due from `today` through `today + days`, or overdue by at most
    /// [`OVERDUE_DAYS`], sorted by date, then kind, then title. Milestones count only
    /// for this year and last year. A leadership period ending within
    /// [`LEADERSHIP_NOTICE_MONTHS`](super::LEADERSHIP_NOTICE_MONTHS) is listed for any
    /// `days` above 0, a longer notice than the rest (the calendar's hand-over itself
    /// is not: that item says it); `days` 0 lists only what is overdue.
    pub fn due(&self, today: NaiveDate, days: u32) -> Result<Vec<DueItem>> {
        let from = today
            .checked_sub_days(Days::new(OVERDUE_DAYS))
            .unwrap_or(NaiveDate::MIN);
        let to = today
            .checked_add_days(Days::new(u64::from(days)))
            .unwrap_or(NaiveDate::MAX);
        let within = |date: NaiveDate| from <= date && date <= to;
        let mut items = Vec::new();
        for year in from.year()..=to.year() {
            for item in self.calendar(year)? {
                let milestone_year = year == today.year() || year == today.year() - 1;
                let listed = match item.kind {
                    CalendarKind::Milestone => milestone_year,
                    CalendarKind::Handover => false,
                    // Done: a sent report or a recorded setting-aside asks nothing.
                    CalendarKind::StatusReport { sent } => !sent,
                    CalendarKind::SetAside { recorded } => !recorded,
                    _ => true,
                };
                if within(item.date) && listed {
                    items.push(DueItem::from(item));
                }
            }
        }
        if days > 0 {
            items.extend(self.leadership_due(today)?);
        }
        // Open obligations stay listed past OVERDUE_DAYS until done: this year's
        // setting-aside not recorded, the status report not sent.
        let report = self.obligations_if_readable()?.and_then(|o| o.report_due());
        let mut years = vec![today.year()];
        years.extend(report.map(|d| d.year()).filter(|y| *y != today.year()));
        for year in years {
            for item in self.calendar_obligations(year)? {
                let open = matches!(
                    item.kind,
                    CalendarKind::SetAside { recorded: false } if year == today.year()
                ) || item.kind == CalendarKind::StatusReport { sent: false };
                if open && item.date < from {
                    items.push(DueItem::from(item));
                }
            }
        }
        items.extend(
            self.pending_anchorings()?
                .into_iter()
                .filter(|i| within(i.date)),
        );
        items.sort_by(|a, b| {
            (a.date, a.kind, &a.title, &a.owner, a.reference).cmp(&(
                b.date,
                b.kind,
                &b.title,
                &b.owner,
                b.reference,
            ))
        });
        Ok(items)
    }

    /// Each anchoring still awaiting an answer (`avventer`) for an application at the
    /// anchoring step. It is due on the date of the year's anchoring milestone (a
    /// milestone named `Forankring…` of the year the application was received, from
    /// the default cycle if that year has none of its own; a rule's date counts), or
    /// else [`ANCHORING_DAYS`] after the application was received. Applications without
    /// a readable received date are left out.
    pub fn pending_anchorings(&self) -> Result<Vec<DueItem>> {
        let mut stmt = self.conn.prepare(
            "SELECT a.id, a.title, a.received_on, n.region_code
               FROM anchorings n JOIN applications a ON a.id = n.application_id
              WHERE n.view = 'avventer' AND a.step = 'forankring'",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let rows = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        // The anchoring milestone of each year (its date resolved from a rule if it
        // has one), read once a year.
        let mut milestone_of: std::collections::HashMap<i32, Option<NaiveDate>> =
            std::collections::HashMap::new();
        let mut items = Vec::new();
        for (id, title, received, region) in rows {
            let Some(received) = parse_date(received.as_deref()) else {
                continue;
            };
            let year = received.year();
            let date = match milestone_of.get(&year) {
                Some(date) => *date,
                None => {
                    let date = self
                        .milestones(year)?
                        .into_iter()
                        .filter(|m| fold(&m.name).starts_with("forankring"))
                        .filter_map(|m| m.date)
                        .min();
                    milestone_of.insert(year, date);
                    date
                }
            };
            let date = date.or_else(|| received.checked_add_days(Days::new(ANCHORING_DAYS)));
            let Some(date) = date else {
                continue;
            };
            items.push(DueItem {
                date,
                kind: DueKind::Anchoring,
                title,
                owner: Some(region),
                reference: Some(("applications", id)),
            });
        }
        Ok(items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(kind: DueKind, owner: Option<&str>) -> DueItem {
        DueItem {
            date: NaiveDate::from_ymd_opt(2026, 2, 10).unwrap(),
            kind,
            title: "x".into(),
            owner: owner.map(str::to_string),
            reference: None,
        }
    }

    #[test]
    fn owners_of_an_item() {
        let milestone = DueKind::Calendar(CalendarKind::Milestone);
        assert!(item(DueKind::Anchoring, Some("HN")).owned_by("HN"));
        assert!(!item(DueKind::Anchoring, Some("HV")).owned_by("HN"));
        assert!(item(milestone, Some("regionene")).owned_by("HSØ"));
        assert!(!item(milestone, Some("nasjonal")).owned_by("HSØ"));
        assert!(!item(milestone, None).owned_by("HSØ"));
        let meeting = DueKind::Calendar(CalendarKind::Meeting);
        assert!(!item(meeting, Some("regionene")).owned_by("HV"));
        assert_eq!(DueKind::Anchoring.code(), "anchoring");
        assert_eq!(meeting.code(), "meeting");
    }
}
