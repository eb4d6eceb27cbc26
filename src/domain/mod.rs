//! Pure types and rules of the domain: regions, kinds of unit, terms and periods,
//! report deadlines and reviews, case numbers, reference-group compliance, the
//! leadership's rotation, the service environment's own obligations, ERN memberships and their flags, Norwegian working days and text folding for search.
//!
//! Nothing here reads the clock, the disk or the terminal: "today" is always passed
//! in, so every rule is unit-tested with fixed dates. The string codes returned by
//! `code()` are the values stored in the database (see `db/0001_schema.sql`).

mod application;
mod calendar;
mod case;
mod codes;
mod cycle;
mod ern;
mod leadership;
mod obligations;
mod queue;
mod refgroup;
mod refusal;
mod renewal;
mod review;
mod summary;
mod terms;
mod text;
mod undo;

pub use application::*;
pub use calendar::{
    MONTHS_EN, MONTHS_NB, easter_sunday, is_working_day, period_start, public_holidays,
    working_days_before, working_days_between,
};
pub use case::*;
pub use codes::{
    ApplicationStep, CaseStatus, CaseType, Code, ContactRole, Function, MeetingKind, Region,
    ReportStatus, UnitKind, UnitStatus, short_name,
};
pub use cycle::*;
pub use ern::{
    ERN_STALE_YEARS, ERNS, ErnEntry, ErnFacts, ErnFlag, ErnRefusal, ErnStatus, ern_flags,
    known_ern, parse_ern_cell, parse_status as parse_ern_status,
};
pub use leadership::{
    LeadershipRefusal, LeadershipSpan, ROTATION, after_edit, check_periods, leader_on,
    next_in_rotation,
};
pub use obligations::{
    DIALOGUE_MILESTONE, ObligationRefusal, SET_ASIDE_HIGH, SET_ASIDE_LOW, check_due_day,
    check_set_aside, report_due, set_aside_amount, set_aside_day, set_aside_percent,
    set_aside_year, within_share,
};
pub use queue::{
    DefaultView, QueueFilter, QueueRefusal, QueueSort, default_views, receive_report,
    report_status_change,
};
pub use refgroup::{
    Breach, HospitalArea, Member, MemberRole, area_by_organisation, check_network_members,
    check_reference_group, member_role,
};
pub use refusal::Refusal;
pub use renewal::*;
pub use review::*;
pub use summary::{
    ChecklistItem, FTE_BOUNDS, FollowUpLine, ItemCount, Portfolio, PortfolioUnit, RegionProgress,
    SeasonSummary, Stats, SummaryTexts, age, answer_table, bar, fte_bin_label, fte_bins,
    is_reviewed, mean, mean_without_largest, median, parse_item_codes, portfolio, summary_texts,
    summary_title, units_with_all,
};
pub use terms::{
    CaseNumber, current_season, days_overdue, network_year, report_deadline, term_end,
    years_between,
};
pub use text::{fold, nearest_name, parse_decimal, phone_digits};
pub use undo::UndoRefusal;
