//! CSV as Norwegian Excel opens it: UTF-8 with a byte-order mark (so æøå come out
//! right), `;` between fields (the list separator of a Norwegian locale), CRLF line
//! ends, and fields quoted when they hold a separator, a quote or a line break.

use crate::domain::Code;
use crate::store::ContactRow;

/// The byte-order mark Excel needs to read UTF-8.
const BOM: &str = "\u{FEFF}";

/// One field, quoted if needed (RFC 4180, with `;` as separator).
pub fn csv_field(text: &str) -> String {
    if text.contains([';', ',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn line(fields: &[&str]) -> String {
    let mut out = fields
        .iter()
        .map(|f| csv_field(f))
        .collect::<Vec<_>>()
        .join(";");
    out.push_str("\r\n");
    out
}

/// Contacts as CSV with a header line: name, organisation, region, roles, e-mail, phone.
/// `headers` are the column names in the UI language.
pub fn contacts_csv(contacts: &[ContactRow], headers: [&str; 6]) -> String {
    let mut out = String::from(BOM);
    out.push_str(&line(&headers));
    for c in contacts {
        let region = c.region.map(Code::code).unwrap_or_default();
        out.push_str(&line(&[
            &c.name,
            &c.organisation,
            region,
            &c.roles,
            &c.email,
            &c.phone,
        ]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("Tromsø"), "Tromsø");
        assert_eq!(csv_field("a;b"), "\"a;b\"");
        assert_eq!(csv_field("si \"hei\""), "\"si \"\"hei\"\"\"");
        assert_eq!(csv_field("to\nlinjer"), "\"to\nlinjer\"");
    }
}
