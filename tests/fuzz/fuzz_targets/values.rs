//! The value parsers a user or a form feeds: dates and times typed in a form, decimal
//! commas, years, case numbers (`42/26`, `139-2021`, which must read back as written)
//! and checklist item lists. The import's cell values (yes/no, answers, regions, …)
//! are reached through `import_file`.
#![no_main]

use irf::domain::{
    CaseNumber, parse_clock_input, parse_date_input, parse_decimal, parse_item_codes,
};
use irf::import::parse_year;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = parse_date_input(text);
    let _ = parse_clock_input(text);
    let _ = parse_decimal(text);
    let _ = parse_year(text);
    let _ = parse_item_codes(text);
    if let Some(number) = CaseNumber::parse(text) {
        assert_eq!(CaseNumber::parse(&number.to_string()), Some(number));
    }
});
