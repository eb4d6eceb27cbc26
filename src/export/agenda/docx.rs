//! A `Doc` as a DOCX file with docx-rs: A4 with 2,5 cm side margins, a running header,
//! "Side 2 av 5" in the footer (Word's PAGE and NUMPAGES fields), Heading1 and Heading2
//! styles (named `heading 1`/`heading 2` with outline levels, so Word and LibreOffice
//! list them as headings and in the navigation pane) over docx-rs's own Normal, 11 pt
//! Calibri by default, a bullet numbering for bullets, bordered tables with a bold
//! header row. The title and author go into the document properties (`props`).

use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, FieldCharType, Footer, Header, IndentLevel,
    InstrNUMPAGES, InstrPAGE, InstrText, Level, LevelJc, LevelText, NumberFormat, Numbering,
    NumberingId, PageMargin, Paragraph, Run, RunFonts, SpecialIndentType, Start, Style, StyleType,
    Table, TableCell, TableRow, WidthType,
};

use super::{Block, Doc};
use crate::i18n::DocMsg;

/// Numbering id (and abstract numbering id) of bulleted lists; 1 is docx-rs's own.
const BULLET: usize = 2;
/// A4 in twentieths of a point.
const A4: (u32, u32) = (11906, 16838);
/// Page margins: 2,5 cm left and right, 2 cm top and bottom; header and footer 1,25 cm
/// from the edge.
const MARGIN: (i32, i32, i32) = (1417, 1134, 709);
/// The width between the margins (16 cm), shared out among a table's columns.
const TEXT_WIDTH: usize = 9072;

/// The document as the bytes of a DOCX file: A4, a running header, page numbers in the
/// footer, its title and author in the document properties.
pub(super) fn render(doc: &Doc) -> Result<Vec<u8>, String> {
    let mut docx = framed(styled(), doc);
    for block in &doc.blocks {
        docx = match block {
            Block::Heading {
                level,
                text,
                new_page,
            } => docx.add_paragraph(
                Paragraph::new()
                    .add_run(Run::new().add_text(text.as_str()))
                    .style(if *level <= 1 { "Heading1" } else { "Heading2" })
                    .keep_next(true)
                    .page_break_before(*new_page),
            ),
            Block::Paragraph(lines) => docx.add_paragraph(lines_paragraph(lines).style("Normal")),
            Block::Bullets(items) => list(docx, items, BULLET),
            Block::Table { header, rows } => docx.add_table(table(header, rows)),
        };
    }
    let mut xml = docx.build();
    xml.doc_props.core = super::props::core_xml(doc);
    let mut bytes = std::io::Cursor::new(Vec::new());
    xml.pack(&mut bytes).map_err(|e| e.to_string())?;
    Ok(bytes.into_inner())
}

/// The page (A4, margins), the running header and the footer's "Side 2 av 5".
fn framed(docx: Docx, doc: &Doc) -> Docx {
    let field = |run: Run, instr: InstrText| {
        run.add_field_char(FieldCharType::Begin, false)
            .add_instr_text(instr)
            .add_field_char(FieldCharType::Separate, false)
            .add_text("1")
            .add_field_char(FieldCharType::End, false)
    };
    let lang = doc.lang;
    let footer = Paragraph::new()
        .style("Footer")
        .align(AlignmentType::Center)
        .add_run(Run::new().add_text(lang.pick(DocMsg::Page.pair())))
        .add_run(field(Run::new(), InstrText::PAGE(InstrPAGE::new())))
        .add_run(Run::new().add_text(lang.pick(DocMsg::PageOf.pair())))
        .add_run(field(Run::new(), InstrText::NUMPAGES(InstrNUMPAGES::new())));
    let header = Paragraph::new()
        .style("Header")
        .align(AlignmentType::Right)
        .add_run(Run::new().add_text(doc.header.as_str()));
    let (side, top, edge) = MARGIN;
    docx.page_size(A4.0, A4.1)
        .page_margin(
            PageMargin::new()
                .top(top)
                .bottom(top)
                .left(side)
                .right(side)
                .header(edge)
                .footer(edge),
        )
        .header(Header::new().add_paragraph(header))
        .footer(Footer::new().add_paragraph(footer))
}

/// An empty document with the styles and numberings the blocks use.
fn styled() -> Docx {
    let heading = |id: &str, name: &str, size: usize, outline: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .size(size)
            .bold()
            .outline_lvl(outline)
    };
    let level = |format: &str, text: &str| {
        Level::new(
            0,
            Start::new(1),
            NumberFormat::new(format),
            LevelText::new(text),
            LevelJc::new("left"),
        )
        .indent(Some(720), Some(SpecialIndentType::Hanging(360)), None, None)
    };
    let font = "Calibri";
    Docx::new()
        .default_size(22)
        .default_fonts(
            RunFonts::new()
                .ascii(font)
                .hi_ansi(font)
                .east_asia(font)
                .cs(font),
        )
        .add_style(heading("Heading1", "heading 1", 32, 0))
        .add_style(heading("Heading2", "heading 2", 26, 1))
        .add_style(frame_style("Header", "header"))
        .add_style(frame_style("Footer", "footer"))
        .add_abstract_numbering(AbstractNumbering::new(BULLET).add_level(level("bullet", "•")))
        .add_numbering(Numbering::new(BULLET, BULLET))
}

/// The style of the running header or footer: Word's own names, 9 pt.
fn frame_style(id: &str, name: &str) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .size(18)
}

/// A paragraph with a line break between its lines.
fn lines_paragraph(lines: &[String]) -> Paragraph {
    let mut run = Run::new();
    for (n, line) in lines.iter().enumerate() {
        if n > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(line.as_str());
    }
    Paragraph::new().add_run(run)
}

