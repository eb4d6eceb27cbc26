//! `irf calendar`: the year's dated things as aligned lines (`date  kind  title  owner`,
//! at most 80 columns) or as JSON with the stable fields `date`, `kind`, `title`,
//! `owner` and `ref`.

use serde::Serialize;

use super::json::{RefJson, iso};
use super::{Output, listing, text};
use crate::i18n::{CliMsg, Lang, calendar_kind_label};
use crate::store::CalendarItem;
use crate::ui::sanitize;

/// One item in `--json`.
#[derive(Serialize)]
struct CalendarJson<'a> {
    date: String,
    kind: &'static str,
    title: &'a str,
    owner: Option<&'a str>,
    #[serde(rename = "ref")]
    reference: Option<RefJson>,
}

/// The items as plain lines or JSON; nothing dated is exit code 1 with a sentence on
/// stderr (plain only).
pub(super) fn output(
    items: &[CalendarItem],
    year: i32,
    json: bool,
    lang: Lang,
) -> Result<Output, String> {
    listing(
        items,
        json,
        |i| CalendarJson {
            date: iso(i.date),
            kind: i.kind.code(),
            title: &i.title,
            owner: i.owner.as_deref(),
            reference: RefJson::of(i.reference),
        },
        |items| {
            let rows: Vec<Vec<String>> = items
                .iter()
                .map(|i| {
                    vec![
                        lang.date(i.date),
                        calendar_kind_label(lang, i.kind).to_string(),
                        sanitize(&i.title).into_owned(),
                        sanitize(i.owner.as_deref().unwrap_or_default()).into_owned(),
                    ]
                })
                .collect();
            text::table(&rows)
        },
        || lang.cf(CliMsg::NothingDated, &[&year]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::CalendarKind;
    use chrono::NaiveDate;

    fn item(title: &str, owner: Option<&str>) -> CalendarItem {
        CalendarItem {
            date: NaiveDate::from_ymd_opt(2026, 2, 10).unwrap(),
            kind: CalendarKind::Milestone,
            title: title.into(),
            owner: owner.map(str::to_string),
            reference: None,
        }
    }

    #[test]
    fn plain_lines_are_sanitised_and_fit() {
        let items = [
            item(&"Lang\x1b[2J ".repeat(30), Some("HSØ")),
            item("Kort", None),
        ];
        let out = output(&items, 2026, false, Lang::Nb).unwrap();
        assert!(out.found);
        assert!(!out.stdout.contains('\x1b'));
        for line in out.stdout.lines() {
            assert!(text::width(line) <= text::WIDTH, "{line}");
            assert!(line.starts_with("10.02.2026  Milepæl  "), "{line}");
        }
        let en = output(&items, 2026, false, Lang::En).unwrap();
        assert!(en.stdout.starts_with("2026-02-10  Milestone  "));
    }

    #[test]
    fn nothing_is_exit_one_with_a_sentence_in_plain_only() {
        let plain = output(&[], 1990, false, Lang::En).unwrap();
        assert!(!plain.found);
        assert_eq!(plain.stderr.as_deref(), Some("Nothing dated in 1990."));
        let json = output(&[], 1990, true, Lang::En).unwrap();
        assert_eq!(json.stdout, "[]\n");
        assert_eq!(json.stderr, None);
    }
}
