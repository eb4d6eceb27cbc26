//! A quality and competence network's periods: reading them with the year in period
//! and the renewal state, adding a period, and recording the RHFs' decision in year 6
//! (renewed creates the next period in the same transaction).

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row as SqlRow};
use serde_json::json;

use crate::domain::{
    Code, FrameFlag, IrfAnswer, Region, RenewalRefusal, RenewalState, UnitKind, check_decidable,
    check_period, effective_state, fold, frame_flag, nearest_name, network_year, next_period,
};
use crate::store::mappers::code_col;
use crate::store::write::{AuditEntry, check_version};
use crate::store::{Result, Store};

/// One funding period of a network.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkPeriod {
    /// Its id.
    pub id: i64,
    /// The network (unit) it belongs to.
    pub unit_id: i64,
    /// First day.
    pub starts_on: NaiveDate,
    /// Last day.
    pub ends_on: NaiveDate,
    /// Yearly frame in MNOK.
    pub frame_mnok: f64,
    /// The coordinating health trust's id.
    pub coordinating_hf_id: Option<i64>,
    /// Its name.
    pub coordinating_hf: Option<String>,
    /// The renewal state as stored (see [`Network::state`] for the one to show).
    pub stored_state: RenewalState,
    /// The decision's text.
    pub decision: String,
    /// When it was decided.
    pub decided_on: Option<NaiveDate>,
    /// The row's version, to pass back with a decision.
    pub version: i64,
}

/// A network with its periods, as of a given day.
#[derive(Debug, Clone, PartialEq)]
pub struct Network {
    /// The unit's id.
    pub unit_id: i64,
    /// Its name.
    pub name: String,
    /// The host region.
    pub region: Region,
    /// Every period, oldest first.
    pub periods: Vec<NetworkPeriod>,
    /// The latest period that has started (the one running or last run); `None`
    /// before the first starts.
    pub current: Option<NetworkPeriod>,
    /// The year the current period is in (1-based; 6 and later: decide).
    pub year_in_period: Option<u32>,
    /// The current period's state: a decision stands, otherwise the later of the
    /// stored state and the one the year in period gives.
    pub state: Option<RenewalState>,
    /// How the current period's frame compares with the framework's 1 or 2 MNOK.
    pub frame_flag: Option<FrameFlag>,
}

/// The RHFs' decision on a period's renewal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RenewalDecision {
    /// A new period is funded.
    Renewed {
        /// Its first day.
        next_start: NaiveDate,
        /// Its last day.
        next_end: NaiveDate,
        /// Its yearly frame in MNOK.
        frame_mnok: f64,
    },
    /// The network ends with this period.
    Ended,
}

const SELECT: &str = "SELECT p.id, p.unit_id, p.starts_on, p.ends_on, p.frame_mnok,
        p.coordinating_hf, h.name, p.renewal_state, p.decision, p.decided_on, p.version
   FROM network_periods p LEFT JOIN health_trusts h ON h.id = p.coordinating_hf";

/// A stored date; an unreadable one reads as 1 January of year 1 rather than failing.
fn date(text: String) -> NaiveDate {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").unwrap_or_default()
}

fn map(r: &SqlRow<'_>) -> rusqlite::Result<NetworkPeriod> {
    Ok(NetworkPeriod {
        id: r.get(0)?,
        unit_id: r.get(1)?,
        starts_on: date(r.get(2)?),
        ends_on: date(r.get(3)?),
        frame_mnok: r.get(4)?,
        coordinating_hf_id: r.get(5)?,
        coordinating_hf: r.get(6)?,
        stored_state: code_col(r, 7)?,
        decision: r.get(8)?,
        decided_on: r.get::<_, Option<String>>(9)?.map(date),
        version: r.get(10)?,
    })
}

/// The network `unit_id`'s name and region, or `NoSuchNetwork`.
fn network_unit(conn: &Connection, unit_id: i64) -> Result<(String, Region)> {
    let found = conn
        .query_row(
            "SELECT name, region_code, kind FROM units WHERE id = ?1",
            [unit_id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    code_col::<Region>(r, 1)?,
                    r.get::<_, String>(2)?,
                ))
            },
        )
        .optional()?;
    match found {
        Some((name, region, kind)) if kind == UnitKind::Network.code() => Ok((name, region)),
        _ => Err(RenewalRefusal::NoSuchNetwork { unit_id }.into()),
    }
}

