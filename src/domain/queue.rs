//! The Årsrapporter queue's narrowing and sorting (what a saved view holds), and the
//! rules of its bulk actions: which status changes a report may take, and when a
//! report can be marked received.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use strum::{EnumIter, IntoStaticStr};

use super::{Region, ReportStatus, UnitKind};

/// The columns the queue can be sorted by.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    EnumIter,
    IntoStaticStr,
    Serialize,
    Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum QueueSort {
    /// The unit's name.
    #[default]
    Unit,
    /// The kind of unit.
    Kind,
    /// The host region.
    Region,
    /// The reviewer region.
    Reviewer,
    /// The review status, in the order of the review.
    Status,
    /// Days past the filing deadline (reports not yet received).
    Overdue,
    /// The filing deadline.
    Deadline,
    /// When the report was received.
    Received,
    /// Whether the reference group's statement is in.
    Statement,
    /// How many follow-ups are open.
    FollowUps,
}

impl QueueSort {
    /// The next column in the order the `o` key walks them.
    pub fn next(self) -> QueueSort {
        use strum::IntoEnumIterator;
        let all: Vec<QueueSort> = QueueSort::iter().collect();
        let at = all.iter().position(|s| *s == self).unwrap_or(0);
        all[(at + 1) % all.len()]
    }
}

/// What narrows and orders the queue: a saved view is one of these. Every narrowing
/// left `None`/`false` lets every report through.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct QueueFilter {
    /// Reports of units hosted in this region, or reviewed by it.
    #[serde(with = "code_opt")]
    pub region: Option<Region>,
    /// The user's own region (the view "Min region"); resolved to `region` when read.
    pub my_region: bool,
    /// Only this kind of unit.
    #[serde(with = "code_opt")]
    pub kind: Option<UnitKind>,
    /// Only this status.
    #[serde(with = "code_opt")]
    pub status: Option<ReportStatus>,
    /// Only reports not received whose deadline has passed.
    pub overdue: bool,
    /// Only received reports still without the reference group's statement.
    pub awaiting_statement: bool,
    /// The column sorted by.
    pub sort: QueueSort,
    /// Largest first.
    pub descending: bool,
}

impl QueueFilter {
    /// True when nothing narrows the queue (the sort may still differ).
    pub fn is_open(&self) -> bool {
        self.region.is_none()
            && !self.my_region
            && self.kind.is_none()
            && self.status.is_none()
            && !self.overdue
            && !self.awaiting_statement
    }

