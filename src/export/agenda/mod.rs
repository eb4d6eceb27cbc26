//! A meeting's agenda (*saksliste*) and single cases as documents to circulate:
//! Markdown and DOCX (Word, LibreOffice).
//!
//! Both formats are drawn from one list of `Block`s built here, so they say the same
//! thing: `markdown` and `docx` only decide how a heading, a paragraph, a list or a
//! table is written. Stored text is cleaned first (`clean`): control characters go
//! (tabs become spaces), blank lines split paragraphs and single line breaks stay
//! line breaks within one. A DOCX also has a frame (`Doc`): its title and author
//! (the region) for the document properties, and a running header naming the meeting.

mod docx;
mod markdown;
mod props;

use chrono::{Datelike, NaiveDate};

use crate::domain::Code;
use crate::domain::{CaseNumber, MONTHS_EN, MONTHS_NB, MeetingKind};
use crate::i18n::{CliMsg, DocMsg, Lang, label};
use crate::store::{Agenda, AgendaCase};

/// The agenda and every case on it as Markdown.
pub fn agenda_markdown(a: &Agenda, lang: Lang) -> String {
    markdown::render(&agenda_blocks(a, lang))
}

/// The agenda and every case on it as a DOCX file's bytes.
pub fn agenda_docx(a: &Agenda, lang: Lang) -> Result<Vec<u8>, String> {
    docx::render(&agenda_doc(a, lang))
}

/// One case as Markdown.
pub fn case_markdown(c: &AgendaCase, lang: Lang) -> String {
    markdown::render(&case_blocks(c, lang, false))
}

/// One case as a DOCX file's bytes.
pub fn case_docx(c: &AgendaCase, lang: Lang) -> Result<Vec<u8>, String> {
    let title = case_title(c, lang);
    docx::render(&Doc {
        header: title.clone(),
        title,
        author: author(c.region),
        lang,
        blocks: case_blocks(c, lang, false),
    })
}

/// A date written out: `23. november 2026` in bokmål, `23 November 2026` in English.
pub fn long_date(lang: Lang, date: NaiveDate) -> String {
    let month = date.month0() as usize;
    match lang {
        Lang::Nb => format!("{}. {} {}", date.day(), MONTHS_NB[month], date.year()),
        Lang::En => format!("{} {} {}", date.day(), MONTHS_EN[month], date.year()),
    }
}

/// A document with its frame, before it is written as DOCX.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Doc {
    /// The title in the document properties.
    title: String,
    /// The author in the document properties: a region's name.
    author: String,
    /// The running header on every page.
    header: String,
    /// The language of the frame (page numbers, language tag).
    lang: Lang,
    /// The body.
    blocks: Vec<Block>,
}

/// One piece of a document, before it is written in a format.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Block {
    /// A heading: level 1 (the document, each case) or 2 (a case's sections); `new_page`
    /// starts it on a new page where the format has pages.
    Heading {
        level: u8,
        text: String,
        new_page: bool,
    },
    /// A paragraph of one or more lines.
    Paragraph(Vec<String>),
    /// A bulleted list.
    Bullets(Vec<String>),
    /// A table with a header row; every row has as many cells as the header.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

/// The author a document names: the region writing it, or the program when none is set.
fn author(region: Option<crate::domain::Region>) -> String {
    region.map_or("irf", |r| r.name()).to_string()
}

/// The agenda with its frame: titled by the meeting, written by the chairing region,
/// headed by the meeting's kind, day, time and place.
fn agenda_doc(a: &Agenda, lang: Lang) -> Doc {
    let when = meeting_when(a, lang);
    let mut header = vec![lang.c(meeting_kind(a)).to_string(), when.clone()];
    let place = one_line(&a.place);
    if !place.is_empty() {
        header.push(place);
    }
    let short = format!("{} {when}", a.kind.code());
    Doc {
        title: lang.docf(DocMsg::AgendaTitle, &[&short]),
        author: author(a.chair),
        header: header.join(" · "),
        lang,
        blocks: agenda_blocks(a, lang),
    }
}