/// One list paragraph per item, numbered with `numbering`.
fn list(mut doc: Docx, items: &[String], numbering: usize) -> Docx {
    for item in items {
        doc = doc.add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text(item.as_str()))
                .style("Normal")
                .numbering(NumberingId::new(numbering), IndentLevel::new(0)),
        );
    }
    doc
}

/// Column widths for a table of `n` columns: the first narrow (a kind, a number), the
/// last of three a region, the rest sharing what is left.
fn grid(n: usize) -> Vec<usize> {
    match n {
        0 => Vec::new(),
        1 => vec![TEXT_WIDTH],
        2 => vec![2700, TEXT_WIDTH - 2700],
        3 => vec![1300, TEXT_WIDTH - 1300 - 2300, 2300],
        n => vec![TEXT_WIDTH / n; n],
    }
}

/// A bordered table with a bold header row; no row is split across two pages.
fn table(header: &[String], rows: &[Vec<String>]) -> Table {
    let widths = grid(header.len());
    let cell = |text: &str, width: usize, bold: bool| {
        let run = Run::new().add_text(text);
        let run = if bold { run.bold() } else { run };
        TableCell::new()
            .width(width, WidthType::Dxa)
            .add_paragraph(Paragraph::new().add_run(run))
    };
    let row = |cells: &[String], bold: bool| {
        TableRow::new(
            widths
                .iter()
                .enumerate()
                .map(|(i, w)| cell(cells.get(i).map_or("", String::as_str), *w, bold))
                .collect(),
        )
        .cant_split()
    };
    let mut all = vec![row(header, true)];
    all.extend(rows.iter().map(|r| row(r, false)));
    Table::new(all)
        .set_grid(widths.clone())
        .width(widths.iter().sum(), WidthType::Dxa)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of one part of the package.
    fn part(bytes: &[u8], name: &str) -> String {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut text = String::new();
        std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut text).unwrap();
        text
    }

    fn doc(blocks: Vec<Block>) -> Doc {
        Doc {
            title: "Saksliste – IRF 14. desember 2026".into(),
            author: "Helse Vest RHF".into(),
            header: "IRF · 14. desember 2026 kl. 10:00 · Gardermoen & Teams".into(),
            lang: crate::i18n::Lang::Nb,
            blocks,
        }
    }

    #[test]
    fn headings_lists_and_tables_use_their_styles() {
        let bytes = render(&doc(vec![
            Block::Heading {
                level: 1,
                text: "Saksliste".into(),
                new_page: false,
            },
            Block::Bullets(vec!["Sak 1/26 Én & <to>".into()]),
            Block::Heading {
                level: 2,
                text: "Koblinger".into(),
                new_page: true,
            },
            Block::Table {
                header: vec!["Saksnr.".into(), "Sak".into(), "Ansvarlig region".into()],
                rows: vec![vec![
                    "41/26".into(),
                    "Rangering".into(),
                    "Helse Nord RHF".into(),
                ]],
            },
        ]))
        .unwrap();
        let document = part(&bytes, "word/document.xml");
        assert!(
            document.contains(r#"<w:pStyle w:val="Heading1" />"#),
            "{document}"
        );
        assert!(document.contains(r#"<w:pStyle w:val="Heading2" />"#));
        assert!(document.contains(r#"<w:numId w:val="2" />"#));
        assert!(document.contains("Sak 1/26 Én &amp; &lt;to&gt;"));
        assert_eq!(document.matches("<w:tbl>").count(), 1);
        assert_eq!(document.matches("<w:gridCol ").count(), 3, "{document}");
        assert!(document.contains("<w:cantSplit"));
        assert!(document.contains("<w:pageBreakBefore"));
        assert!(
            document.contains(r#"<w:pgSz w:w="11906" w:h="16838""#),
            "{document}"
        );
        assert!(document.contains(r#"w:left="1417""#));
        assert!(document.contains("<w:headerReference"));
        assert!(document.contains("<w:footerReference"));
        let styles = part(&bytes, "word/styles.xml");
        assert_eq!(
            styles.matches(r#"w:styleId="Normal""#).count(),
            1,
            "{styles}"
        );
        assert!(
            styles.contains(r#"<w:name w:val="heading 1" />"#),
            "{styles}"
        );
        assert!(styles.contains(r#"<w:outlineLvl w:val="1" />"#));
        let numbering = part(&bytes, "word/numbering.xml");
        assert!(numbering.contains(r#"<w:numFmt w:val="bullet" />"#));
    }

    #[test]
    fn the_frame_has_page_numbers_a_header_and_properties() {
        let bytes = render(&doc(vec![Block::Paragraph(vec!["Tekst".into()])])).unwrap();
        let footer = part(&bytes, "word/footer1.xml");
        assert!(footer.contains("Side "), "{footer}");
        assert!(footer.contains(" av "), "{footer}");
        assert!(footer.contains("PAGE"), "{footer}");
        assert!(footer.contains("NUMPAGES"), "{footer}");
        assert_eq!(footer.matches(r#"w:fldCharType="begin""#).count(), 2);
        let header = part(&bytes, "word/header1.xml");
        assert!(
            header.contains("IRF · 14. desember 2026 kl. 10:00 · Gardermoen &amp; Teams"),
            "{header}"
        );
        let core = part(&bytes, "docProps/core.xml");
        assert!(
            core.contains("<dc:title>Saksliste – IRF 14. desember 2026</dc:title>"),
            "{core}"
        );
        assert!(core.contains("<dc:creator>Helse Vest RHF</dc:creator>"));
        assert!(core.contains("<dc:language>nb-NO</dc:language>"));
    }
}
