//! Invented people: names, organisations, e-mail addresses and the reference groups.

use super::{REGIONS, SeedContact, SeedMember, SeedUnit, hf_of};
use crate::domain::{Code, ContactRole, Region, UnitKind};

const FIRST: &[&str] = &[
    "Åse",
    "Øystein",
    "Kari",
    "Bjørn",
    "Ingrid",
    "Håkon",
    "Siri",
    "Lars",
    "Marit",
    "Jørgen",
    "Tone",
    "Ærlend",
    "Solveig",
    "Pål",
    "Gro",
    "Eirik",
    "Hege",
    "Torbjørn",
    "Randi",
    "Sindre",
    "Liv",
    "Ståle",
    "Berit",
    "Øyvind",
    "Guro",
    "Kåre",
    "Mette",
    "Arne",
    "Vigdis",
    "Trond",
    "Nora",
    "Ola",
];

const LAST: &[&str] = &[
    "Ødegård",
    "Bråten",
    "Sæther",
    "Løvås",
    "Kvåle",
    "Haugland",
    "Strøm",
    "Aasen",
    "Bø",
    "Engebråten",
    "Fjærli",
    "Grønning",
    "Hætta",
    "Iversen",
    "Jæger",
    "Kløvstad",
];

pub(super) fn contacts(units: &[SeedUnit]) -> Vec<SeedContact> {
    let roles = ContactRole::all();
    (0..36)
        .map(|i| {
            // Shifted every eight people, so each role turns up in every region.
            let region = REGIONS[(i + i / 8) % 4];
            let first = FIRST[i % FIRST.len()];
            // Shifted once per round of first names, so no two people share a full name.
            let last = LAST[(i * 5 + i / FIRST.len()) % LAST.len()];
            let role = roles[i % roles.len()];
            let unit = match role {
                ContactRole::UnitLeader
                | ContactRole::ReferenceGroup
                | ContactRole::ReferenceGroupChair
                | ContactRole::NetworkCoordinator => Some((i * 7) % units.len()),
                _ => None,
            };
            let organisation = if role == ContactRole::UserRepresentative {
                "Funksjonshemmedes Fellesorganisasjon (demo)".to_string()
            } else if role == ContactRole::ReferenceGroup {
                // Reference groups have members from municipalities too.
                municipality(region).to_string()
            } else {
                hf_of(region, i).to_string()
            };
            SeedContact {
                name: format!("{first} {last}"),
                organisation,
                region,
                email: format!("{}.{}@demo.example", ascii(first), ascii(last)),
                phone: format!(
                    "+47 9{:02} {:02} {:03}",
                    (i * 17) % 100,
                    (i * 29) % 100,
                    (i * 131) % 1000
                ),
                roles: vec![(role.code(), unit)],
            }
        })
        .collect()
}

/// A municipality in the region, for members who come from primary care.
fn municipality(region: Region) -> &'static str {
    match region {
        Region::Hso => "Lillehammer kommune",
        Region::Hv => "Bergen kommune",
        Region::Hmn => "Ørsta kommune",
        Region::Hn => "Tromsø kommune",
    }
}

/// Lower-case ASCII for invented e-mail addresses.
fn ascii(s: &str) -> String {
    s.to_lowercase()
        .replace('æ', "ae")
        .replace('ø', "o")
        .replace('å', "a")
}

pub(super) fn members(units: &[SeedUnit], contacts: &[SeedContact]) -> Vec<SeedMember> {
    let mut out = Vec::new();
    // The first units' reference groups, and the networks' members, but for
    // ParkinsonNet: the demo shows a network whose members are not recorded yet.
    let with_group = units.iter().enumerate().filter(|(u, unit)| {
        *u < 24 || (unit.kind == UnitKind::Network && unit.name != "ParkinsonNet")
    });
    for (u, unit) in with_group {
        // Every fourth group breaks a rule: a missing region, no user representative,
        // or a chair from the host region.
        let flaw = if u % 4 == 3 { u % 3 } else { 9 };
        for (k, region) in REGIONS.iter().enumerate() {
            if flaw == 0 && *region == Region::Hn {
                continue;
            }
            let contact = (u * 3 + k * 4 + usize::from(region != &Region::Hso)) % contacts.len();
            let contact = (0..contacts.len())
                .map(|d| (contact + d) % contacts.len())
                .find(|c| contacts[*c].region == *region)
                .unwrap_or(contact);
            let chair = if flaw == 2 {
                *region == unit.region
            } else {
                k == (REGIONS.iter().position(|r| *r == unit.region).unwrap_or(0) + 1) % 4
            };
            out.push(SeedMember {
                unit: u,
                contact,
                role: "fagperson",
                user_rep: false,
                chair,
            });
        }
        if flaw != 1 {
            let rep = contacts
                .iter()
                .position(|c| {
                    c.roles
                        .iter()
                        .any(|r| r.0 == ContactRole::UserRepresentative.code())
                })
                .unwrap_or(0);
            out.push(SeedMember {
                unit: u,
                contact: rep,
                role: "brukerrepresentant",
                user_rep: true,
                chair: false,
            });
        }
    }
    out
}
