//! The JSON shapes of the shell lookups. Field names are stable (README.md, "Shell
//! lookups", lists them): new fields may be added, none renamed or removed. Codes are
//! the values stored in the database, dates `YYYY-MM-DD`, absent values `null`.

use serde::Serialize;

use crate::domain::{Breach, Code};
use crate::store::ContactRow;

/// Serialises for `--json`, pretty-printed, with a final line feed.
pub(super) fn to_json<T: Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string_pretty(value)
        .map(|mut s| {
            s.push('\n');
            s
        })
        .map_err(|e| e.to_string())
}

/// A date as `--json` writes it: `YYYY-MM-DD`.
pub(super) fn iso(date: chrono::NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// The record an item comes from, in `--json`.
#[derive(Serialize)]
pub(super) struct RefJson {
    pub(super) table: &'static str,
    pub(super) id: i64,
}

impl RefJson {
    /// The reference (table, id) of a calendar or due item, if it has one.
    pub(super) fn of(reference: Option<(&'static str, i64)>) -> Option<RefJson> {
        reference.map(|(table, id)| RefJson { table, id })
    }
}

/// One hit in `--json`.
#[derive(Serialize)]
pub(super) struct HitJson<'a> {
    pub(super) kind: &'static str,
    pub(super) id: i64,
    pub(super) title: &'a str,
}

/// One contact in `--json`: a line of `irf contacts`, and the fields of `irf show
/// contact`.
#[derive(Serialize)]
pub(super) struct ContactJson<'a> {
    id: i64,
    name: &'a str,
    organisation: &'a str,
    region: Option<&'static str>,
    roles: Vec<&'a str>,
    email: &'a str,
    phone: &'a str,
}

impl<'a> From<&'a ContactRow> for ContactJson<'a> {
    fn from(c: &'a ContactRow) -> Self {
        ContactJson {
            id: c.id,
            name: &c.name,
            organisation: &c.organisation,
            region: c.region.map(Code::code),
            roles: c.role_codes(),
            email: &c.email,
            phone: &c.phone,
        }
    }
}

/// A reference-group member in `--json`.
#[derive(Serialize)]
pub(super) struct MemberJson<'a> {
    pub(super) name: &'a str,
    pub(super) region: &'static str,
    pub(super) role: &'a str,
    pub(super) user_rep: bool,
    pub(super) chair: bool,
}

/// A broken reference-group rule in `--json`.
#[derive(Serialize)]
pub(super) struct BreachJson {
    pub(super) rule: &'static str,
    pub(super) region: Option<&'static str>,
    /// The health trust of a missing hospital area (`missing_hospital_area` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) health_trust: Option<String>,
    pub(super) text: String,
}

impl BreachJson {
    /// The rules `breaches` names, each with its code, region and sentence in `lang`.
    pub(super) fn all(lang: crate::i18n::Lang, breaches: &[Breach]) -> Vec<BreachJson> {
        breaches
            .iter()
            .map(|b| {
                let (rule, region) = breach_code(b);
                let health_trust = match b {
                    Breach::MissingHospitalArea(trust) => Some(trust.clone()),
                    _ => None,
                };
                BreachJson {
                    rule,
                    region,
                    health_trust,
                    text: crate::i18n::breach(lang, b),
                }
            })
            .collect()
    }
}

/// `irf show unit … --json`.
#[derive(Serialize)]
pub(super) struct UnitJson<'a> {
    pub(super) kind: &'static str,
    pub(super) id: i64,
    pub(super) name: &'a str,
    pub(super) unit_kind: &'static str,
    pub(super) region: &'static str,
    pub(super) health_trust: Option<&'a str>,
    pub(super) approved_on: Option<String>,
    pub(super) function: Option<&'static str>,
    pub(super) term_ends_on: Option<String>,
    pub(super) fte: Option<f64>,
    pub(super) status: &'static str,
    pub(super) ern: Option<&'a str>,
    pub(super) notes: &'a str,
    pub(super) reference_group: Vec<MemberJson<'a>>,
    pub(super) breaches: Vec<BreachJson>,
    pub(super) ern_memberships: Vec<super::ern::MembershipJson<'a>>,
}

/// A tie of a contact in `--json`: the role and the record it leads to, if any.
#[derive(Serialize)]
pub(super) struct TieJson<'a> {
    pub(super) role: &'a str,
    pub(super) kind: Option<&'static str>,
    pub(super) id: Option<i64>,
    pub(super) title: Option<&'a str>,
}

/// `irf show contact … --json`: the contact's fields between `kind` and `ties`.
#[derive(Serialize)]
pub(super) struct ContactShowJson<'a> {
    pub(super) kind: &'static str,
    #[serde(flatten)]
    pub(super) contact: ContactJson<'a>,
    pub(super) ties: Vec<TieJson<'a>>,
}

/// `irf show case … --json`.
#[derive(Serialize)]
pub(super) struct CaseJson<'a> {
    pub(super) kind: &'static str,
    pub(super) id: i64,
    pub(super) number: Option<String>,
    pub(super) title: &'a str,
    pub(super) case_type: &'static str,
    pub(super) region: Option<&'static str>,
    pub(super) status: &'static str,
    pub(super) meeting_on: Option<String>,
    pub(super) background: &'a str,
    pub(super) assessment: &'a str,
    pub(super) proposal: &'a str,
    pub(super) attachments: &'a str,
    pub(super) decision: &'a str,
}

/// The stable code of a broken rule, and the region it is about, if any.
pub(super) fn breach_code(b: &Breach) -> (&'static str, Option<&'static str>) {
    match b {
        Breach::NoGroup => ("no_group", None),
        Breach::MissingRegion(r) => ("missing_region", Some(r.code())),
        Breach::NoUserRep => ("no_user_rep", None),
        Breach::NoChair => ("no_chair", None),
        Breach::ChairFromHost => ("chair_from_host", None),
        Breach::SeveralChairs => ("several_chairs", None),
        Breach::TooFewUserReps => ("too_few_user_reps", None),
        Breach::TooFewMunicipalities => ("too_few_municipalities", None),
        Breach::NoAcademia => ("no_university", None),
        Breach::MissingHospitalArea(_) => ("missing_hospital_area", None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shown_contact_is_the_listed_contact_between_kind_and_ties() {
        let row = ContactRow {
            id: 7,
            name: "Kari".into(),
            organisation: "UNN".into(),
            region: Some(crate::domain::Region::Hn),
            roles: "arbeidsgruppe, fagdirektor".into(),
            email: "k@x.example".into(),
            phone: String::new(),
        };
        let listed = to_json(&ContactJson::from(&row)).unwrap();
        let shown = to_json(&ContactShowJson {
            kind: "contact",
            contact: ContactJson::from(&row),
            ties: Vec::new(),
        })
        .unwrap();
        let fields = listed.trim().trim_start_matches('{').trim_end_matches('}');
        let fields = fields.trim_end();
        assert_eq!(
            shown,
            format!("{{\n  \"kind\": \"contact\",{fields},\n  \"ties\": []\n}}\n")
        );
    }
}
