//! Milestone rules on any text ("10 arbeidsdager før …", "siste fredag i mai", …). The
//! text is split at `|` into milestones named A, B, C …; those whose rule parses are
//! resolved together (rules may point at each other, in cycles too) in a few years,
//! far ones included. A bad rule is a refusal, never a panic or a hang.
#![no_main]

use chrono::NaiveDate;
use irf::domain::{CycleItem, parse_rule, resolve_cycle};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let items: Vec<CycleItem> = text
        .split('|')
        .take(8)
        .enumerate()
        .map(|(n, part)| CycleItem {
            name: char::from(b'A' + n as u8).to_string(),
            fixed: NaiveDate::from_ymd_opt(2026, 1 + (n as u32 % 12), 10),
            rule: parse_rule(part).ok(),
        })
        .collect();
    for year in [1, 2026, 2027, 9999] {
        let _ = resolve_cycle(year, &items);
    }
});
