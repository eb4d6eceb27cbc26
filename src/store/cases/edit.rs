//! Adding a case from its type's template, editing its title, type and region, saving
//! one section, setting its status and deleting a draft. Each write checks the version
//! the user read, so a stale edit is a conflict and never overwrites.

use chrono::{Datelike, NaiveDate};
use rusqlite::Connection;
use serde_json::json;

use super::read::{link_name, links, load_case};
use super::{Case, CaseEdit, CaseLink};
use crate::domain::{
    CaseRefusal, CaseStatus, CaseType, Code, Region, Section, check_section, check_status,
    clean_line, fill_template, is_decided,
};
use crate::store::search::{SearchKind, reindex_one};
use crate::store::write::{AuditEntry, check_version};
use crate::store::{Result, Store};

/// The kinds of record a case can link to (the `CHECK` on `case_links.entity`).
pub(super) const LINK_KINDS: [&str; 6] = [
    "unit",
    "application",
    "contact",
    "report",
    "network_period",
    "phase_out",
];

/// A kind of linked record as the `{koblinger}` lines name it (bokmål, the language
/// of IRF's cases).
fn kind_nb(entity: &str) -> &str {
    match entity {
        "unit" => "Tjeneste",
        "application" => "Søknad",
        "contact" => "Kontakt",
        "report" => "Årsrapport",
        "network_period" => "Nettverksperiode",
        "phase_out" => "Avvikling",
        other => other,
    }
}

