//! `irf due`: what is due or overdue as aligned lines (`date  when  kind  title  owner`,
//! at most 80 columns, "when" counting working days ahead or days overdue) or as JSON
//! with the stable fields `date`, `kind`, `title`, `owner`, `overdue`,
//! `working_days_left` and `ref`. The kinds and the record references are the
//! calendar's, plus `anchoring` and `leadership` (a leadership period ending within six
//! months: its title says who takes over, or that no next period is recorded; its
//! `ref` is `leadership_periods`).

use chrono::NaiveDate;
use serde::Serialize;

use super::json::{RefJson, iso};
use super::{Output, listing, text};
use crate::i18n::{CliMsg, Lang, due_item_when, due_kind_label, due_title};
use crate::store::DueItem;
use crate::ui::sanitize;

/// One item in `--json`.
#[derive(Serialize)]
struct DueJson<'a> {
    date: String,
    kind: &'static str,
    title: std::borrow::Cow<'a, str>,
    owner: Option<&'a str>,
    overdue: bool,
    working_days_left: u32,
    #[serde(rename = "ref")]
    reference: Option<RefJson>,
}

/// The column of the title in a plain row.
const TITLE: usize = 3;

/// The narrowest a title is cut to before the other columns give way.
const MIN_TITLE: usize = 12;

/// The items as plain lines or JSON, counted from `today`; nothing due is exit code 1
/// with a sentence on stderr (plain only) naming the `days` looked ahead.
pub(super) fn output(
    items: &[DueItem],
    today: NaiveDate,
    days: u32,
    json: bool,
    lang: Lang,
) -> Result<Output, String> {
    listing(
        items,
        json,
        |i| DueJson {
            date: iso(i.date),
            kind: i.kind.code(),
            title: due_title(lang, i),
            owner: i.owner.as_deref(),
            overdue: i.date < today,
            working_days_left: crate::domain::working_days_between(today, i.date),
            reference: RefJson::of(i.reference),
        },
        |items| {
            let mut rows: Vec<Vec<String>> = items
                .iter()
                .map(|i| {
                    vec![
                        lang.date(i.date),
                        due_item_when(lang, today, i),
                        due_kind_label(lang, i.kind).to_string(),
                        sanitize(&due_title(lang, i)).into_owned(),
                        sanitize(i.owner.as_deref().unwrap_or_default()).into_owned(),
                    ]
                })
                .collect();
            text::fit_column(&mut rows, TITLE, MIN_TITLE);
            text::table(&rows)
        },
        || lang.cf(CliMsg::NothingDue, &[&days]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{CalendarKind, DueKind};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn when_counts_working_days_ahead_and_days_behind() {
        // Monday 23 November 2026.
        assert_eq!(crate::i18n::due_when(Lang::En, day(23), day(23)), "today");
        assert_eq!(
            crate::i18n::due_when(Lang::En, day(23), day(24)),
            "in 1 working day"
        );
        assert_eq!(
            crate::i18n::due_when(Lang::En, day(23), day(30)),
            "in 5 working days"
        );
        assert_eq!(
            crate::i18n::due_when(Lang::Nb, day(23), day(22)),
            "1 dag for sent"
        );
        assert_eq!(
            crate::i18n::due_when(Lang::En, day(23), day(13)),
            "10 days overdue"
        );
    }

    #[test]
    fn a_passed_milestone_has_passed_and_an_open_obligation_is_late() {
        let item = |kind| DueItem {
            date: day(13),
            kind,
            title: "x".into(),
            owner: None,
            reference: None,
        };
        let milestone = item(DueKind::Calendar(CalendarKind::Milestone));
        let meeting = item(DueKind::Calendar(CalendarKind::Meeting));
        let answer = item(DueKind::Anchoring);
        assert_eq!(
            due_item_when(Lang::Nb, day(23), &milestone),
            "for 10 dager siden"
        );
        assert_eq!(due_item_when(Lang::En, day(14), &meeting), "yesterday");
        assert_eq!(
            due_item_when(Lang::Nb, day(23), &answer),
            "10 dager for sent"
        );
        assert_eq!(
            due_item_when(Lang::En, day(12), &milestone),
            "in 1 working day"
        );
    }

    #[test]
    fn plain_lines_are_sanitised_and_fit() {
        let items = [DueItem {
            date: day(20),
            kind: DueKind::Calendar(CalendarKind::Milestone),
            title: "Lang\x1b[2J ".repeat(30),
            owner: Some("regionene".into()),
            reference: None,
        }];
        let out = output(&items, day(23), 30, false, Lang::Nb).unwrap();
        assert!(out.found);
        assert!(!out.stdout.contains('\x1b'));
        for line in out.stdout.lines() {
            assert!(text::width(line) <= text::WIDTH, "{line}");
            assert!(line.starts_with("20.11.2026  for 3 dager siden  Milepæl"));
        }
        let none = output(&[], day(23), 7, false, Lang::En).unwrap();
        assert!(!none.found);
        assert_eq!(
            none.stderr.as_deref(),
            Some("Nothing is due in the next 7 days, and nothing is overdue.")
        );
        assert_eq!(
            output(&[], day(23), 7, true, Lang::En).unwrap().stderr,
            None
        );
    }
}
