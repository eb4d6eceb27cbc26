//! Leadership of the working group. The mandate: leadership and coordination rotate
//! between the regions ("ledelse og koordinering rulleres mellom regionene"), for
//! periods IRF decides: Helse Vest led 2023–2024, as IRF agreed on 21 November 2022.
//!
//! The rule kept here: the recorded periods follow one another without a gap and
//! without an overlap, and each ends on or after the day it starts. A change is checked
//! against the whole set as it would be after it ([`check_periods`]). Moving a period's
//! start or end moves the neighbour that shared that day of hand-over with it
//! ([`after_edit`]), so a hand-over can be moved in one change; a neighbour that would
//! be left with no days is an overlap. Pure: no I/O, no clock.

use chrono::NaiveDate;

use super::Region;

/// One leadership period as the rule sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LeadershipSpan {
    /// The period's id; 0 for one not stored yet.
    pub id: i64,
    /// The leading region.
    pub region: Region,
    /// Its first day.
    pub starts_on: NaiveDate,
    /// Its last day.
    pub ends_on: NaiveDate,
}

impl LeadershipSpan {
    /// Whether the period covers `date`.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.starts_on <= date && date <= self.ends_on
    }
}

/// A leadership period refused; nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeadershipRefusal {
    /// The period ends before it starts.
    EndsBeforeStart {
        /// The first day asked for.
        starts_on: NaiveDate,
        /// The last day asked for.
        ends_on: NaiveDate,
    },
    /// The period overlaps another one (or would leave it with no days).
    Overlap {
        /// The other period's region.
        region: Region,
        /// Its first day.
        starts_on: NaiveDate,
        /// Its last day.
        ends_on: NaiveDate,
    },
    /// Between two periods some days would have no leading region.
    Gap {
        /// The region leading before the gap.
        before: Region,
        /// The region leading after it.
        after: Region,
        /// The first day without a leader.
        from: NaiveDate,
        /// The last day without a leader.
        to: NaiveDate,
    },
}

/// Checks a whole set of periods: each ends on or after its start, and sorted by start
/// each begins the day after the one before it ends. An overlap names the period that
/// is not `changed` (the one already there), a gap the days left without a leader.
pub fn check_periods(spans: &[LeadershipSpan], changed: i64) -> Result<(), LeadershipRefusal> {
    if let Some(bad) = spans.iter().find(|s| s.ends_on < s.starts_on) {
        return Err(LeadershipRefusal::EndsBeforeStart {
            starts_on: bad.starts_on,
            ends_on: bad.ends_on,
        });
    }
    let mut sorted: Vec<&LeadershipSpan> = spans.iter().collect();
    sorted.sort_by_key(|s| (s.starts_on, s.ends_on, s.id));
    for pair in sorted.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if b.starts_on <= a.ends_on {
            let other = if a.id == changed { b } else { a };
            return Err(LeadershipRefusal::Overlap {
                region: other.region,
                starts_on: other.starts_on,
                ends_on: other.ends_on,
            });
        }
        let (Some(from), Some(to)) = (a.ends_on.succ_opt(), b.starts_on.pred_opt()) else {
            continue;
        };
        if from <= to {
            return Err(LeadershipRefusal::Gap {
                before: a.region,
                after: b.region,
                from,
                to,
            });
        }
    }
    Ok(())
}

/// The periods after the one with `edited.id` is changed to `edited`: a neighbour that
/// handed over to it (ended the day before it started) or took over from it (started
/// the day after it ended) still does, on the moved day. A neighbour that would be
/// left with no days is refused as an overlap with it. The result is not yet checked
/// with [`check_periods`].
pub fn after_edit(
    before: &[LeadershipSpan],
    edited: LeadershipSpan,
) -> Result<Vec<LeadershipSpan>, LeadershipRefusal> {
    if edited.ends_on < edited.starts_on {
        return Err(LeadershipRefusal::EndsBeforeStart {
            starts_on: edited.starts_on,
            ends_on: edited.ends_on,
        });
    }
    let Some(old) = before.iter().find(|s| s.id == edited.id).copied() else {
        return Ok(before.to_vec());
    };
    let mut after = Vec::with_capacity(before.len());
    for span in before {
        let mut span = *span;
        if span.id == edited.id {
            after.push(edited);
            continue;
        }
        let handed_over = span.ends_on.succ_opt() == Some(old.starts_on);
        let took_over = old.ends_on.succ_opt() == Some(span.starts_on);
        let moved = span;
        if handed_over && edited.starts_on != old.starts_on {
            span.ends_on = edited.starts_on.pred_opt().unwrap_or(edited.starts_on);
        }
        if took_over && edited.ends_on != old.ends_on {
            span.starts_on = edited.ends_on.succ_opt().unwrap_or(edited.ends_on);
        }
        if span.ends_on < span.starts_on {
            return Err(LeadershipRefusal::Overlap {
                region: moved.region,
                starts_on: moved.starts_on,
                ends_on: moved.ends_on,
            });
        }
        after.push(span);
    }
    Ok(after)
}

/// The regions in the order the leadership goes round after Helse Vest (2023–2024):
/// Helse Midt-Norge, Helse Nord, Helse Sør-Øst. The documents fix only the first
/// period; this order is what the program proposes for a new one, and the demo's.
pub const ROTATION: [Region; 4] = [Region::Hv, Region::Hmn, Region::Hn, Region::Hso];

/// The region after `region` in [`ROTATION`].
pub fn next_in_rotation(region: Region) -> Region {
    let at = ROTATION.iter().position(|r| *r == region).unwrap_or(0);
    ROTATION[(at + 1) % ROTATION.len()]
}

