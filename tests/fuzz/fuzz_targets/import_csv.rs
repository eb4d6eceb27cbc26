//! The text import on any bytes: the encoding guess (UTF-8, a BOM, UTF-16, cp1252), the
//! separator, the header matcher and the row parsers of all three kinds. The first
//! byte picks the kind; bytes that start like a workbook are left to `import_xlsx`.
#![no_main]

use irf::import::{Kind, parse_reports, parse_reviews, parse_units, read_bytes};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    if bytes.starts_with(b"PK") || bytes.starts_with(b"\xD0\xCF") {
        return;
    }
    let kind = match first % 3 {
        0 => Kind::Reports,
        1 => Kind::Units,
        _ => Kind::Reviews,
    };
    if let Ok(table) = read_bytes(bytes, kind) {
        match kind {
            Kind::Reports => drop(parse_reports(table, Some(2025))),
            Kind::Units => drop(parse_units(table)),
            Kind::Reviews => drop(parse_reviews(table)),
        }
    }
});
