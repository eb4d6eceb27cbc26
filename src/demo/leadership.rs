//! The demo's leadership rotation: Helse Vest 2023–2024 is the documented period (IRF,
//! 21 November 2022; the migration records it in every file), and after it the demo
//! lets the leadership go round two years at a time in the order the program proposes
//! (`domain::ROTATION`: Helse Midt-Norge 2025–2026, Helse Nord 2027–2028, Helse Sør-Øst
//! 2029–2030, …), each marked as an example ("Eksempel") since no decision is
//! recorded for them. The periods reach at least two years past the demo day, so the
//! demo never runs out of a leader.

use chrono::{Datelike, NaiveDate};

use crate::domain::{Region, next_in_rotation};

/// A leadership period the demo adds after the documented one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedLeadership {
    /// The leading region.
    pub region: Region,
    /// The first day.
    pub starts_on: NaiveDate,
    /// The last day.
    pub ends_on: NaiveDate,
    /// The note shown with it.
    pub note: &'static str,
}

/// The note of the demo's invented periods.
pub const EXAMPLE_NOTE: &str =
    "Eksempel: ikke vedtatt, viser hvordan ledelsen går på omgang mellom regionene.";

/// The first year after the documented period.
const FIRST_YEAR: i32 = 2025;

/// The periods after Helse Vest's 2023–2024, through at least 2030 and two years past
/// `today`.
pub fn rotation(today: NaiveDate) -> Vec<SeedLeadership> {
    let last_year = (today.year() + 2).max(2030);
    let mut out = Vec::new();
    let mut region = Region::Hv;
    let mut year = FIRST_YEAR;
    while year <= last_year {
        region = next_in_rotation(region);
        let (Some(starts_on), Some(ends_on)) = (
            NaiveDate::from_ymd_opt(year, 1, 1),
            NaiveDate::from_ymd_opt(year + 1, 12, 31),
        ) else {
            break;
        };
        out.push(SeedLeadership {
            region,
            starts_on,
            ends_on,
            note: EXAMPLE_NOTE,
        });
        year += 2;
    }
    out
}

/// The region leading on `date` in the demo: Helse Vest up to 2024 (its documented
/// period, and the old setting before it), then the rotation.
pub fn leader_on(date: NaiveDate) -> Region {
    rotation(date)
        .into_iter()
        .find(|p| p.starts_on <= date && date <= p.ends_on)
        .map_or(Region::Hv, |p| p.region)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_rotation_follows_helse_vest_without_gaps() {
        let periods = rotation(d(2026, 11, 23));
        let regions: Vec<Region> = periods.iter().map(|p| p.region).collect();
        assert_eq!(regions, [Region::Hmn, Region::Hn, Region::Hso]);
        assert_eq!(periods[0].starts_on, d(2025, 1, 1));
        for pair in periods.windows(2) {
            assert_eq!(pair[0].ends_on.succ_opt(), Some(pair[1].starts_on));
        }
        assert!(periods.iter().all(|p| p.note.starts_with("Eksempel")));
        let far = rotation(d(2040, 6, 1));
        assert!(far.last().unwrap().ends_on >= d(2042, 1, 1));
        assert_eq!(leader_on(d(2024, 6, 1)), Region::Hv);
        assert_eq!(leader_on(d(2026, 11, 23)), Region::Hmn);
        assert_eq!(leader_on(d(2027, 1, 1)), Region::Hn);
    }
}