    /// The view as stored (JSON).
    pub fn to_spec(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A stored view; `None` when the text is not one (a hand-edited row, a newer
    /// program's key is ignored, not refused).
    pub fn from_spec(spec: &str) -> Option<QueueFilter> {
        serde_json::from_str(spec).ok()
    }
}

/// A code (`HV`, `kompetanse`, `mottatt`) in the stored view; an unknown code reads
/// as no narrowing.
mod code_opt {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::domain::Code;

    pub fn serialize<T: Code, S: Serializer>(v: &Option<T>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(c) => s.serialize_str(c.code()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, T: Code, D: Deserializer<'de>>(d: D) -> Result<Option<T>, D::Error> {
        let text = Option::<String>::deserialize(d)?;
        Ok(text.and_then(|t| T::from_code(&t)))
    }
}

/// The views every user starts with: (bokmål name, English name, the view).
pub fn default_views() -> Vec<(&'static str, &'static str, QueueFilter)> {
    vec![
        (
            "Min region",
            "My region",
            QueueFilter {
                my_region: true,
                ..QueueFilter::default()
            },
        ),
        (
            "Forsinket",
            "Overdue",
            QueueFilter {
                overdue: true,
                sort: QueueSort::Overdue,
                descending: true,
                ..QueueFilter::default()
            },
        ),
        (
            "Venter på uttalelse",
            "Awaiting statement",
            QueueFilter {
                awaiting_statement: true,
                sort: QueueSort::Received,
                ..QueueFilter::default()
            },
        ),
    ]
}

/// Why a bulk change was not made on one report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueueRefusal {
    /// The received date lies after today.
    ReceivedInFuture,
    /// The received date lies before the year reported on ended.
    ReceivedBeforeYearEnd,
    /// The report is already received (and further along than received).
    AlreadyReceived,
    /// A report not received cannot be reviewed, finished or closed.
    NotReceived,
    /// Closing a report whose follow-ups are not all done.
    FollowUpsOpen,
    /// Reviewed without follow-ups, yet follow-ups are open (use oppfølging).
    ReviewedWithOpenFollowUps,
    /// Follow-up status without any open follow-up.
    NoOpenFollowUps,
}

/// Whether a report of `year` may be marked received on `on` (today is `today`), and
/// what its status becomes: `mottatt` for an expected report; a report already further
/// along keeps its status and only gets the date if it had none.
pub fn receive_report(
    status: ReportStatus,
    received_on: Option<NaiveDate>,
    year: i32,
    on: NaiveDate,
    today: NaiveDate,
) -> Result<ReportStatus, QueueRefusal> {
    if on > today {
        return Err(QueueRefusal::ReceivedInFuture);
    }
    if NaiveDate::from_ymd_opt(year, 12, 31).is_some_and(|end| on <= end) {
        return Err(QueueRefusal::ReceivedBeforeYearEnd);
    }
    match status {
        ReportStatus::Expected => Ok(ReportStatus::Received),
        _ if received_on.is_none() => Ok(status),
        _ => Err(QueueRefusal::AlreadyReceived),
    }
}

/// Whether a report may be set to `to` from the queue: a report not received can only
/// be expected or received; `vurdert` needs no open follow-ups, `oppfolging` needs some,
/// and `lukket` needs every follow-up done.
pub fn report_status_change(
    received: bool,
    to: ReportStatus,
    open_follow_ups: i64,
) -> Result<(), QueueRefusal> {
    use ReportStatus::*;
    match to {
        Expected => Ok(()),
        _ if !received && to != Received => Err(QueueRefusal::NotReceived),
        Reviewed if open_follow_ups > 0 => Err(QueueRefusal::ReviewedWithOpenFollowUps),
        FollowUpOpen if open_follow_ups == 0 => Err(QueueRefusal::NoOpenFollowUps),
        Closed if open_follow_ups > 0 => Err(QueueRefusal::FollowUpsOpen),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn receiving_moves_an_expected_report_only() {
        let today = d(2026, 3, 1);
        assert_eq!(
            receive_report(ReportStatus::Expected, None, 2025, d(2026, 2, 9), today),
            Ok(ReportStatus::Received)
        );
        assert_eq!(
            receive_report(ReportStatus::Expected, None, 2025, d(2026, 3, 2), today),
            Err(QueueRefusal::ReceivedInFuture)
        );
        assert_eq!(
            receive_report(ReportStatus::Expected, None, 2025, d(2025, 12, 31), today),
            Err(QueueRefusal::ReceivedBeforeYearEnd)
        );
        assert_eq!(
            receive_report(ReportStatus::InReview, None, 2025, d(2026, 2, 9), today),
            Ok(ReportStatus::InReview)
        );
        assert_eq!(
            receive_report(
                ReportStatus::InReview,
                Some(d(2026, 2, 1)),
                2025,
                d(2026, 2, 9),
                today
            ),
            Err(QueueRefusal::AlreadyReceived)
        );
    }

    #[test]
    fn status_rules() {
        use ReportStatus::*;
        assert_eq!(report_status_change(false, Received, 0), Ok(()));
        assert_eq!(
            report_status_change(false, InReview, 0),
            Err(QueueRefusal::NotReceived)
        );
        assert_eq!(report_status_change(true, Reviewed, 0), Ok(()));
        assert_eq!(
            report_status_change(true, Reviewed, 2),
            Err(QueueRefusal::ReviewedWithOpenFollowUps)
        );
        assert_eq!(report_status_change(true, FollowUpOpen, 1), Ok(()));
        assert_eq!(
            report_status_change(true, FollowUpOpen, 0),
            Err(QueueRefusal::NoOpenFollowUps)
        );
        assert_eq!(
            report_status_change(true, Closed, 1),
            Err(QueueRefusal::FollowUpsOpen)
        );
        assert_eq!(report_status_change(true, Closed, 0), Ok(()));
        assert_eq!(report_status_change(false, Expected, 3), Ok(()));
    }

    #[test]
    fn views_round_trip_and_tolerate_unknown_keys() {
        for (_, _, view) in default_views() {
            assert_eq!(QueueFilter::from_spec(&view.to_spec()), Some(view));
        }
        let v = QueueFilter::from_spec(r#"{"region":"HV","future_key":1}"#).unwrap();
        assert_eq!(v.region, Some(Region::Hv));
        assert!(QueueFilter::from_spec("not json").is_none());
        assert_eq!(QueueSort::FollowUps.next(), QueueSort::Unit);
    }
}
