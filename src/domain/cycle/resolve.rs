//! Resolving a year's milestones to dates: fixed dates as they are, weekday rules in
//! the year, working-day rules counted back from the milestone they point at (which is
//! resolved first), and `før` deadlines checked against theirs. References are matched
//! by name ignoring case and accents; a reference that leads back to itself is named as
//! the circle it makes.

use chrono::{Datelike, NaiveDate};

use super::CycleRefusal;
use super::rule::{CycleRule, nth_weekday};
use crate::domain::{fold, nearest_name, working_days_before};

/// One milestone as the resolver sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CycleItem {
    /// Its name, unique in the year (ignoring case and accents).
    pub name: String,
    /// Its own date: required with `før` or without a rule, refused with other rules.
    pub fixed: Option<NaiveDate>,
    /// Its rule, if any.
    pub rule: Option<CycleRule>,
}

enum State {
    Todo,
    Busy,
    Done(Result<NaiveDate, CycleRefusal>),
}

struct Resolver<'a> {
    year: i32,
    items: &'a [CycleItem],
    folded: Vec<String>,
    state: Vec<State>,
    stack: Vec<usize>,
}

/// Each item's date in `year`, or why it has none, in the order of `items`.
///
/// Refusals: a fixed date outside `year` ([`CycleRefusal::DateOutsideYear`]); a date
/// beside a rule that sets it ([`CycleRefusal::DateWithRule`]); neither date nor rule;
/// a `før` rule without a date, or with a date on or after its target's; a weekday the
/// month lacks; a reference to itself, to a name the year lacks (with the nearest name
/// as a suggestion), round a circle (every milestone on it gets the same chain), or to
/// a milestone that has no date itself ([`CycleRefusal::Unresolved`]).
pub fn resolve_cycle(year: i32, items: &[CycleItem]) -> Vec<Result<NaiveDate, CycleRefusal>> {
    let mut r = Resolver {
        year,
        items,
        folded: items.iter().map(|i| fold(&i.name)).collect(),
        state: items.iter().map(|_| State::Todo).collect(),
        stack: Vec::new(),
    };
    (0..items.len()).map(|i| r.resolve(i)).collect()
}