/// Every period of network `unit_id`, oldest first.
fn periods(conn: &Connection, unit_id: i64) -> Result<Vec<NetworkPeriod>> {
    let sql = format!("{SELECT} WHERE p.unit_id = ?1 ORDER BY p.starts_on, p.id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([unit_id], map)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The health trust named `typed` (folded), or the only one whose name contains it;
/// `None` for an empty name; a refusal naming the nearest name otherwise.
fn match_hf(conn: &Connection, typed: Option<&str>) -> Result<Option<i64>> {
    let Some(typed) = typed.filter(|t| !t.trim().is_empty()) else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached("SELECT id, name FROM health_trusts")?;
    let trusts = stmt
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let wanted = fold(typed);
    let exact = trusts.iter().find(|(_, n)| fold(n) == wanted);
    let containing: Vec<_> = trusts
        .iter()
        .filter(|(_, n)| wanted.chars().count() >= 3 && fold(n).contains(&wanted))
        .collect();
    match (exact, containing.as_slice()) {
        (Some((id, _)), _) | (None, [(id, _)]) => Ok(Some(*id)),
        _ => Err(RenewalRefusal::UnknownHf {
            typed: typed.trim().to_string(),
            suggestion: nearest_name(typed, trusts.iter().map(|(_, n)| n.as_str()))
                .map(str::to_string),
        }
        .into()),
    }
}

/// The dates of `unit_id`'s periods other than `except`.
fn other_dates(
    conn: &Connection,
    unit_id: i64,
    except: i64,
) -> Result<Vec<(NaiveDate, NaiveDate)>> {
    Ok(periods(conn, unit_id)?
        .into_iter()
        .filter(|p| p.id != except)
        .map(|p| (p.starts_on, p.ends_on))
        .collect())
}

/// Inserts a checked period and its audit row; returns its id.
fn insert_period(
    tx: &Connection,
    audit: &mut Vec<AuditEntry>,
    unit_id: i64,
    (starts_on, ends_on): (NaiveDate, NaiveDate),
    frame_mnok: f64,
    hf: Option<i64>,
) -> Result<i64> {
    tx.execute(
        "INSERT INTO network_periods (unit_id, starts_on, ends_on, frame_mnok, coordinating_hf)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        (unit_id, starts_on, ends_on, frame_mnok, hf),
    )?;
    let id = tx.last_insert_rowid();
    audit.push(AuditEntry {
        entity: "network_period",
        entity_id: Some(id),
        action: "insert",
        old: None,
        new: Some(json!({
            "unit_id": unit_id, "starts_on": starts_on.to_string(),
            "ends_on": ends_on.to_string(), "frame_mnok": frame_mnok, "coordinating_hf": hf,
        })),
    });
    Ok(id)
}

/// Period `id` as read.
fn period_by_id(conn: &Connection, id: i64) -> Result<NetworkPeriod> {
    let sql = format!("{SELECT} WHERE p.id = ?1");
    Ok(conn.query_row(&sql, [id], map)?)
}

/// Writes the decision on `period` (its renewal state, text and date) with its audit
/// row: `action` says whose decision it is, with the IRF case that made it, if any.
fn decide(
    tx: &Connection,
    audit: &mut Vec<AuditEntry>,
    period: &NetworkPeriod,
    (action, case): (&'static str, Option<i64>),
    (state, text, today): (&str, &str, NaiveDate),
) -> Result<()> {
    tx.execute(
        "UPDATE network_periods SET renewal_state = ?1, decision = ?2, decided_on = ?3,
                version = version + 1
          WHERE id = ?4",
        (state, text, today, period.id),
    )?;
    let mut new = json!({
        "renewal_state": state, "decision": text, "decided_on": today.to_string(),
    });
    if let Some(case) = case {
        new["case"] = json!(case);
    }
    audit.push(AuditEntry {
        entity: "network_period",
        entity_id: Some(period.id),
        action,
        old: Some(json!({
            "renewal_state": period.stored_state.code(), "decision": period.decision,
            "decided_on": period.decided_on.map(|d| d.to_string()),
        })),
        new: Some(new),
    });
    Ok(())
}

/// IRF's `answer` on a renewal case (`case_id`) applied to period `period_id`: the
/// period takes the answer's renewal state with the decision's `text` and date; "supports"
/// also creates the next five-year period (same frame and coordinating HF), checked as
/// when the renewal is recorded in Fornyelser, so an overlap refuses the whole decision.
/// A period that has not started stands for the network's current one (the latest
/// started); a period already decided, or one in years 1–4 that a renewal created, is
/// left as it is (the renewal was recorded before the case was decided).
pub(in crate::store) fn apply_case_answer(
    tx: &Connection,
    audit: &mut Vec<AuditEntry>,
    period_id: i64,
    (answer, text, today): (IrfAnswer, &str, NaiveDate),
    case_id: i64,
) -> Result<()> {
    let linked = period_by_id(tx, period_id)?;
    let all = periods(tx, linked.unit_id)?;
    // A period that has not started yet is not the one decided: the current one is.
    let period = if linked.starts_on > today {
        match all.iter().rev().find(|p| p.starts_on <= today) {
            Some(current) => current.clone(),
            None => return Ok(()),
        }
    } else {
        linked
    };
    let follows_renewal = all
        .iter()
        .any(|p| p.starts_on < period.starts_on && p.stored_state == RenewalState::Renewed);
    let state = effective_state(period.stored_state, period.starts_on, today);
    if state.is_decided() || (state == RenewalState::Running && follows_renewal) {
        return Ok(());
    }
    decide(
        tx,
        audit,
        &period,
        ("irf_decision", Some(case_id)),
        (answer.renewal_state(), text, today),
    )?;
    if answer == IrfAnswer::Supports {
        let (start, end) = next_period(period.ends_on);
        check_period(start, end, &other_dates(tx, period.unit_id, 0)?)?;
        insert_period(
            tx,
            audit,
            period.unit_id,
            (start, end),
            period.frame_mnok,
            period.coordinating_hf_id,
        )?;
    }
    Ok(())
}

impl Store {
    /// Network `unit_id` with its periods as of `today`: the current period, the year
    /// it is in and its state. `NoSuchNetwork` if the unit is missing or not a network.
    pub fn network(&self, unit_id: i64, today: NaiveDate) -> Result<Network> {
        let (name, region) = network_unit(&self.conn, unit_id)?;
        let periods = periods(&self.conn, unit_id)?;
        let current = periods.iter().rev().find(|p| p.starts_on <= today).cloned();
        let year_in_period = current
            .as_ref()
            .and_then(|p| network_year(p.starts_on, today));
        let state = current
            .as_ref()
            .map(|p| effective_state(p.stored_state, p.starts_on, today));
        let frame_flag = current.as_ref().and_then(|p| frame_flag(p.frame_mnok).ok());
        Ok(Network {
            unit_id,
            name,
            region,
            periods,
            current,
            year_in_period,
            state,
            frame_flag,
        })
    }

    /// Adds a period to network `unit_id`, coordinated by the health trust named
    /// `coordinating_hf` (matched like an application's HF; `None` or empty for none).
    /// Refused: a unit that is not a network, a negative frame, a period that does not
    /// end after it starts or that overlaps another period of the network, an unknown
    /// HF. A frame above 2 MNOK is allowed (and flagged when read). Returns its id.
    pub fn add_network_period(
        &mut self,
        unit_id: i64,
        starts_on: NaiveDate,
        ends_on: NaiveDate,
        frame_mnok: f64,
        coordinating_hf: Option<&str>,
    ) -> Result<i64> {
        self.write(|tx, audit| {
            network_unit(tx, unit_id)?;
            frame_flag(frame_mnok)?;
            check_period(starts_on, ends_on, &other_dates(tx, unit_id, 0)?)?;
            let hf = match_hf(tx, coordinating_hf)?;
            insert_period(tx, audit, unit_id, (starts_on, ends_on), frame_mnok, hf)
        })
    }

    /// Records the RHFs' decision on period `period_id` read at `version`, with its
    /// text, decided `today`. Only the network's latest period, and only once it is
    /// due (year 5) or in evaluation (year 6 on), and only once. `Renewed` checks and
    /// creates the next period (same coordinating HF) in the same transaction and
    /// returns its id; `Ended` returns `None`.
    pub fn record_renewal(
        &mut self,
        period_id: i64,
        version: i64,
        decision: RenewalDecision,
        text: &str,
        today: NaiveDate,
    ) -> Result<Option<i64>> {
        self.write(|tx, audit| {
            check_version(tx, "network_periods", "network_period", period_id, version)?;
            let period = period_by_id(tx, period_id)?;
            let all = periods(tx, period.unit_id)?;
            if let Some(latest) = all.last().filter(|l| l.id != period.id) {
                return Err(RenewalRefusal::NotLatest {
                    latest_start: latest.starts_on,
                }
                .into());
            }
            check_decidable(effective_state(
                period.stored_state,
                period.starts_on,
                today,
            ))?;
            let (state, next) = match decision {
                RenewalDecision::Ended => (RenewalState::Ended, None),
                RenewalDecision::Renewed {
                    next_start,
                    next_end,
                    frame_mnok,
                } => {
                    frame_flag(frame_mnok)?;
                    check_period(next_start, next_end, &other_dates(tx, period.unit_id, 0)?)?;
                    (
                        RenewalState::Renewed,
                        Some((next_start, next_end, frame_mnok)),
                    )
                }
            };
            decide(
                tx,
                audit,
                &period,
                ("renewal", None),
                (state.code(), text, today),
            )?;
            next.map(|(s, e, frame)| {
                insert_period(
                    tx,
                    audit,
                    period.unit_id,
                    (s, e),
                    frame,
                    period.coordinating_hf_id,
                )
            })
            .transpose()
        })
    }
}