fn meeting_kind(a: &Agenda) -> CliMsg {
    match a.kind {
        MeetingKind::Irf => CliMsg::DocMeetingIrf,
        MeetingKind::Ad => CliMsg::DocMeetingAd,
    }
}

/// `14. desember 2026 kl. 10:00`, or the day alone when no time is set.
fn meeting_when(a: &Agenda, lang: Lang) -> String {
    lang.day_at(long_date(lang, a.held_on), a.starts_at)
}

/// The saksliste, then each case on its own page.
fn agenda_blocks(a: &Agenda, lang: Lang) -> Vec<Block> {
    let mut about = vec![
        lang.c(meeting_kind(a)).to_string(),
        field(lang, CliMsg::DocDate, &meeting_when(a, lang)),
    ];
    let place = one_line(&a.place);
    if !place.is_empty() {
        about.push(field(lang, CliMsg::DocPlace, &place));
    }
    if let Some(chair) = a.chair {
        about.push(field(lang, CliMsg::DocChair, chair.name()));
    }
    let mut blocks = vec![
        heading(1, lang.c(CliMsg::DocAgenda)),
        Block::Paragraph(about),
    ];
    if a.items.is_empty() {
        blocks.push(Block::Paragraph(vec![lang.c(CliMsg::DocNoItems).into()]));
    } else {
        let header = [DocMsg::CaseNo, DocMsg::Case, DocMsg::Responsible];
        blocks.push(Block::Table {
            header: header.map(|m| lang.pick(m.pair()).to_string()).to_vec(),
            rows: a.items.iter().map(agenda_row).collect(),
        });
    }
    for case in &a.items {
        blocks.extend(case_blocks(case, lang, true));
    }
    blocks
}

/// A case: heading, what it is, its sections, its links.
fn case_blocks(c: &AgendaCase, lang: Lang, new_page: bool) -> Vec<Block> {
    let mut about = vec![field(lang, CliMsg::DocCaseType, label(lang, c.case_type))];
    if let Some(region) = c.region {
        about.push(field(lang, CliMsg::DocRegion, region.name()));
    }
    if let Some(answer) = c.irf_answer.as_deref() {
        about.push(field(
            lang,
            CliMsg::DocIrfAnswer,
            &answer_label(lang, answer),
        ));
    }
    let mut blocks = vec![
        Block::Heading {
            level: 1,
            text: case_title(c, lang),
            new_page,
        },
        Block::Paragraph(about),
    ];
    let texts = [
        (AgendaCase::BACKGROUND, CliMsg::DocBackground),
        (AgendaCase::ASSESSMENT, CliMsg::DocAssessment),
        (AgendaCase::PROPOSAL, CliMsg::DocProposal),
    ];
    for (index, title) in texts {
        section(&mut blocks, lang, title, &c.sections[index]);
    }
    let attachments = list_lines(&c.sections[AgendaCase::ATTACHMENTS]);
    if !attachments.is_empty() {
        blocks.push(heading(2, lang.c(CliMsg::DocAttachments)));
        blocks.push(Block::Bullets(attachments));
    }
    section(
        &mut blocks,
        lang,
        CliMsg::DocDecision,
        &c.sections[AgendaCase::DECISION],
    );
    if !c.links.is_empty() {
        blocks.push(heading(2, lang.c(CliMsg::DocLinks)));
        blocks.push(Block::Table {
            header: vec![
                lang.c(CliMsg::DocLinkKind).into(),
                lang.c(CliMsg::DocLinkName).into(),
            ],
            rows: c
                .links
                .iter()
                .map(|(kind, name)| vec![link_kind(lang, kind), one_line(name)])
                .collect(),
        });
    }
    blocks
}