impl Resolver<'_> {
    fn resolve(&mut self, i: usize) -> Result<NaiveDate, CycleRefusal> {
        if let State::Done(r) = &self.state[i] {
            return r.clone();
        }
        self.state[i] = State::Busy;
        self.stack.push(i);
        let r = self.compute(i);
        self.stack.pop();
        self.state[i] = State::Done(r.clone());
        r
    }

    fn compute(&mut self, i: usize) -> Result<NaiveDate, CycleRefusal> {
        let items = self.items;
        let item = &items[i];
        let name = || item.name.clone();
        match (&item.rule, item.fixed) {
            (None, None) => Err(CycleRefusal::NoDateNorRule { name: name() }),
            (None, Some(date)) => self.in_year(item, date),
            (Some(CycleRule::Before { milestone }), None) => {
                Err(CycleRefusal::DeadlineWithoutDate {
                    name: name(),
                    target: milestone.clone(),
                })
            }
            (Some(rule @ CycleRule::Before { milestone }), Some(date)) => {
                let date = self.in_year(item, date)?;
                let (target, target_date) = self.target(i, rule, milestone)?;
                if date < target_date {
                    Ok(date)
                } else {
                    Err(CycleRefusal::DeadlineNotBefore {
                        name: name(),
                        date,
                        target,
                        target_date,
                    })
                }
            }
            (Some(_), Some(_)) => Err(CycleRefusal::DateWithRule { name: name() }),
            (
                Some(
                    rule @ CycleRule::NthWeekday {
                        nth,
                        weekday,
                        month,
                    },
                ),
                None,
            ) => nth_weekday(self.year, *month, *weekday, *nth).ok_or_else(|| {
                CycleRefusal::NoSuchDay {
                    name: name(),
                    rule: rule.to_string(),
                    year: self.year,
                }
            }),
            (Some(rule @ CycleRule::WorkingDaysBefore { days, milestone }), None) => {
                let (_, target_date) = self.target(i, rule, milestone)?;
                working_days_before(target_date, *days).ok_or_else(|| CycleRefusal::BadRule {
                    text: rule.to_string(),
                })
            }
        }
    }

    fn in_year(&self, item: &CycleItem, date: NaiveDate) -> Result<NaiveDate, CycleRefusal> {
        if date.year() == self.year {
            Ok(date)
        } else {
            Err(CycleRefusal::DateOutsideYear {
                name: item.name.clone(),
                date,
                year: self.year,
            })
        }
    }

    /// The name (as the year spells it) and date of the milestone `target` that item
    /// `i`'s `rule` points at.
    fn target(
        &mut self,
        i: usize,
        rule: &CycleRule,
        target: &str,
    ) -> Result<(String, NaiveDate), CycleRefusal> {
        let items = self.items;
        let name = &items[i].name;
        let wanted = fold(target);
        if wanted == self.folded[i] {
            return Err(CycleRefusal::SelfReference { name: name.clone() });
        }
        let Some(t) = self.folded.iter().position(|f| *f == wanted) else {
            let others = items
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, o)| o.name.as_str());
            return Err(CycleRefusal::UnknownMilestone {
                name: name.clone(),
                rule: rule.to_string(),
                target: target.to_string(),
                year: self.year,
                suggestion: nearest_name(target, others).map(str::to_string),
            });
        };
        if matches!(self.state[t], State::Busy) {
            let from = self.stack.iter().position(|s| *s == t).unwrap_or(0);
            let mut chain: Vec<String> = self.stack[from..]
                .iter()
                .map(|s| items[*s].name.clone())
                .collect();
            chain.push(items[t].name.clone());
            return Err(CycleRefusal::Circular { chain });
        }
        match self.resolve(t) {
            Ok(date) => Ok((items[t].name.clone(), date)),
            Err(CycleRefusal::Circular { chain }) if chain.contains(name) => {
                Err(CycleRefusal::Circular { chain })
            }
            Err(_) => Err(CycleRefusal::Unresolved {
                name: name.clone(),
                target: items[t].name.clone(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse_rule;
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn fixed(name: &str, date: NaiveDate) -> CycleItem {
        CycleItem {
            name: name.into(),
            fixed: Some(date),
            rule: None,
        }
    }

    fn ruled(name: &str, rule: &str) -> CycleItem {
        CycleItem {
            name: name.into(),
            fixed: None,
            rule: Some(parse_rule(rule).unwrap()),
        }
    }

    #[test]
    fn working_days_across_easter_and_may() {
        let items = [
            fixed("IRF-møte april", d(2026, 4, 7)),
            ruled("Frist", "5 arbeidsdager før irf-MOTE april"),
            // 26 May 2026: Whit Monday 25 May, Whit Sunday 24, 17 May a Sunday,
            // Ascension Thursday 14 May.
            fixed("IRF-møte mai", d(2026, 5, 26)),
            ruled("Saksliste", "10 working days before IRF-møte mai"),
            ruled("Etter pinse", "0 arbeidsdager før IRF-møte mai"),
        ];
        let got = resolve_cycle(2026, &items);
        assert_eq!(got[0], Ok(d(2026, 4, 7)));
        // 1 Apr, 31 Mar, 30 Mar, 27 Mar, 26 Mar (2, 3, 6 April are holidays).
        assert_eq!(got[1], Ok(d(2026, 3, 26)));
        // 22, 21, 20, 19, 18, 15, 13, 12, 11, 8 May.
        assert_eq!(got[3], Ok(d(2026, 5, 8)));
        assert_eq!(got[4], Ok(d(2026, 5, 26)));
    }

    #[test]
    fn weekday_rules_in_the_year() {
        let items = [
            ruled("Tredje", "3. tirsdag i mai"),
            ruled("Siste", "siste fredag i mai"),
            ruled("Femte", "5. tirsdag i mai"),
        ];
        let got = resolve_cycle(2026, &items);
        assert_eq!(got[0], Ok(d(2026, 5, 19)));
        assert_eq!(got[1], Ok(d(2026, 5, 29)));
        assert_eq!(
            got[2],
            Err(CycleRefusal::NoSuchDay {
                name: "Femte".into(),
                rule: "5. tirsdag i mai".into(),
                year: 2026
            })
        );
        assert_eq!(resolve_cycle(2027, &items)[0], Ok(d(2027, 5, 18)));
        // May 2029 has five Tuesdays.
        assert_eq!(resolve_cycle(2029, &items)[2], Ok(d(2029, 5, 29)));
    }

    #[test]
    fn references_to_self_unknown_and_round_a_circle() {
        let items = [
            ruled("A", "2 arbeidsdager før B"),
            ruled("B", "3 arbeidsdager før C"),
            ruled("C", "1 arbeidsdag før a"),
            ruled("D", "1 arbeidsdag før A"),
            ruled("Egen", "2 arbeidsdager før EGEN"),
            ruled("Ukjent", "10 arbeidsdager før Søknadsfrist"),
            fixed("Søknadsfrist til eget RHF", d(2026, 10, 15)),
        ];
        let got = resolve_cycle(2026, &items);
        let chain: Vec<String> = ["A", "B", "C", "A"].map(String::from).to_vec();
        assert_eq!(
            got[0],
            Err(CycleRefusal::Circular {
                chain: chain.clone()
            })
        );
        assert_eq!(
            got[1],
            Err(CycleRefusal::Circular {
                chain: chain.clone()
            })
        );
        assert_eq!(got[2], Err(CycleRefusal::Circular { chain }));
        assert_eq!(
            got[3],
            Err(CycleRefusal::Unresolved {
                name: "D".into(),
                target: "A".into()
            })
        );
        assert_eq!(
            got[4],
            Err(CycleRefusal::SelfReference {
                name: "Egen".into()
            })
        );
        assert_eq!(
            got[5],
            Err(CycleRefusal::UnknownMilestone {
                name: "Ukjent".into(),
                rule: "10 arbeidsdager før Søknadsfrist".into(),
                target: "Søknadsfrist".into(),
                year: 2026,
                suggestion: Some("Søknadsfrist til eget RHF".into()),
            })
        );
        assert_eq!(got[6], Ok(d(2026, 10, 15)));
    }

    #[test]
    fn deadlines_must_come_before_their_meeting() {
        let meeting = fixed("IRF-møte", d(2026, 5, 19));
        let early = CycleItem {
            rule: Some(parse_rule("før irf-mote").unwrap()),
            ..fixed("Frist", d(2026, 5, 18))
        };
        assert_eq!(
            resolve_cycle(2026, &[meeting.clone(), early.clone()])[1],
            Ok(d(2026, 5, 18))
        );
        for late in [d(2026, 5, 19), d(2026, 6, 1)] {
            let item = CycleItem {
                fixed: Some(late),
                ..early.clone()
            };
            assert_eq!(
                resolve_cycle(2026, &[meeting.clone(), item])[1],
                Err(CycleRefusal::DeadlineNotBefore {
                    name: "Frist".into(),
                    date: late,
                    target: "IRF-møte".into(),
                    target_date: d(2026, 5, 19),
                })
            );
        }
        let dateless = CycleItem {
            fixed: None,
            ..early
        };
        assert_eq!(
            resolve_cycle(2026, &[meeting, dateless])[1],
            Err(CycleRefusal::DeadlineWithoutDate {
                name: "Frist".into(),
                target: "irf-mote".into()
            })
        );
    }

    #[test]
    fn dates_and_rules_must_fit() {
        let both = CycleItem {
            rule: Some(parse_rule("2. tirsdag i mai").unwrap()),
            ..fixed("Begge", d(2026, 5, 1))
        };
        let neither = CycleItem {
            name: "Ingen".into(),
            fixed: None,
            rule: None,
        };
        let outside = fixed("Utenfor", d(2027, 1, 5));
        let got = resolve_cycle(2026, &[both, neither, outside]);
        assert_eq!(
            got[0],
            Err(CycleRefusal::DateWithRule {
                name: "Begge".into()
            })
        );
        assert_eq!(
            got[1],
            Err(CycleRefusal::NoDateNorRule {
                name: "Ingen".into()
            })
        );
        assert_eq!(
            got[2],
            Err(CycleRefusal::DateOutsideYear {
                name: "Utenfor".into(),
                date: d(2027, 1, 5),
                year: 2026
            })
        );
    }
}
