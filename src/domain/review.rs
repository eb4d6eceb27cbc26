//! Reviewing an annual report: the answer to a checklist item, the status a review
//! moves the report through, and what a follow-up item needs.
//!
//! Status (DOMAIN.md, "Reviewing an annual report"; `annual_reports.status`):
//! `forventet` (not received: cannot be reviewed) → `mottatt` → `under_vurdering` (the
//! first thing saved in the review moves it there) → finished: `vurdert` (nothing to
//! follow up) or `oppfolging` (open follow-up items) → `lukket` (only when every
//! follow-up is done; a closed report is read only). Adding a follow-up to a `vurdert`
//! report makes it `oppfolging`; the last open one done makes it `vurdert` again.
//!
//! Nothing here reads the clock: a follow-up's due date is checked for being a date,
//! not for lying in the future (old follow-ups are recorded too).

use chrono::NaiveDate;
use strum::{EnumIter, EnumString, IntoStaticStr};

use super::{Code, ReportStatus, parse_date_input};

/// A reviewer's answer to one checklist item.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, IntoStaticStr, EnumString,
)]
pub enum Answer {
    /// Ja.
    #[strum(serialize = "ja")]
    Ja,
    /// Nei.
    #[strum(serialize = "nei")]
    Nei,
    /// Delvis: partly.
    #[strum(serialize = "delvis")]
    Delvis,
    /// Ikke relevant.
    #[strum(serialize = "ikke_relevant")]
    IkkeRelevant,
}

impl Code for Answer {}

impl Answer {
    /// Every answer, in the summary table's column order.
    pub const ALL: [Answer; 4] = [
        Answer::Ja,
        Answer::Nei,
        Answer::Delvis,
        Answer::IkkeRelevant,
    ];

    /// The answer a number key sets: 1 Ja, 2 Nei, 3 Delvis, 4 Ikke relevant.
    pub fn from_key(key: char) -> Option<Answer> {
        match key {
            '1' => Some(Answer::Ja),
            '2' => Some(Answer::Nei),
            '3' => Some(Answer::Delvis),
            '4' => Some(Answer::IkkeRelevant),
            _ => None,
        }
    }

    /// The number key that sets this answer.
    pub fn key(self) -> char {
        match self {
            Answer::Ja => '1',
            Answer::Nei => '2',
            Answer::Delvis => '3',
            Answer::IkkeRelevant => '4',
        }
    }

    /// The answer after `current` when Space cycles: none → Ja → Nei → Delvis →
    /// Ikke relevant → Ja.
    pub fn cycle(current: Option<Answer>) -> Answer {
        match current {
            None | Some(Answer::IkkeRelevant) => Answer::Ja,
            Some(Answer::Ja) => Answer::Nei,
            Some(Answer::Nei) => Answer::Delvis,
            Some(Answer::Delvis) => Answer::IkkeRelevant,
        }
    }
}

/// Why a change to a review was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewRefusal {
    /// The report has not been received (`forventet`): there is nothing to review.
    NotReceived,
    /// The report is closed (`lukket`): nothing in it can change.
    Closed,
    /// Closing before the review is finished.
    NotFinished,
    /// Closing while follow-up items are open.
    FollowUpsOpen {
        /// How many are not done.
        open: usize,
    },
    /// A follow-up without text.
    FollowUpTextMissing,
    /// A follow-up without an owner region.
    FollowUpOwnerMissing,
    /// A follow-up whose due date is not a date.
    FollowUpBadDate {
        /// What was typed.
        typed: String,
    },
    /// An answer to an item that is not on the report's checklist.
    UnknownItem {
        /// The item code.
        code: String,
    },
}

/// Whether a report in `status` can be opened for review: every status but
/// `forventet`.
pub fn can_review(status: ReportStatus) -> Result<(), ReviewRefusal> {
    match status {
        ReportStatus::Expected => Err(ReviewRefusal::NotReceived),
        _ => Ok(()),
    }
}

/// Whether answers, comments, the assessment and follow-ups of a report in `status`
/// can change: not before it is received, not after it is closed.
pub fn can_edit(status: ReportStatus) -> Result<(), ReviewRefusal> {
    can_review(status)?;
    match status {
        ReportStatus::Closed => Err(ReviewRefusal::Closed),
        _ => Ok(()),
    }
}

/// The status a report moves to when something in its review is saved: `mottatt`
/// becomes `under_vurdering`; any other status stays (`None`).
pub fn status_after_save(status: ReportStatus) -> Option<ReportStatus> {
    (status == ReportStatus::Received).then_some(ReportStatus::InReview)
}

/// The status after the follow-ups changed, with `open` of them not done: a finished
/// review goes between `vurdert` and `oppfolging`; a review still in progress keeps
/// its status (apart from `mottatt` → `under_vurdering`, see [`status_after_save`]).
pub fn status_after_follow_ups(status: ReportStatus, open: usize) -> Option<ReportStatus> {
    match status {
        ReportStatus::Reviewed if open > 0 => Some(ReportStatus::FollowUpOpen),
        ReportStatus::FollowUpOpen if open == 0 => Some(ReportStatus::Reviewed),
        other => status_after_save(other),
    }
}

/// "Finish review": `vurdert` when no follow-up is open, else `oppfolging`. Refused for
/// a report not received or closed.
pub fn finish(status: ReportStatus, open: usize) -> Result<ReportStatus, ReviewRefusal> {
    can_edit(status)?;
    Ok(if open > 0 {
        ReportStatus::FollowUpOpen
    } else {
        ReportStatus::Reviewed
    })
}

/// Closing a report: only a finished review (`vurdert` or `oppfolging`) with every
/// follow-up done.
pub fn close(status: ReportStatus, open: usize) -> Result<ReportStatus, ReviewRefusal> {
    can_edit(status)?;
    match status {
        ReportStatus::Reviewed | ReportStatus::FollowUpOpen if open == 0 => {
            Ok(ReportStatus::Closed)
        }
        ReportStatus::Reviewed | ReportStatus::FollowUpOpen => {
            Err(ReviewRefusal::FollowUpsOpen { open })
        }
        _ => Err(ReviewRefusal::NotFinished),
    }
}

/// A follow-up item as checked and stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpItem {
    /// What is to be followed up (trimmed).
    pub text: String,
    /// The region that owns it (its code).
    pub owner: super::Region,
    /// When it is due, if set.
    pub due_on: Option<NaiveDate>,
    /// The checklist item it belongs to (its theme), if any.
    pub item_code: Option<String>,
}

/// Checks a follow-up as typed: text required, owner region required (a region code,
/// `HSO` accepted for `HSØ`), due date empty or a date (`dd.mm.yyyy` or ISO).
pub fn follow_up(
    text: &str,
    owner: &str,
    due: &str,
    item_code: Option<&str>,
) -> Result<FollowUpItem, ReviewRefusal> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ReviewRefusal::FollowUpTextMissing);
    }
    let owner = super::Region::parse_loose(owner).ok_or(ReviewRefusal::FollowUpOwnerMissing)?;
    let due = due.trim();
    let due_on = if due.is_empty() {
        None
    } else {
        Some(
            parse_date_input(due).ok_or_else(|| ReviewRefusal::FollowUpBadDate {
                typed: due.to_string(),
            })?,
        )
    };
    Ok(FollowUpItem {
        text: text.to_string(),
        owner,
        due_on,
        item_code: item_code
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string),
    })
}