/// The region whose period covers `date`, if one does.
pub fn leader_on(spans: &[LeadershipSpan], date: NaiveDate) -> Option<Region> {
    spans.iter().find(|s| s.covers(date)).map(|s| s.region)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn span(id: i64, region: Region, from: (i32, u32, u32), to: (i32, u32, u32)) -> LeadershipSpan {
        LeadershipSpan {
            id,
            region,
            starts_on: d(from.0, from.1, from.2),
            ends_on: d(to.0, to.1, to.2),
        }
    }

    fn rotation() -> Vec<LeadershipSpan> {
        vec![
            span(1, Region::Hv, (2023, 1, 1), (2024, 12, 31)),
            span(2, Region::Hmn, (2025, 1, 1), (2026, 12, 31)),
            span(3, Region::Hn, (2027, 1, 1), (2028, 12, 31)),
        ]
    }

    #[test]
    fn periods_that_follow_each_other_pass_in_any_order() {
        let mut all = rotation();
        all.reverse();
        assert_eq!(check_periods(&all, 0), Ok(()));
        assert_eq!(check_periods(&[], 0), Ok(()));
        let one_day = span(4, Region::Hso, (2029, 1, 1), (2029, 1, 1));
        all.push(one_day);
        assert_eq!(check_periods(&all, 4), Ok(()));
    }

    #[test]
    fn an_overlap_names_the_period_already_there() {
        let mut all = rotation();
        all.push(span(0, Region::Hso, (2026, 6, 1), (2027, 5, 31)));
        assert_eq!(
            check_periods(&all, 0),
            Err(LeadershipRefusal::Overlap {
                region: Region::Hmn,
                starts_on: d(2025, 1, 1),
                ends_on: d(2026, 12, 31),
            })
        );
        // Starting on the day the last one ends is one day of overlap.
        let mut all = rotation();
        all.push(span(0, Region::Hso, (2028, 12, 31), (2030, 12, 31)));
        assert!(matches!(
            check_periods(&all, 0),
            Err(LeadershipRefusal::Overlap {
                region: Region::Hn,
                ..
            })
        ));
    }

    #[test]
    fn a_gap_names_the_days_without_a_leader() {
        let mut all = rotation();
        all.push(span(0, Region::Hso, (2029, 3, 1), (2030, 12, 31)));
        assert_eq!(
            check_periods(&all, 0),
            Err(LeadershipRefusal::Gap {
                before: Region::Hn,
                after: Region::Hso,
                from: d(2029, 1, 1),
                to: d(2029, 2, 28),
            })
        );
        let without_middle: Vec<_> = rotation().into_iter().filter(|s| s.id != 2).collect();
        assert!(matches!(
            check_periods(&without_middle, 0),
            Err(LeadershipRefusal::Gap { .. })
        ));
    }

    #[test]
    fn an_end_before_the_start_is_refused_first() {
        let mut all = rotation();
        all.push(span(0, Region::Hso, (2031, 1, 1), (2030, 12, 31)));
        assert_eq!(
            check_periods(&all, 0),
            Err(LeadershipRefusal::EndsBeforeStart {
                starts_on: d(2031, 1, 1),
                ends_on: d(2030, 12, 31),
            })
        );
    }

    #[test]
    fn moving_a_hand_over_moves_the_neighbour_with_it() {
        let all = rotation();
        // Helse Vest leads half a year longer: Helse Midt-Norge starts later.
        let edited = span(1, Region::Hv, (2023, 1, 1), (2025, 6, 30));
        let after = after_edit(&all, edited).unwrap();
        assert_eq!(after[1].starts_on, d(2025, 7, 1));
        assert_eq!(after[1].ends_on, d(2026, 12, 31));
        assert_eq!(after[2], all[2], "a period not next to it stays");
        assert_eq!(check_periods(&after, 1), Ok(()));
        // The middle one starting earlier shortens the first.
        let edited = span(2, Region::Hmn, (2024, 7, 1), (2026, 12, 31));
        let after = after_edit(&all, edited).unwrap();
        assert_eq!(after[0].ends_on, d(2024, 6, 30));
        assert_eq!(check_periods(&after, 2), Ok(()));
    }

    #[test]
    fn a_neighbour_left_without_days_is_an_overlap() {
        let all = rotation();
        let edited = span(1, Region::Hv, (2023, 1, 1), (2027, 3, 1));
        assert_eq!(
            after_edit(&all, edited),
            Err(LeadershipRefusal::Overlap {
                region: Region::Hmn,
                starts_on: d(2025, 1, 1),
                ends_on: d(2026, 12, 31),
            })
        );
        let backwards = span(2, Region::Hmn, (2026, 1, 1), (2025, 1, 1));
        assert!(matches!(
            after_edit(&all, backwards),
            Err(LeadershipRefusal::EndsBeforeStart { .. })
        ));
    }

    #[test]
    fn the_rotation_goes_round() {
        assert_eq!(next_in_rotation(Region::Hv), Region::Hmn);
        assert_eq!(next_in_rotation(Region::Hmn), Region::Hn);
        assert_eq!(next_in_rotation(Region::Hn), Region::Hso);
        assert_eq!(next_in_rotation(Region::Hso), Region::Hv);
    }

    #[test]
    fn the_leader_is_the_region_whose_period_covers_the_day() {
        let all = rotation();
        assert_eq!(leader_on(&all, d(2023, 1, 1)), Some(Region::Hv));
        assert_eq!(leader_on(&all, d(2024, 12, 31)), Some(Region::Hv));
        assert_eq!(leader_on(&all, d(2025, 1, 1)), Some(Region::Hmn));
        assert_eq!(leader_on(&all, d(2022, 12, 31)), None);
        assert_eq!(leader_on(&all, d(2029, 1, 1)), None);
    }
}
