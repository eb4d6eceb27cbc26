//! The accepted column names of each kind of import file, in bokmål and English. A
//! header cell matches when its folded text (case, accents, æøå and extra spaces do not
//! count) equals one of its field's names. README.md lists the same table.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::domain::fold;

/// Which kind of file is imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The season's filed reports (eRapport's list or a spreadsheet).
    Reports,
    /// A portfolio of units.
    Units,
    /// One review's checklist answers, one row per unit.
    Reviews,
}

/// A column the import understands.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Field {
    /// The unit's name.
    Unit,
    /// The report year.
    Year,
    /// The day the report was received.
    Received,
    /// The report's status.
    Status,
    /// Whether the reference group's statement came with the report.
    Statement,
    /// The region that reviews the report.
    Reviewer,
    /// The kind of unit.
    UnitKind,
    /// The region (RHF).
    Region,
    /// The health trust (HF).
    Hf,
    /// The approval year (or date).
    Approved,
    /// The function that sets a competence service's term.
    Function,
    /// Staff in full-time equivalents.
    Fte,
    /// European Reference Network.
    Ern,
    /// A checklist item by its code (`K01` …).
    Item(String),
}

/// The accepted names of `field` (the first is the one shown in messages; the
/// Norwegian names come first).
pub fn aliases(field: &Field) -> &'static [&'static str] {
    match field {
        Field::Unit => &[
            "Enhet",
            "Tjeneste",
            "Navn",
            "Enhetsnavn",
            "Tjenestenavn",
            "Nettverk",
            "Unit",
            "Service",
            "Name",
            "Unit name",
        ],
        Field::Year => &["År", "Rapportår", "Rapporteringsår", "Year", "Report year"],
        Field::Received => &[
            "Mottatt",
            "Dato mottatt",
            "Mottatt dato",
            "Innlevert",
            "Levert",
            "Innsendt",
            "Received",
            "Date received",
            "Filed",
            "Submitted",
        ],
        Field::Status => &["Status", "Rapportstatus", "Report status"],
        Field::Statement => &[
            "Uttalelse",
            "Uttalelse fra referansegruppen",
            "Referansegruppens uttalelse",
            "Statement",
            "Reference group statement",
        ],
        Field::Reviewer => &[
            "Vurderes av",
            "Vurderende region",
            "Vurdert av",
            "Reviewer",
            "Reviewer region",
            "Reviewed by",
        ],
        Field::UnitKind => &["Type", "Tjenestetype", "Art", "Kind", "Unit kind"],
        Field::Region => &["Region", "RHF", "Helseregion"],
        Field::Hf => &[
            "HF",
            "Helseforetak",
            "Vertsforetak",
            "Health trust",
            "Trust",
        ],
        Field::Approved => &[
            "Godkjent",
            "Godkjenningsår",
            "Godkjent år",
            "Godkjent dato",
            "Approved",
            "Approval year",
            "Year approved",
        ],
        Field::Function => &[
            "Funksjon",
            "Tidsavgrenset funksjon",
            "Function",
            "Term function",
        ],
        Field::Fte => &[
            "Årsverk",
            "Stillinger",
            "FTE",
            "Staff",
            "Full-time equivalents",
        ],
        Field::Ern => &[
            "ERN",
            "Europeisk referansenettverk",
            "European Reference Network",
        ],
        Field::Item(_) => &[],
    }
}

/// The fields a file of `kind` may have (item columns for reviews come on top).
pub fn fields(kind: Kind) -> &'static [Field] {
    match kind {
        Kind::Reports => &[
            Field::Unit,
            Field::Year,
            Field::Received,
            Field::Status,
            Field::Statement,
            Field::Reviewer,
        ],
        Kind::Units => &[
            Field::Unit,
            Field::UnitKind,
            Field::Region,
            Field::Hf,
            Field::Approved,
            Field::Function,
            Field::Fte,
            Field::Ern,
        ],
        Kind::Reviews => &[Field::Unit],
    }
}

/// The fields a file of `kind` must have.
pub fn required(kind: Kind) -> &'static [Field] {
    match kind {
        Kind::Reports | Kind::Reviews => &[Field::Unit],
        Kind::Units => &[Field::Unit, Field::UnitKind],
    }
}

/// Every alias of `kind`'s fields, folded, with its field (the first field that has
/// it): folded once, as the header search tries every cell of its first rows.
fn folded_aliases(kind: Kind) -> &'static HashMap<String, Field> {
    static MAPS: OnceLock<[HashMap<String, Field>; 3]> = OnceLock::new();
    let maps = MAPS.get_or_init(|| {
        [Kind::Reports, Kind::Units, Kind::Reviews].map(|kind| {
            let mut map = HashMap::new();
            for field in fields(kind) {
                for alias in aliases(field) {
                    map.entry(fold(alias)).or_insert_with(|| field.clone());
                }
            }
            map
        })
    });
    &maps[match kind {
        Kind::Reports => 0,
        Kind::Units => 1,
        Kind::Reviews => 2,
    }]
}

/// The field a header cell names in a file of `kind`, if any.
pub fn header_field(text: &str, kind: Kind) -> Option<Field> {
    let folded = fold(text);
    if folded.is_empty() {
        return None;
    }
    if let Some(field) = folded_aliases(kind).get(&folded) {
        return Some(field.clone());
    }
    if kind == Kind::Reviews {
        return item_code(&folded).map(Field::Item);
    }
    None
}

/// `K01` from a header such as `K01`, `k01` or `K01 Har tjenesten …`: one letter and two
/// digits as the first word.
fn item_code(folded: &str) -> Option<String> {
    let word = folded.split([' ', ':', '.', '-']).next()?;
    let mut chars = word.chars();
    let letter = chars.next().filter(char::is_ascii_alphabetic)?;
    let digits: String = chars.collect();
    (digits.len() == 2 && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| format!("{}{digits}", letter.to_ascii_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_match_folded() {
        assert_eq!(header_field(" ENHET ", Kind::Reports), Some(Field::Unit));
        assert_eq!(header_field("Arsverk", Kind::Units), Some(Field::Fte));
        assert_eq!(header_field("år", Kind::Reports), Some(Field::Year));
        assert_eq!(header_field("Mottatt", Kind::Units), None);
        assert_eq!(
            header_field("k07 Deltar tjenesten i forskningsnettverk?", Kind::Reviews),
            Some(Field::Item("K07".into()))
        );
        assert_eq!(header_field("K7", Kind::Reviews), None);
        assert_eq!(header_field("", Kind::Reviews), None);
    }
}
