//! The import readers on any bytes: the CSV reader (every encoding it guesses), the
//! XLSX reader (calamine, with the unpacked-size limit), the header matcher and the
//! row parsers of all three kinds. The first byte picks the kind.
#![no_main]

use irf::import::{Kind, parse_reports, parse_reviews, parse_units, read_bytes};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
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