/// A heading and the paragraphs of a text section, unless the text is empty.
fn section(blocks: &mut Vec<Block>, lang: Lang, title: CliMsg, text: &str) {
    let paragraphs = paragraphs(text);
    if !paragraphs.is_empty() {
        blocks.push(heading(2, lang.c(title)));
        blocks.extend(paragraphs.into_iter().map(Block::Paragraph));
    }
}

fn heading(level: u8, text: &str) -> Block {
    Block::Heading {
        level,
        text: text.to_string(),
        new_page: false,
    }
}

/// `Label: value`.
fn field(lang: Lang, name: CliMsg, value: &str) -> String {
    format!("{}: {}", lang.c(name), one_line(value))
}

/// `Sak 198/26 Tittel`, or the title alone before the case has a number.
fn case_title(c: &AgendaCase, lang: Lang) -> String {
    let title = one_line(&c.title);
    match c.number {
        Some(number) => numbered_title(lang, number, &title),
        None => title,
    }
}

/// A line of the agenda table: `198/26 | Tittel | Helse Vest RHF` (a dash before the
/// case has a number).
fn agenda_row(c: &AgendaCase) -> Vec<String> {
    let number = c.number.map_or_else(|| "–".to_string(), |n| n.to_string());
    let region = c.region.map_or("", |r| r.name()).to_string();
    vec![number, one_line(&c.title), region]
}

fn numbered_title(lang: Lang, number: CaseNumber, title: &str) -> String {
    format!("{} {number} {title}", lang.c(CliMsg::KindCase))
}

/// The name of a linked record's kind (the entity code in `case_links`).
fn link_kind(lang: Lang, code: &str) -> String {
    let msg = match code {
        "unit" => CliMsg::KindUnit,
        "application" => CliMsg::KindApplication,
        "contact" => CliMsg::KindContact,
        "report" => CliMsg::DocReport,
        "network_period" => CliMsg::DocNetworkPeriod,
        "phase_out" => CliMsg::DocPhaseOut,
        other => return one_line(other),
    };
    lang.c(msg).to_string()
}

/// IRF's answer (stored code) in words.
fn answer_label(lang: Lang, code: &str) -> String {
    let msg = match code {
        "stotter" => CliMsg::DocAnswerSupports,
        "avviser" => CliMsg::DocAnswerRejects,
        "regional_vurdering" => CliMsg::DocAnswerRegional,
        other => return one_line(other),
    };
    lang.c(msg).to_string()
}

/// Stored text made safe for a document: line endings made `\n`, tabs made spaces,
/// every other control character (and the XML-forbidden U+FFFE, U+FFFF) dropped.
fn clean(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.chars()
        .filter_map(|ch| match ch {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            '\u{FFFE}' | '\u{FFFF}' => None,
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// Cleaned text on one line (titles, names, table cells): line breaks become spaces,
/// runs of spaces one.
fn one_line(text: &str) -> String {
    clean(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The paragraphs of a text: split on blank lines, each a list of its lines (trimmed;
/// empty paragraphs dropped).
fn paragraphs(text: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    for line in clean(text).lines() {
        let line = line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The entries of a list typed one a line, without any bullet or number the writer
/// put in front (`- `, `* `, `• `, `1. `, `2) `).
fn list_lines(text: &str) -> Vec<String> {
    clean(text)
        .lines()
        .map(|line| {
            let line = line.trim();
            let rest = line
                .strip_prefix(['-', '*', '•', '–'])
                .map(str::trim_start)
                .unwrap_or_else(|| strip_number(line));
            one_line(rest)
        })
        .filter(|line| !line.is_empty())
        .collect()
}

/// `3. Text` or `3) Text` → `Text`; anything else unchanged.
fn strip_number(line: &str) -> &str {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return line;
    }
    match line[digits..].strip_prefix(['.', ')']) {
        Some(rest) if rest.starts_with(' ') => rest.trim_start(),
        _ => line,
    }
}

#[cfg(test)]
mod tests;
