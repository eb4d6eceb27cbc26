//! The plan for a units file: each row a new unit or new values for the unit of that
//! name. The health trust is found by name (with or without "HF") and gives the region
//! when the row has none; the term end follows from the approval and the function.

use chrono::NaiveDate;
use rusqlite::Connection;

use super::apply::{Op, UnitFields};
use super::{Change, Effect, ImportPlan, Seen, Units, merged};
use crate::domain::{
    Code, Function, Region, UnitKind, fold, nearest_name, parse_ern_cell, term_end,
};
use crate::import::{Field, Kind, Note, Parsed, Problem, ProblemKind, UnitLine};
use crate::store::Result;

/// A stored unit's fields and version.
fn stored(conn: &Connection, id: i64) -> Result<(UnitFields, i64)> {
    Ok(conn
        .prepare_cached(
            "SELECT name, kind, hf_id, region_code, approved_on, function, term_ends_on, fte, ern,
                version FROM units WHERE id = ?1",
        )?
        .query_row([id], |r| {
            let kind: String = r.get(1)?;
            let region: String = r.get(3)?;
            let function: Option<String> = r.get(5)?;
            Ok((
                UnitFields {
                    name: r.get(0)?,
                    kind: UnitKind::from_code(&kind).map_or("senter", Code::code),
                    hf_id: r.get(2)?,
                    region: Region::from_code(&region).map_or("HSØ", Code::code),
                    approved: r.get::<_, Option<NaiveDate>>(4)?,
                    function: function
                        .as_deref()
                        .and_then(Function::from_code)
                        .map(Code::code),
                    term: r.get::<_, Option<NaiveDate>>(6)?,
                    fte: r.get(7)?,
                    ern: r.get(8)?,
                },
                r.get(9)?,
            ))
        })?)
}

/// The fields that differ between two versions of a unit.
fn differences(old: &UnitFields, new: &UnitFields) -> Vec<&'static str> {
    let mut out = Vec::new();
    let pairs: [(&'static str, bool); 8] = [
        ("kind", old.kind != new.kind),
        ("hf_id", old.hf_id != new.hf_id),
        ("region_code", old.region != new.region),
        ("approved_on", old.approved != new.approved),
        ("function", old.function != new.function),
        ("term_ends_on", old.term != new.term),
        ("fte", old.fte != new.fte),
        ("ern", old.ern != new.ern),
    ];
    for (name, differs) in pairs {
        if differs {
            out.push(name);
        }
    }
    out
}

