//! Blocks as CommonMark: `#`/`##` headings, paragraphs with `\` line breaks, `-`
//! lists, pipe tables. Stored text is escaped where Markdown would otherwise read
//! it as markup: a line starting like a heading, quote, list or code fence, and `<`
//! (raw HTML); in table cells also `|`.

use super::Block;

/// The blocks as one Markdown text, blocks separated by a blank line.
pub(super) fn render(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        if !out.is_empty() {
            out.push('\n');
        }
        match block {
            Block::Heading { level, text, .. } => {
                out.push_str(&"#".repeat(usize::from(*level)));
                out.push(' ');
                out.push_str(&inline(text));
                out.push('\n');
            }
            Block::Paragraph(lines) => {
                let lines: Vec<String> = lines.iter().map(|l| line_start(l)).collect();
                out.push_str(&lines.join("\\\n"));
                out.push('\n');
            }
            Block::Bullets(items) => {
                for item in items {
                    out.push_str(&format!("- {}\n", line_start(item)));
                }
            }
            Block::Table { header, rows } => {
                out.push_str(&row(header));
                out.push_str(&format!("|{}\n", " --- |".repeat(header.len())));
                for r in rows {
                    out.push_str(&row(r));
                }
            }
        }
    }
    out
}

fn row(cells: &[String]) -> String {
    let cells: Vec<String> = cells
        .iter()
        .map(|text| inline(text).replace('|', "\\|"))
        .collect();
    format!("| {} |\n", cells.join(" | "))
}

/// Text within a line: `<` escaped so it is never read as HTML, and a backslash at the
/// end doubled so it is not read as a line break.
fn inline(text: &str) -> String {
    let text = text.replace('<', "\\<");
    if text.ends_with('\\') {
        format!("{text}\\")
    } else {
        text
    }
}

/// A line of stored text: [`inline`], and a leading character that would start a
/// heading, quote, list, code fence or setext underline escaped.
fn line_start(text: &str) -> String {
    let text = inline(text);
    let first = text.chars().next();
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let numbered = digits > 0 && matches!(text.as_bytes().get(digits), Some(b'.' | b')'));
    match first {
        Some('#' | '>' | '-' | '+' | '*' | '=' | '`' | '~' | '_') => format!("\\{text}"),
        Some(_) if numbered => format!("{}\\{}", &text[..digits], &text[digits..]),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_stored_text_is_escaped() {
        assert_eq!(line_start("# not a heading"), "\\# not a heading");
        assert_eq!(line_start("- item"), "\\- item");
        assert_eq!(line_start("12. juni"), "12\\. juni");
        assert_eq!(line_start("3) tre"), "3\\) tre");
        assert_eq!(line_start("2026 var et år"), "2026 var et år");
        assert_eq!(line_start("<script>"), "\\<script>");
        assert_eq!(line_start("ender med \\"), "ender med \\\\");
        assert_eq!(row(&["a|b".into(), "c".into()]), "| a\\|b | c |\n");
    }

    #[test]
    fn blocks_are_separated_by_blank_lines() {
        let text = render(&[
            Block::Heading {
                level: 2,
                text: "Vedlegg".into(),
                new_page: true,
            },
            Block::Paragraph(vec!["a".into(), "b".into()]),
            Block::Bullets(vec!["x".into(), "y".into()]),
            Block::Table {
                header: vec!["Saksnr.".into(), "Sak".into(), "Region".into()],
                rows: vec![vec!["41/26".into(), "a|b".into(), String::new()]],
            },
        ]);
        assert_eq!(
            text,
            "## Vedlegg\n\na\\\nb\n\n- x\n- y\n\n| Saksnr. | Sak | Region |\n| --- | --- | --- |\n| 41/26 | a\\|b |  |\n"
        );
    }
}
