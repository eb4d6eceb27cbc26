//! vCard and CSV round trips: what we write, read back with a strict little reader,
//! gives the same people, æøå, separators, quotes and line breaks included.

use irf::domain::Region;
use irf::export::{contacts_csv, contacts_vcard};
use irf::store::ContactRow;

fn people() -> Vec<ContactRow> {
    let c = |id, name: &str, org: &str, email: &str, phone: &str, roles: &str| ContactRow {
        id,
        name: name.into(),
        organisation: org.into(),
        region: Some(Region::Hn),
        roles: roles.into(),
        email: email.into(),
        phone: phone.into(),
    };
    vec![
        c(
            1,
            "Åse Ødegård",
            "Universitetssykehuset Nord-Norge HF",
            "ase@demo.example",
            "+47 900 00 000",
            "fagdirektor",
        ),
        c(
            2,
            "Per \"Pelle\" Sæther",
            "Helse Nord; stab, fag",
            "per@demo.example",
            "",
            "arbeidsgruppe, servicemiljo",
        ),
        c(3, "Ærlend Bø", "To\nlinjer", "", "22 11 00 00", ""),
    ]
}

/// Reads `;`-separated CSV with RFC 4180 quoting.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field, mut quoted, mut chars) =
        (Vec::new(), String::new(), false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ';') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[test]
fn csv_round_trip() {
    let text = contacts_csv(
        &people(),
        [
            "Navn",
            "Organisasjon",
            "Region",
            "Roller",
            "E-post",
            "Telefon",
        ],
    );
    let text = text.strip_prefix('\u{FEFF}').expect("a BOM");
    let rows = read_csv(text);
    assert_eq!(rows.len(), 4);
    assert_eq!(
        rows[0],
        [
            "Navn",
            "Organisasjon",
            "Region",
            "Roller",
            "E-post",
            "Telefon"
        ]
    );
    for (row, p) in rows[1..].iter().zip(people()) {
        assert_eq!(
            row,
            &[
                p.name,
                p.organisation,
                "HN".into(),
                p.roles,
                p.email,
                p.phone
            ]
        );
    }
}

/// Unfolds and unescapes a vCard file into (property, value) per card.
fn read_vcard(text: &str) -> Vec<Vec<(String, String)>> {
    let unfolded = text.replace("\r\n ", "");
    let mut cards = Vec::new();
    let mut card = Vec::new();
    for line in unfolded.split("\r\n").filter(|l| !l.is_empty()) {
        let (name, value) = line.split_once(':').expect("name:value");
        let mut v = String::new();
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => v.push('\n'),
                    Some(o) => v.push(o),
                    None => {}
                }
            } else {
                v.push(c);
            }
        }
        match name {
            "BEGIN" => card.clear(),
            "END" => cards.push(std::mem::take(&mut card)),
            _ => card.push((name.to_string(), v)),
        }
    }
    cards
}

#[test]
fn vcard_round_trip() {
    let cards = read_vcard(&contacts_vcard(&people()));
    assert_eq!(cards.len(), 3);
    for (card, p) in cards.iter().zip(people()) {
        let get = |k: &str| card.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
        assert_eq!(get("VERSION").as_deref(), Some("3.0"));
        assert_eq!(get("FN"), Some(p.name.clone()));
        assert_eq!(
            get("ORG"),
            Some(p.organisation.clone()).filter(|o| !o.is_empty())
        );
        assert_eq!(
            get("EMAIL;TYPE=INTERNET"),
            Some(p.email.clone()).filter(|e| !e.is_empty())
        );
        assert_eq!(
            get("TEL;TYPE=WORK"),
            Some(p.phone.clone()).filter(|t| !t.is_empty())
        );
        assert!(get("CATEGORIES").unwrap().starts_with("HN"));
    }
    let long = ContactRow {
        organisation: "æ".repeat(100),
        ..people().remove(0)
    };
    let text = contacts_vcard(std::slice::from_ref(&long));
    assert!(
        text.split("\r\n").all(|l| l.len() <= 75),
        "folded at 75 octets"
    );
    assert_eq!(
        read_vcard(&text)[0]
            .iter()
            .find(|(n, _)| n == "ORG")
            .unwrap()
            .1,
        long.organisation
    );
}
