//! "Siden sist": when each OS user last closed irf (`user_sessions`), and what others
//! changed since a moment, one item per record per write, grouped by the pane that
//! shows the record: reports received or moved on and reviews finished (Årsrapporter),
//! anchoring answers (Årshjul), decisions recorded (Saker, Fornyelser, Årshjul), cases
//! edited (Saker), contacts changed (Kontakter).

use chrono::{DateTime, Utc};
use rusqlite::OptionalExtension;
use serde_json::Value;

use super::HistoryTarget;
use super::read::parse_at;
use crate::domain::{Code, Region};
use crate::store::write::AuditEntry;
use crate::store::{Result, Store};

/// The pane that shows a changed record (the TUI's six panes, in their order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChangePane {
    /// Årshjul: the annual cycle and applications.
    Cycle,
    /// Årsrapporter.
    Reports,
    /// Fornyelser.
    Renewals,
    /// Kontakter.
    Contacts,
    /// Saker.
    Cases,
    /// Tjenester.
    Units,
}

impl ChangePane {
    /// A stable code (the CLI's JSON `pane`): `arshjul`, `arsrapporter`, `fornyelser`,
    /// `kontakter`, `saker`, `tjenester`.
    pub fn code(self) -> &'static str {
        match self {
            ChangePane::Cycle => "arshjul",
            ChangePane::Reports => "arsrapporter",
            ChangePane::Renewals => "fornyelser",
            ChangePane::Contacts => "kontakter",
            ChangePane::Cases => "saker",
            ChangePane::Units => "tjenester",
        }
    }
}

/// What kind of change an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeKind {
    /// A review was finished (the report became `vurdert` or `oppfolging`).
    ReviewFinished,
    /// A report was received (its received date set); `value` is the date.
    ReportReceived,
    /// A report moved to another status; `value` is the new status.
    ReportMoved,
    /// A decision was recorded: on a case, a network period, a phase-out or an
    /// application; `value` is IRF's answer (or decision, or renewal state) if any.
    DecisionRecorded,
    /// A region answered an anchoring; `value` is the view, `region` the region.
    AnchoringAnswered,
    /// A case was edited; `value` is the audit action.
    CaseEdited,
    /// A contact was added, changed or deleted; `value` is the audit action.
    ContactChanged,
    /// One of the group's own records (a leadership period, the obligations, a
    /// dialogue event, a setting-aside, an ERN membership, shown on its unit) was
    /// added, changed or deleted; `value` is the audit action.
    RecordChanged,
}

impl ChangeKind {
    /// The rank used in SQL (1 is the most telling of a write's rows).
    fn from_rank(rank: i64) -> Option<ChangeKind> {
        Some(match rank {
            1 => ChangeKind::ReviewFinished,
            2 => ChangeKind::ReportReceived,
            3 => ChangeKind::ReportMoved,
            4 => ChangeKind::DecisionRecorded,
            5 => ChangeKind::AnchoringAnswered,
            6 => ChangeKind::CaseEdited,
            7 => ChangeKind::ContactChanged,
            8 => ChangeKind::RecordChanged,
            _ => return None,
        })
    }

    /// A stable code (the CLI's JSON `change`).
    pub fn code(self) -> &'static str {
        match self {
            ChangeKind::ReviewFinished => "review_finished",
            ChangeKind::ReportReceived => "report_received",
            ChangeKind::ReportMoved => "report_moved",
            ChangeKind::DecisionRecorded => "decision_recorded",
            ChangeKind::AnchoringAnswered => "anchoring_answered",
            ChangeKind::CaseEdited => "case_edited",
            ChangeKind::ContactChanged => "contact_changed",
            ChangeKind::RecordChanged => "record_changed",
        }
    }
}

/// One change another user made.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeItem {
    /// The audit row that tells it (for the record's history).
    pub audit_id: i64,
    /// The record (to jump to).
    pub target: HistoryTarget,
    /// The record's name as stored (its last recorded name if it is gone).
    pub title: String,
    /// What happened.
    pub kind: ChangeKind,
    /// The pane that shows the record.
    pub pane: ChangePane,
    /// A code or date that says more (see [`ChangeKind`]).
    pub value: Option<String>,
    /// The region concerned (an anchoring's answering region; else the record's).
    pub region: Option<Region>,
    /// The OS user.
    pub user: String,
    /// The contact tied to that user, if any.
    pub person: Option<String>,
    /// When (UTC).
    pub at: DateTime<Utc>,
}

/// What others changed since a moment.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Changes {
    /// How many changes there are in all (more than `items` holds when cut).
    pub count: usize,
    /// The newest of them, newest first.
    pub items: Vec<ChangeItem>,
}

