//! `irf groups [--noncompliant]`: units with a reference group and whether it follows
//! the rules, as aligned lines (`region  unit  verdict`, each broken rule below as
//! `- sentence`; at most 80 columns) or as JSON with the stable fields `unit`,
//! `unit_id`, `region`, `kind`, `members` and `breaches` (`rule`, `region`, `text`),
//! the rule codes being those of `irf show unit`.

use serde::Serialize;

use super::json::BreachJson;
use super::{Output, listing, text};
use crate::domain::Code;
use crate::i18n::{CliMsg, Lang, breach};
use crate::store::GroupCheck;
use crate::ui::sanitize;

/// One unit in `--json`.
#[derive(Serialize)]
struct GroupJson<'a> {
    unit: &'a str,
    unit_id: i64,
    region: &'static str,
    kind: &'static str,
    members: usize,
    breaches: Vec<BreachJson>,
}

/// The column of the unit's name in a plain row.
const UNIT: usize = 1;

/// The narrowest a unit's name is cut to before the other columns give way.
const MIN_UNIT: usize = 12;

/// How far the broken rules are indented: under the unit.
const INDENT: usize = 5;

/// The groups as plain lines or JSON. Nothing listed is exit code 1 with a sentence on
/// stderr (plain only): `any` says whether any group is recorded at all, so that
/// "every group follows the rules" and "no group is recorded" are told apart.
pub(super) fn output(
    groups: &[GroupCheck],
    any: bool,
    json: bool,
    lang: Lang,
) -> Result<Output, String> {
    listing(
        groups,
        json,
        |g| GroupJson {
            unit: &g.unit,
            unit_id: g.unit_id,
            region: g.region.code(),
            kind: g.kind.code(),
            members: g.members,
            breaches: BreachJson::all(lang, &g.breaches),
        },
        |groups| {
            let mut rows: Vec<Vec<String>> = groups
                .iter()
                .map(|g| {
                    let verdict = if g.breaches.is_empty() {
                        lang.c(CliMsg::GroupOk).to_string()
                    } else {
                        lang.cf(CliMsg::GroupBroken, &[&g.breaches.len()])
                    };
                    vec![
                        g.region.code().to_string(),
                        sanitize(&g.unit).into_owned(),
                        verdict,
                    ]
                })
                .collect();
            text::fit_column(&mut rows, UNIT, MIN_UNIT);
            let indent = " ".repeat(INDENT);
            let mut out = Vec::new();
            for (line, g) in text::table(&rows).into_iter().zip(groups) {
                out.push(line);
                for b in &g.breaches {
                    let sentence = format!("- {}", breach(lang, b));
                    for part in text::wrap(&sentence, text::WIDTH - INDENT, 2) {
                        out.push(format!("{indent}{part}"));
                    }
                }
            }
            out
        },
        || {
            let line = if any {
                CliMsg::NoBrokenGroups
            } else {
                CliMsg::NoGroups
            };
            lang.c(line).to_string()
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Breach, Region, UnitKind};

    #[test]
    fn broken_rules_are_listed_under_their_unit_and_fit() {
        let groups = [
            GroupCheck {
                unit_id: 4,
                unit: "Nasjonal kompetansetjeneste\x1b[2J for noe ".repeat(5),
                kind: UnitKind::Competence,
                region: Region::Hso,
                members: 4,
                breaches: vec![Breach::MissingRegion(Region::Hn), Breach::ChairFromHost],
            },
            GroupCheck {
                unit_id: 5,
                unit: "Nettverk".into(),
                kind: UnitKind::Network,
                region: Region::Hv,
                members: 5,
                breaches: vec![],
            },
        ];
        let out = output(&groups, true, false, Lang::Nb).unwrap();
        assert!(out.found);
        assert!(!out.stdout.contains('\x1b'));
        let lines: Vec<&str> = out.stdout.lines().collect();
        assert!(
            lines[0].starts_with("HSØ  Nasjonal kompetansetjeneste"),
            "{}",
            lines[0]
        );
        assert!(lines[0].ends_with("2 brudd"), "{}", lines[0]);
        assert_eq!(lines[1], "     - Mangler medlem fra Helse Nord RHF.");
        assert!(lines[2].starts_with("     - Lederen kommer fra vertsregionen"));
        assert!(lines.last().unwrap().ends_with("følger reglene"));
        for line in &lines {
            assert!(text::width(line) <= text::WIDTH, "{line}");
        }
        let none = output(&[], true, false, Lang::En).unwrap();
        assert!(!none.found);
        assert_eq!(
            none.stderr.as_deref(),
            Some("Every recorded reference group follows the rules.")
        );
        let empty = output(&[], false, true, Lang::En).unwrap();
        assert_eq!((empty.stdout.as_str(), empty.stderr), ("[]\n", None));
    }
}