/// The `{koblinger}` text: one line per linked record, `- Tjeneste: <name>`.
fn link_lines(links: &[CaseLink]) -> String {
    if links.is_empty() {
        return "- (ingen)".to_string();
    }
    links
        .iter()
        .map(|l| format!("- {}: {}", kind_nb(&l.entity), clean_line(&l.title)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The sections a new case of `case_type` starts with: each template of the type with
/// its placeholders filled in, cleaned as saved text is.
fn from_templates(
    conn: &Connection,
    case_type: CaseType,
    values: &[(&str, &str)],
) -> Result<Vec<(Section, String)>> {
    let mut stmt =
        conn.prepare_cached("SELECT section, text FROM case_templates WHERE case_type = ?1")?;
    let rows = stmt
        .query_map([case_type.code()], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut sections = Vec::with_capacity(rows.len());
    for (column, template) in rows {
        if let Some(section) = Section::from_column(&column) {
            let text = check_section(section, &fill_template(&template, values))?;
            sections.push((section, text));
        }
    }
    Ok(sections)
}

/// The title of an edit, cleaned to one line; refused when nothing is left.
fn title_of(e: &CaseEdit) -> Result<String> {
    let title = clean_line(&e.title);
    if title.is_empty() {
        return Err(CaseRefusal::EmptyTitle.into());
    }
    Ok(title)
}

/// The audit row of a change to case `old.id`, from `old` to what is stored now.
fn changed(conn: &Connection, action: &'static str, old: &Case) -> Result<AuditEntry> {
    Ok(AuditEntry {
        entity: "case",
        entity_id: Some(old.id),
        action,
        old: Some(old.audit_json()),
        new: Some(load_case(conn, old.id)?.audit_json()),
    })
}

impl Store {
    /// Adds a draft case linked to `links` (kind and id: `("unit", 7)`); returns its
    /// id. Its sections start from its type's template (`case_templates`), with
    /// `{tittel}`, `{år}` (the year of `today`), `{region}` and `{koblinger}` (the
    /// linked records, one a line) filled in. Refuses an empty title and a link to a
    /// kind of record or a record that does not exist. The case has no number until
    /// it is put on an agenda or given one.
    pub fn insert_case(
        &mut self,
        e: &CaseEdit,
        links_to: &[(&str, i64)],
        today: NaiveDate,
    ) -> Result<i64> {
        let title = title_of(e)?;
        self.write(|tx, audit| {
            for &(entity, id) in links_to {
                if !LINK_KINDS.contains(&entity) || link_name(tx, entity, id)?.is_none() {
                    return Err(CaseRefusal::UnknownLink {
                        entity: entity.to_string(),
                        id,
                    }
                    .into());
                }
            }
            tx.execute(
                "INSERT INTO cases (series, title, case_type, region_code, status)
                 VALUES ('IRF', ?1, ?2, ?3, ?4)",
                (
                    &title,
                    e.case_type.code(),
                    e.region.map(Code::code),
                    CaseStatus::Draft.code(),
                ),
            )?;
            let id = tx.last_insert_rowid();
            {
                let mut link = tx.prepare_cached(
                    "INSERT OR IGNORE INTO case_links (case_id, entity, entity_id)
                     VALUES (?1, ?2, ?3)",
                )?;
                for &(entity, entity_id) in links_to {
                    link.execute((id, entity, entity_id))?;
                }
            }
            let year = today.year().to_string();
            let lines = link_lines(&links(tx, id)?);
            let values = [
                ("tittel", title.as_str()),
                ("år", year.as_str()),
                (
                    "region",
                    e.region.map_or("ingen region valgt", Region::name),
                ),
                ("koblinger", lines.as_str()),
            ];
            for (section, text) in from_templates(tx, e.case_type, &values)? {
                // The column comes from the closed `Section`, never from input.
                tx.execute(
                    &format!("UPDATE cases SET {} = ?1 WHERE id = ?2", section.column()),
                    (&text, id),
                )?;
            }
            reindex_one(tx, SearchKind::Case, id)?;
            let case = load_case(tx, id)?;
            let mut new = case.audit_json();
            new["links"] = json!(
                case.links
                    .iter()
                    .map(|l| json!({ "entity": l.entity, "id": l.id }))
                    .collect::<Vec<_>>()
            );
            audit.push(AuditEntry {
                entity: "case",
                entity_id: Some(id),
                action: "insert",
                old: None,
                new: Some(new),
            });
            Ok(id)
        })
    }

    /// Saves the title, type and region of a case read at `version`; returns the new
    /// version. Refuses an empty title and a decided case. The sections are kept as
    /// they are (a new type does not bring its template).
    pub fn update_case(&mut self, id: i64, version: i64, e: &CaseEdit) -> Result<i64> {
        let title = title_of(e)?;
        self.write(|tx, audit| {
            check_version(tx, "cases", "case", id, version)?;
            let old = load_case(tx, id)?;
            if is_decided(old.status) {
                return Err(CaseRefusal::Decided { title: old.title }.into());
            }
            tx.execute(
                "UPDATE cases SET title = ?1, case_type = ?2, region_code = ?3,
                        version = version + 1
                  WHERE id = ?4 AND version = ?5",
                (
                    &title,
                    e.case_type.code(),
                    e.region.map(Code::code),
                    id,
                    version,
                ),
            )?;
            reindex_one(tx, SearchKind::Case, id)?;
            audit.push(changed(tx, "update", &old)?);
            Ok(version + 1)
        })
    }

    /// Saves one section of a case read at `version`; returns the new version. The
    /// text is cleaned (`domain::clean_section`: tabs as four spaces, escape sequences
    /// and control characters but `\n` removed) and refused over 1,000,000
    /// characters. Once the case is decided, the background, assessment and proposal
    /// are fixed; the attachments and the decision can still be corrected. A stale
    /// version is a conflict and the stored text stays.
    pub fn save_section(
        &mut self,
        id: i64,
        version: i64,
        section: Section,
        text: &str,
    ) -> Result<i64> {
        let text = check_section(section, text)?;
        self.write(|tx, audit| {
            check_version(tx, "cases", "case", id, version)?;
            let old = load_case(tx, id)?;
            if section.fixed_after_decision() && is_decided(old.status) {
                return Err(CaseRefusal::Decided { title: old.title }.into());
            }
            // The column comes from the closed `Section`, never from input.
            tx.execute(
                &format!(
                    "UPDATE cases SET {} = ?1, version = version + 1 WHERE id = ?2 AND version = ?3",
                    section.column()
                ),
                (&text, id, version),
            )?;
            reindex_one(tx, SearchKind::Case, id)?;
            audit.push(AuditEntry {
                entity: "case",
                entity_id: Some(id),
                action: "section",
                old: Some(json!({ "section": section.column(), "text": old.section(section) })),
                new: Some(json!({ "section": section.column(), "text": text })),
            });
            Ok(version + 1)
        })
    }

    /// Sets the status of a case read at `version`; returns the new version. Only the
    /// plain steps of `domain::check_status` (`utkast` ⇄ `klar`, `vedtatt` →
    /// `sendt_ad` | `lukket`, `sendt_ad` → `lukket`); onto or off an agenda and to
    /// `vedtatt` go through [`Store::add_to_agenda`], [`Store::remove_from_agenda`] and
    /// [`Store::record_decision`].
    pub fn set_case_status(&mut self, id: i64, version: i64, to: CaseStatus) -> Result<i64> {
        self.write(|tx, audit| {
            check_version(tx, "cases", "case", id, version)?;
            let old = load_case(tx, id)?;
            check_status(old.status, to)?;
            tx.execute(
                "UPDATE cases SET status = ?1, version = version + 1 WHERE id = ?2",
                (to.code(), id),
            )?;
            reindex_one(tx, SearchKind::Case, id)?;
            audit.push(changed(tx, "status", &old)?);
            Ok(version + 1)
        })
    }

    /// Deletes a draft read at `version`, with its links. Only a draft (`utkast`); a
    /// number it had stays used (`case_numbers_used`), so it is never handed out again.
    pub fn delete_case(&mut self, id: i64, version: i64) -> Result<()> {
        self.write(|tx, audit| {
            check_version(tx, "cases", "case", id, version)?;
            let old = load_case(tx, id)?;
            if old.status != CaseStatus::Draft {
                return Err(CaseRefusal::NotDraft { status: old.status }.into());
            }
            tx.execute("DELETE FROM case_links WHERE case_id = ?1", [id])?;
            tx.execute("DELETE FROM cases WHERE id = ?1", [id])?;
            reindex_one(tx, SearchKind::Case, id)?;
            let mut was = old.audit_json();
            for s in Section::ALL {
                was[s.column()] = json!(old.section(s));
            }
            was["links"] = json!(
                old.links
                    .iter()
                    .map(|l| json!({ "entity": l.entity, "id": l.id }))
                    .collect::<Vec<_>>()
            );
            audit.push(AuditEntry {
                entity: "case",
                entity_id: Some(id),
                action: "delete",
                old: Some(was),
                new: None,
            });
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_one_a_line_with_their_kind() {
        let links = [
            CaseLink {
                entity: "unit".into(),
                id: 1,
                title: "Nasjonal kompetansetjeneste for sarkomer".into(),
            },
            CaseLink {
                entity: "network_period".into(),
                id: 2,
                title: "ParkinsonNet\n(2021–2026)".into(),
            },
        ];
        assert_eq!(
            link_lines(&links),
            "- Tjeneste: Nasjonal kompetansetjeneste for sarkomer\n\
             - Nettverksperiode: ParkinsonNet (2021–2026)"
        );
        assert_eq!(link_lines(&[]), "- (ingen)");
    }
}