impl Changes {
    /// The items grouped by pane, in the panes' order, each group newest first.
    pub fn by_pane(&self) -> Vec<(ChangePane, Vec<&ChangeItem>)> {
        let mut groups: Vec<(ChangePane, Vec<&ChangeItem>)> = Vec::new();
        for item in &self.items {
            match groups.iter_mut().find(|(p, _)| *p == item.pane) {
                Some((_, list)) => list.push(item),
                None => groups.push((item.pane, vec![item])),
            }
        }
        groups.sort_by_key(|(p, _)| *p);
        groups
    }
}

/// The rows after `?1` by others than `?2` (NULL: anyone) that tell a change, with
/// their rank, target and region; `?3` keeps one region (NULL: all).
const CLASSIFIED: &str = "
    WITH rows AS (
      -- An ERN membership is told on its unit (its audit row names it).
      SELECT a.id, a.write_id, a.at, a.user,
             CASE a.entity WHEN 'ern_membership' THEN 'unit' ELSE a.entity END AS entity,
             CASE a.entity
               WHEN 'ern_membership'
                 THEN json_extract(coalesce(a.new_value, a.old_value), '$.unit_id')
               ELSE a.entity_id END AS entity_id,
             a.action,
             a.old_value, a.new_value,
             CASE
               WHEN a.entity = 'annual_report'
                    AND json_extract(a.new_value, '$.status') IN ('vurdert', 'oppfolging')
                    AND json_extract(a.old_value, '$.status') IN ('mottatt', 'under_vurdering')
                 THEN 1
               WHEN a.entity = 'annual_report'
                    AND json_extract(a.new_value, '$.received_on') IS NOT NULL
                    AND json_extract(a.new_value, '$.received_on')
                        IS NOT json_extract(a.old_value, '$.received_on')
                 THEN 2
               WHEN a.entity = 'annual_report'
                    AND json_extract(a.new_value, '$.status')
                        IS NOT json_extract(a.old_value, '$.status')
                 THEN 3
               WHEN a.entity IN ('case', 'network_period', 'phase_out', 'application')
                    AND a.action IN ('decision', 'irf_decision', 'irf_answer', 'renewal')
                 THEN 4
               WHEN a.entity = 'anchoring' AND a.action = 'answer' THEN 5
               WHEN a.entity = 'case' THEN 6
               WHEN a.entity = 'contact' THEN 7
               WHEN a.entity IN ('leadership_period', 'obligations', 'dialogue_event',
                                 'set_aside', 'ern_membership') THEN 8
             END AS rank,
             CASE a.entity
               WHEN 'annual_report' THEN (SELECT u.region_code FROM annual_reports r
                                            JOIN units u ON u.id = r.unit_id WHERE r.id = a.entity_id)
               WHEN 'anchoring' THEN json_extract(coalesce(a.new_value, a.old_value), '$.region')
               WHEN 'case' THEN (SELECT region_code FROM cases WHERE id = a.entity_id)
               WHEN 'contact' THEN coalesce(
                   (SELECT region_code FROM contacts WHERE id = a.entity_id),
                   json_extract(coalesce(a.new_value, a.old_value), '$.region'))
               WHEN 'application' THEN (SELECT region_code FROM applications WHERE id = a.entity_id)
               WHEN 'network_period' THEN (SELECT u.region_code FROM network_periods p
                                             JOIN units u ON u.id = p.unit_id WHERE p.id = a.entity_id)
               WHEN 'phase_out' THEN (SELECT u.region_code FROM phase_outs p
                                        JOIN units u ON u.id = p.unit_id WHERE p.id = a.entity_id)
               WHEN 'leadership_period' THEN
                   json_extract(coalesce(a.new_value, a.old_value), '$.region')
               WHEN 'dialogue_event' THEN
                   json_extract(coalesce(a.new_value, a.old_value), '$.region')
               WHEN 'set_aside' THEN
                   json_extract(coalesce(a.new_value, a.old_value), '$.region')
               WHEN 'ern_membership' THEN (SELECT region_code FROM units WHERE id =
                   json_extract(coalesce(a.new_value, a.old_value), '$.unit_id'))
             END AS region
        FROM audit_log a
       WHERE a.at > ?1 AND a.user IS NOT ?2 AND a.entity_id IS NOT NULL
         -- `+`: the rows are found by time (audit_at), never by scanning an entity.
         AND +a.entity IN ('annual_report', 'anchoring', 'case', 'contact', 'application',
                          'network_period', 'phase_out', 'leadership_period', 'obligations',
                          'dialogue_event', 'set_aside', 'ern_membership'))
    SELECT max((9 - rank) * 1000000000000000 + id) AS pick, id, at, user, entity, entity_id,
           action, old_value, new_value, region
      FROM rows
     WHERE rank IS NOT NULL AND (?3 IS NULL OR region = ?3)
     GROUP BY coalesce(write_id, -id),
              CASE entity WHEN 'annual_report' THEN 'report' WHEN 'anchoring' THEN 'application'
                          ELSE entity END,
              entity_id";