pub fn plan(conn: &Connection, parsed: &Parsed<UnitLine>) -> Result<ImportPlan> {
    let units = Units::load(conn)?;
    let trusts = crate::store::mappers::health_trusts(conn)?;
    let name_column = parsed.column_name(&Field::Unit);
    let hf_column = parsed.column_name(&Field::Hf);
    let region_column = parsed.column_name(&Field::Region);
    let ern_column = parsed.column_name(&Field::Ern);
    let mut problems = super::unit_problems(&units, parsed, true);
    let mut notes = parsed.notes.clone();
    let mut changes = Vec::new();
    let mut ops = Vec::new();
    let mut seen = Seen::new();
    for line in &parsed.lines {
        let existing = match units.find_existing(&line.name) {
            Ok(existing) => existing,
            Err(kind) => {
                problems.push(Problem::at(line.line, name_column, kind));
                continue;
            }
        };
        let key = existing.map_or_else(|| fold(&line.name), |u| format!("#{}", u.id));
        if !seen.first(key, line.line, name_column, &line.name, &mut problems) {
            continue;
        }
        let hf = match &line.hf {
            None => None,
            Some(name) => {
                let folded = fold(name);
                let bare = |n: &str| fold(n).trim_end_matches(" hf").to_string();
                match trusts
                    .iter()
                    .find(|(_, n, _)| fold(n) == folded || bare(n) == bare(name))
                {
                    Some(t) => Some(t),
                    None => {
                        let nearest = nearest_name(name, trusts.iter().map(|t| t.1.as_str()));
                        problems.push(Problem::at(
                            line.line,
                            hf_column,
                            ProblemKind::UnknownHf {
                                name: name.clone(),
                                nearest: nearest.map(str::to_string),
                            },
                        ));
                        continue;
                    }
                }
            }
        };
        if let (Some((_, hf_name, hf_region)), Some(region)) = (hf, line.region)
            && *hf_region != region
        {
            problems.push(Problem::at(
                line.line,
                region_column,
                ProblemKind::HfRegion {
                    hf: hf_name.clone(),
                    region: hf_region.code(),
                },
            ));
            continue;
        }
        let region = line.region.or(hf.map(|t| t.2));
        let old = match existing {
            Some(u) => Some(stored(conn, u.id)?),
            None => None,
        };
        let base = old.as_ref().map(|(f, _)| f);
        let Some(region) = region.map(Code::code).or(base.map(|b| b.region)) else {
            problems.push(Problem::at(line.line, region_column, ProblemKind::NoRegion));
            continue;
        };
        let Some(kind) = line.kind.map(Code::code).or(base.map(|b| b.kind)) else {
            continue; // the row's empty kind is already a problem
        };
        let approved = line.approved.or(base.and_then(|b| b.approved));
        let function = line
            .function
            .map(Code::code)
            .or(base.and_then(|b| b.function));
        let term = approved
            .and_then(|a| term_end(a, function.and_then(Function::from_code)))
            .or(base.and_then(|b| b.term).filter(|_| function.is_none()));
        let new = UnitFields {
            name: base.map_or_else(|| line.name.clone(), |b| b.name.clone()),
            kind,
            hf_id: hf.map(|t| t.0).or(base.and_then(|b| b.hf_id)),
            region,
            approved,
            function,
            term,
            fte: line.fte.or(base.and_then(|b| b.fte)),
            ern: line.ern.clone().or(base.and_then(|b| b.ern.clone())),
        };
        // The networks the ERN column names that the unit is not yet a member of.
        let entries = match line.ern.as_deref().map(parse_ern_cell).transpose() {
            Ok(entries) => entries.unwrap_or_default(),
            Err(refusal) => {
                let typed = match refusal {
                    crate::domain::ErnRefusal::UnknownStatus { typed } => typed,
                    _ => line.ern.clone().unwrap_or_default(),
                };
                problems.push(Problem::at(
                    line.line,
                    ern_column,
                    ProblemKind::ErnStatus { typed },
                ));
                continue;
            }
        };
        let mut erns = Vec::new();
        for e in entries {
            if let Err(nearest) = crate::domain::known_ern(&e.ern) {
                notes.push(Note::ErnUnknown {
                    line: line.line,
                    ern: e.ern.clone(),
                    nearest,
                });
            }
            let known = match existing {
                Some(u) => crate::store::ern::unit_has(conn, u.id, &e.ern)?,
                None => None,
            };
            if let Some(kept) = known.filter(|kept| *kept != e.status) {
                notes.push(Note::ErnStatusKept {
                    line: line.line,
                    ern: e.ern.clone(),
                    file: e.status,
                    kept,
                });
            }
            if known.is_none() {
                erns.push(Op::InsertErn {
                    unit: existing.map(|u| u.id),
                    ern: e.ern,
                    status: e.status,
                    hf_id: new.hf_id,
                });
            }
        }
        let new_erns = !erns.is_empty();
        let effect = match old {
            None => {
                ops.push(Op::InsertUnit(new.clone()));
                Effect::New
            }
            Some((old, version)) => {
                let mut changed = differences(&old, &new);
                if changed.is_empty() && !new_erns {
                    Effect::Unchanged
                } else if changed.is_empty() {
                    Effect::Changed(vec!["ern_memberships"])
                } else {
                    if new_erns {
                        changed.push("ern_memberships");
                    }
                    let id = existing.map_or(0, |u| u.id);
                    ops.push(Op::UpdateUnit {
                        id,
                        version,
                        old,
                        new: new.clone(),
                    });
                    Effect::Changed(changed)
                }
            }
        };
        ops.extend(erns);
        changes.push(Change {
            line: line.line,
            unit: new.name,
            effect,
        });
    }
    Ok(ImportPlan {
        kind: Kind::Units,
        changes,
        problems: merged(parsed.problems.clone(), problems),
        notes,
        ops,
    })
}
