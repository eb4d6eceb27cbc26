//! The workbook import on any bytes: calamine's XLSX reader with the unpacked-size
//! limit, merged header cells, then the header matcher and the row parsers. Every
//! input is read as a workbook (it is given the zip signature if it lacks it); the
//! seeds are real workbooks, so the fuzzer mostly mutates inside valid archives.
#![no_main]

use irf::import::{Kind, parse_reports, parse_reviews, parse_units, read_bytes};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let kind = match data.len() % 3 {
        0 => Kind::Reports,
        1 => Kind::Units,
        _ => Kind::Reviews,
    };
    let bytes = if data.starts_with(b"PK\x03\x04") {
        std::borrow::Cow::Borrowed(data)
    } else {
        let mut with = b"PK\x03\x04".to_vec();
        with.extend_from_slice(data);
        std::borrow::Cow::Owned(with)
    };
    if let Ok(table) = read_bytes(&bytes, kind) {
        match kind {
            Kind::Reports => drop(parse_reports(table, Some(2025))),
            Kind::Units => drop(parse_units(table)),
            Kind::Reviews => drop(parse_reviews(table)),
        }
    }
});
