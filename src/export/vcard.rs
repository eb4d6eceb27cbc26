//! vCard 3.0 (RFC 2426), which Outlook, Apple Contacts and Google all import. Values
//! are escaped (`\`, `,`, `;`, line breaks) and long lines folded at 75 octets.

use crate::domain::Code;
use crate::store::ContactRow;

/// Escapes a value for a vCard property.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line: at most 75 octets a line, continuations start with a space,
/// never splitting a UTF-8 character.
fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
    out
}

/// Splits a full name into (family, given) for the N property: the last word is taken
/// as the family name.
fn split_name(name: &str) -> (&str, &str) {
    match name.trim().rsplit_once(' ') {
        Some((given, family)) => (family, given),
        None => (name.trim(), ""),
    }
}

/// Contacts as one vCard file.
pub fn contacts_vcard(contacts: &[ContactRow]) -> String {
    let mut out = String::new();
    for c in contacts {
        let (family, given) = split_name(&c.name);
        out.push_str("BEGIN:VCARD\r\nVERSION:3.0\r\n");
        out.push_str(&fold_line(&format!("FN:{}", escape(&c.name))));
        out.push_str(&fold_line(&format!(
            "N:{};{};;;",
            escape(family),
            escape(given)
        )));
        if !c.organisation.is_empty() {
            out.push_str(&fold_line(&format!("ORG:{}", escape(&c.organisation))));
        }
        if !c.email.is_empty() {
            out.push_str(&fold_line(&format!(
                "EMAIL;TYPE=INTERNET:{}",
                escape(&c.email)
            )));
        }
        if !c.phone.is_empty() {
            out.push_str(&fold_line(&format!("TEL;TYPE=WORK:{}", escape(&c.phone))));
        }
        let mut categories: Vec<String> = c.region.map(|r| escape(r.code())).into_iter().collect();
        categories.extend(c.roles.split(", ").filter(|r| !r.is_empty()).map(escape));
        if !categories.is_empty() {
            out.push_str(&fold_line(&format!("CATEGORIES:{}", categories.join(","))));
        }
        out.push_str("END:VCARD\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(escape("x\u{1b}[2J"), "x[2J");
    }

    #[test]
    fn long_lines_fold_without_splitting_characters() {
        let line = format!("ORG:{}", "æ".repeat(60));
        let folded = fold_line(&line);
        for part in folded.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(part.len() <= 75, "{} octets", part.len());
        }
        let joined: String = folded.replace("\r\n ", "").trim_end().to_string();
        assert_eq!(joined, line);
    }

    #[test]
    fn names_split_into_family_and_given() {
        assert_eq!(split_name("Åse Marie Ødegård"), ("Ødegård", "Åse Marie"));
        assert_eq!(split_name("Cher"), ("Cher", ""));
    }
}
