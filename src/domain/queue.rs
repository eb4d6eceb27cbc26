//! The Årsrapporter queue's narrowing and sorting (what a saved view holds), and the
//! rules of its bulk actions: which status changes a report may take, and when a
//! report can be marked received.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use strum::{EnumIter, IntoStaticStr};

use super::review::{ReviewRefusal, close};
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

/// The views every user starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DefaultView {
    /// The reports of the user's own region.
    MyRegion,
    /// The reports not received whose deadline has passed, most overdue first.
    Overdue,
    /// Received reports still without the reference group's statement.
    AwaitingStatement,
}

/// The views every user starts with, in order (their names are in `i18n`).
pub fn default_views() -> Vec<(DefaultView, QueueFilter)> {
    vec![
        (
            DefaultView::MyRegion,
            QueueFilter {
                my_region: true,
                ..QueueFilter::default()
            },
        ),
        (
            DefaultView::Overdue,
            QueueFilter {
                overdue: true,
                sort: QueueSort::Overdue,
                descending: true,
                ..QueueFilter::default()
            },
        ),
        (
            DefaultView::AwaitingStatement,
            QueueFilter {
                awaiting_statement: true,
                sort: QueueSort::Received,
                ..QueueFilter::default()
            },
        ),
    ]
}

/// Why a bulk change was not made on one report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueueRefusal {
    /// The received date lies after today.
    ReceivedInFuture,
    /// The received date lies before the year reported on ended.
    ReceivedBeforeYearEnd,
    /// The report is already received (and further along than received).
    AlreadyReceived,
    /// Set to received without a date: marking it received (`m`) asks for the date.
    NeedsReceivedDate,
    /// Back to expected once the review has begun.
    ReviewBegun,
    /// Reviewed without follow-ups, yet follow-ups are open (use oppfølging).
    ReviewedWithOpenFollowUps,
    /// Follow-up status without any open follow-up.
    NoOpenFollowUps,
    /// The review's own rules refuse it (not received, closed, not finished, …).
    Review(ReviewRefusal),
}

/// Whether a report of `year` may be marked received on `on` (today is `today`), and
/// what its status becomes: `mottatt` for an expected report; a report already further
/// along keeps its status and only gets the date if it had none; a closed report is
/// left alone.
pub fn receive_report(
    status: ReportStatus,
    received_on: Option<NaiveDate>,
    year: i32,
    on: NaiveDate,
    today: NaiveDate,
) -> Result<ReportStatus, QueueRefusal> {
    if status == ReportStatus::Closed {
        return Err(QueueRefusal::Review(ReviewRefusal::Closed));
    }
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

/// Whether a report may be set from `from` to `to` from the queue, with `open`
/// follow-ups not done. The review's rules hold (see `review`): nothing changes in a
/// closed report but being reopened as `vurdert`; closing needs a finished review with
/// every follow-up done; `vurdert` and `oppfolging` follow the open follow-ups. Going
/// back is allowed while reviewing, and to `forventet` only from `mottatt` (a report
/// marked received by mistake); `mottatt` from `forventet` needs its date (`m`).
pub fn report_status_change(
    from: ReportStatus,
    to: ReportStatus,
    open: usize,
) -> Result<(), QueueRefusal> {
    use ReportStatus::*;
    if from == to {
        return Ok(());
    }
    match (from, to) {
        (Closed, Reviewed) if open == 0 => Ok(()),
        (Closed, _) => Err(QueueRefusal::Review(ReviewRefusal::Closed)),
        (Received, Expected) => Ok(()),
        (_, Expected) => Err(QueueRefusal::ReviewBegun),
        (Expected, Received) => Err(QueueRefusal::NeedsReceivedDate),
        (Expected, _) => Err(QueueRefusal::Review(ReviewRefusal::NotReceived)),
        (_, Received | InReview) => Ok(()),
        (_, Reviewed) if open > 0 => Err(QueueRefusal::ReviewedWithOpenFollowUps),
        (_, FollowUpOpen) if open == 0 => Err(QueueRefusal::NoOpenFollowUps),
        (_, Reviewed | FollowUpOpen) => Ok(()),
        (_, Closed) => close(from, open).map(|_| ()).map_err(QueueRefusal::Review),
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
        let on = Some(d(2026, 2, 1));
        assert_eq!(
            receive_report(ReportStatus::InReview, on, 2025, d(2026, 2, 9), today),
            Err(QueueRefusal::AlreadyReceived)
        );
        assert_eq!(
            receive_report(ReportStatus::Closed, None, 2025, d(2026, 2, 9), today),
            Err(QueueRefusal::Review(ReviewRefusal::Closed))
        );
    }

    #[test]
    fn status_rules_follow_the_review() {
        use ReportStatus::*;
        let ok = |from, to, open| report_status_change(from, to, open);
        assert_eq!(
            ok(Expected, Received, 0),
            Err(QueueRefusal::NeedsReceivedDate)
        );
        assert_eq!(
            ok(Expected, InReview, 0),
            Err(QueueRefusal::Review(ReviewRefusal::NotReceived))
        );
        assert_eq!(ok(Received, Expected, 0), Ok(()));
        assert_eq!(ok(InReview, Expected, 0), Err(QueueRefusal::ReviewBegun));
        assert_eq!(ok(Received, InReview, 0), Ok(()));
        assert_eq!(ok(InReview, Reviewed, 0), Ok(()));
        assert_eq!(
            ok(InReview, Reviewed, 2),
            Err(QueueRefusal::ReviewedWithOpenFollowUps)
        );
        assert_eq!(ok(Reviewed, FollowUpOpen, 1), Ok(()));
        assert_eq!(
            ok(InReview, FollowUpOpen, 0),
            Err(QueueRefusal::NoOpenFollowUps)
        );
        // Closing: as the review form closes, a finished review with nothing open.
        assert_eq!(ok(Reviewed, Closed, 0), Ok(()));
        assert_eq!(
            ok(FollowUpOpen, Closed, 1),
            Err(QueueRefusal::Review(ReviewRefusal::FollowUpsOpen {
                open: 1
            }))
        );
        assert_eq!(
            ok(Received, Closed, 0),
            Err(QueueRefusal::Review(ReviewRefusal::NotFinished))
        );
        // A closed report is final but for being reopened.
        assert_eq!(ok(Closed, Reviewed, 0), Ok(()));
        assert_eq!(
            ok(Closed, InReview, 0),
            Err(QueueRefusal::Review(ReviewRefusal::Closed))
        );
        assert_eq!(ok(Closed, Closed, 0), Ok(()));
    }

    #[test]
    fn views_round_trip_and_tolerate_unknown_keys() {
        for (_, view) in default_views() {
            assert_eq!(QueueFilter::from_spec(&view.to_spec()), Some(view));
        }
        let v = QueueFilter::from_spec(r#"{"region":"HV","future_key":1}"#).unwrap();
        assert_eq!(v.region, Some(Region::Hv));
        assert!(QueueFilter::from_spec("not json").is_none());
        assert_eq!(QueueSort::FollowUps.next(), QueueSort::Unit);
    }
}