/// The value an item shows, from its row.
fn value_of(
    kind: ChangeKind,
    action: &str,
    old: Option<&Value>,
    new: Option<&Value>,
) -> Option<String> {
    let get = |v: Option<&Value>, k: &str| {
        v.and_then(|v| v.get(k))
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    match kind {
        ChangeKind::ReviewFinished | ChangeKind::ReportMoved => get(new, "status"),
        ChangeKind::ReportReceived => get(new, "received_on"),
        ChangeKind::DecisionRecorded => get(new, "irf_answer")
            .or_else(|| get(new, "irf_decision"))
            .or_else(|| get(new, "renewal_state")),
        ChangeKind::AnchoringAnswered => get(new, "view"),
        ChangeKind::CaseEdited | ChangeKind::ContactChanged | ChangeKind::RecordChanged => {
            // An undo says what it did to the record: brought back, or took away.
            Some(match (action, old.is_some(), new.is_some()) {
                ("undo", false, true) => "restore".to_string(),
                ("undo", true, false) => "delete".to_string(),
                _ => action.to_string(),
            })
        }
    }
}

fn pane_of(entity: &str) -> ChangePane {
    match entity {
        "annual_report" => ChangePane::Reports,
        "anchoring" | "application" | "leadership_period" | "obligations" | "dialogue_event" => {
            ChangePane::Cycle
        }
        "set_aside" => ChangePane::Renewals,
        "network_period" | "phase_out" => ChangePane::Renewals,
        "contact" => ChangePane::Contacts,
        "unit" => ChangePane::Units,
        _ => ChangePane::Cases,
    }
}

impl Store {
    /// Records that the current user closes irf now (`now`, UTC).
    pub fn mark_closed(&mut self, now: DateTime<Utc>) -> Result<()> {
        let at = now.format("%Y-%m-%dT%H:%M:%SZ").to_string();
        let user = self.user.clone();
        self.write(|tx, audit| {
            tx.execute(
                "INSERT INTO user_sessions (user, closed_at) VALUES (?1, ?2)
                 ON CONFLICT (user) DO UPDATE SET closed_at = excluded.closed_at",
                (&user, &at),
            )?;
            audit.push(AuditEntry {
                entity: "session",
                entity_id: None,
                action: "close",
                old: None,
                new: Some(serde_json::json!({ "user": user, "closed_at": at })),
            });
            Ok(())
        })
    }

    /// When OS user `user` last closed irf, if ever.
    pub fn last_closed(&self, user: &str) -> Result<Option<DateTime<Utc>>> {
        let at: Option<String> = self
            .conn
            .prepare_cached("SELECT closed_at FROM user_sessions WHERE user = ?1")?
            .query_row([user], |r| r.get(0))
            .optional()?;
        Ok(at.map(|t| parse_at(&t)))
    }

    /// What others changed after `since`: `exclude_user`'s own writes left out (the
    /// current user's, normally), only records of `region` if given; the newest
    /// `limit` items, and the count of all.
    pub fn changes_since(
        &self,
        since: DateTime<Utc>,
        region: Option<Region>,
        exclude_user: Option<&str>,
        limit: usize,
    ) -> Result<Changes> {
        let since = since.format("%Y-%m-%dT%H:%M:%SZ").to_string();
        let region = region.map(Code::code);
        let count: i64 = self
            .conn
            .prepare_cached(&format!("SELECT count(*) FROM ({CLASSIFIED})"))?
            .query_row((&since, exclude_user, region), |r| r.get(0))?;
        let sql = format!("{CLASSIFIED} ORDER BY pick % 1000000000000000 DESC LIMIT ?4");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let limit_sql = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = stmt.query_map((&since, exclude_user, region, limit_sql), |r| {
            let json = |i: usize| -> rusqlite::Result<Option<Value>> {
                Ok(r.get::<_, Option<String>>(i)?
                    .and_then(|t| serde_json::from_str(&t).ok()))
            };
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, i64>(5)?,
                r.get::<_, String>(6)?,
                json(7)?,
                json(8)?,
                r.get::<_, Option<String>>(9)?,
            ))
        })?;
        let rows = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        let mut items = Vec::with_capacity(rows.len());
        for (pick, id, at, user, entity, entity_id, action, old, new, region) in rows {
            let rank = 9 - pick / 1_000_000_000_000_000;
            let (Some(kind), Some(target)) = (
                ChangeKind::from_rank(rank),
                HistoryTarget::of_row(&entity, entity_id),
            ) else {
                continue;
            };
            let title = match self.record_title(target)? {
                Some(t) => t,
                None => self.recorded_title(target)?.unwrap_or_default(),
            };
            let person = self.person_of(&user)?.map(|(name, _)| name);
            items.push(ChangeItem {
                audit_id: id,
                target,
                title,
                kind,
                pane: pane_of(&entity),
                value: value_of(kind, &action, old.as_ref(), new.as_ref()),
                region: region.and_then(|c| Region::from_code(&c)),
                user,
                person,
                at: parse_at(&at),
            });
        }
        Ok(Changes {
            count: usize::try_from(count).unwrap_or(0),
            items,
        })
    }
}
