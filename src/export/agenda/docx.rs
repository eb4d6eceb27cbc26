//! Blocks as a DOCX file with docx-rs: Heading1 and Heading2 styles (named
//! `heading 1`/`heading 2` with outline levels, so Word and LibreOffice list them as
//! headings and in the navigation pane) over docx-rs's own Normal, 11 pt Calibri by
//! default, a decimal numbering for numbered lists, a bullet numbering for bullets,
//! bordered tables with a bold header row.

use docx_rs::{
    AbstractNumbering, BreakType, Docx, IndentLevel, Level, LevelJc, LevelText, NumberFormat,
    Numbering, NumberingId, Paragraph, Run, RunFonts, SpecialIndentType, Start, Style, StyleType,
    Table, TableCell, TableRow, WidthType,
};

use super::Block;

/// Numbering id (and abstract numbering id) of numbered lists; 1 is docx-rs's own.
const DECIMAL: usize = 2;
/// Numbering id of bulleted lists.
const BULLET: usize = 3;
/// Column widths of a two-column table, in twentieths of a point (16 cm in all).
const GRID: [usize; 2] = [2700, 6370];

/// The blocks as the bytes of a DOCX file.
pub(super) fn render(blocks: &[Block]) -> Result<Vec<u8>, String> {
    let mut doc = styled();
    for block in blocks {
        doc = match block {
            Block::Heading {
                level,
                text,
                new_page,
            } => doc.add_paragraph(
                Paragraph::new()
                    .add_run(Run::new().add_text(text.as_str()))
                    .style(if *level <= 1 { "Heading1" } else { "Heading2" })
                    .keep_next(true)
                    .page_break_before(*new_page),
            ),
            Block::Paragraph(lines) => doc.add_paragraph(lines_paragraph(lines).style("Normal")),
            Block::Numbered(items) => list(doc, items, DECIMAL),
            Block::Bullets(items) => list(doc, items, BULLET),
            Block::Table { header, rows } => doc.add_table(table(header, rows)),
        };
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut bytes).map_err(|e| e.to_string())?;
    Ok(bytes.into_inner())
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
        .add_abstract_numbering(AbstractNumbering::new(DECIMAL).add_level(level("decimal", "%1.")))
        .add_numbering(Numbering::new(DECIMAL, DECIMAL))
        .add_abstract_numbering(AbstractNumbering::new(BULLET).add_level(level("bullet", "•")))
        .add_numbering(Numbering::new(BULLET, BULLET))
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

fn table(header: &[String; 2], rows: &[[String; 2]]) -> Table {
    let cell = |text: &str, width: usize, bold: bool| {
        let run = Run::new().add_text(text);
        let run = if bold { run.bold() } else { run };
        TableCell::new()
            .width(width, WidthType::Dxa)
            .add_paragraph(Paragraph::new().add_run(run))
    };
    let row = |cells: &[String; 2], bold: bool| {
        TableRow::new(vec![
            cell(&cells[0], GRID[0], bold),
            cell(&cells[1], GRID[1], bold),
        ])
    };
    let mut all = vec![row(header, true)];
    all.extend(rows.iter().map(|r| row(r, false)));
    Table::new(all)
        .set_grid(GRID.to_vec())
        .width(GRID.iter().sum(), WidthType::Dxa)
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

    #[test]
    fn headings_lists_and_tables_use_their_styles() {
        let bytes = render(&[
            Block::Heading {
                level: 1,
                text: "Saksliste".into(),
                new_page: false,
            },
            Block::Numbered(vec!["Sak 1/26 Én & <to>".into()]),
            Block::Heading {
                level: 2,
                text: "Koblinger".into(),
                new_page: true,
            },
            Block::Table {
                header: ["Type".into(), "Navn".into()],
                rows: vec![["Tjeneste".into(), "Nettverk".into()]],
            },
        ])
        .unwrap();
        let document = part(&bytes, "word/document.xml");
        assert!(
            document.contains(r#"<w:pStyle w:val="Heading1" />"#),
            "{document}"
        );
        assert!(document.contains(r#"<w:pStyle w:val="Heading2" />"#));
        assert!(document.contains(r#"<w:numId w:val="2" />"#));
        assert!(document.contains("Sak 1/26 Én &amp; &lt;to&gt;"));
        assert!(document.contains("<w:tbl>"));
        assert!(document.contains("<w:pageBreakBefore"));
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
        assert!(numbering.contains(r#"<w:numFmt w:val="decimal" />"#));
        assert!(numbering.contains(r#"<w:numFmt w:val="bullet" />"#));
    }
}
