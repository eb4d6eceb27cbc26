//! Plain-text and CSV building blocks for the shell lookups: display width, cutting to
//! a width with `…`, aligned columns that fit the terminal, word wrapping, and RFC 4180
//! quoting. Callers sanitise stored text before it gets here.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The width every plain line fits in.
pub const WIDTH: usize = 80;

/// Columns between table cells.
const GAP: &str = "  ";

/// The narrowest a column is cut to.
const MIN_COLUMN: usize = 4;

/// Display columns `text` takes in a terminal.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// `text` cut to at most `max` columns, ending in `…` when cut.
pub fn cut(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Cuts column `column` of `rows` to the room the other columns of an aligned table
/// leave in [`WIDTH`] (never below `min`), so the others are shown whole.
pub fn fit_column(rows: &mut [Vec<String>], column: usize, min: usize) {
    let columns = rows.first().map_or(0, Vec::len);
    let others: usize = (0..columns)
        .filter(|c| *c != column)
        .map(|c| rows.iter().map(|r| width(&r[c])).max().unwrap_or(0))
        .sum();
    let room = WIDTH.saturating_sub(others + 2 * columns.saturating_sub(1));
    for row in rows.iter_mut() {
        row[column] = cut(&row[column], room.max(min));
    }
}

/// Rows as aligned columns (first row optionally a header), every line at most
/// [`WIDTH`] columns: when they do not fit, the widest column is cut first.
pub fn table(rows: &[Vec<String>]) -> Vec<String> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths = vec![0usize; columns];
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(width(cell));
        }
    }
    let gaps = GAP.len() * columns.saturating_sub(1);
    while widths.iter().sum::<usize>() + gaps > WIDTH {
        let Some((widest, w)) = widths
            .iter()
            .copied()
            .enumerate()
            .max_by_key(|(i, w)| (*w, usize::MAX - i))
        else {
            break;
        };
        if w <= MIN_COLUMN {
            break;
        }
        widths[widest] = w - 1;
    }
    rows.iter()
        .map(|row| {
            let mut line = String::new();
            for (i, cell) in row.iter().enumerate() {
                if i > 0 {
                    line.push_str(GAP);
                }
                let cell = cut(cell, widths[i]);
                let pad = widths[i].saturating_sub(width(&cell));
                line.push_str(&cell);
                line.extend(std::iter::repeat_n(' ', pad));
            }
            line.trim_end().to_string()
        })
        .collect()
}

/// `text` broken into lines of at most `max` columns at spaces, every line after the
/// first indented by `hang` spaces (within `max`); words longer than a line are broken
/// where they reach the edge. Empty text gives no lines.
pub fn wrap(text: &str, max: usize, hang: usize) -> Vec<String> {
    let first = max.max(1);
    let rest = max.saturating_sub(hang).max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let max = if lines.is_empty() { first } else { rest };
        let gap = usize::from(!line.is_empty());
        if width(&line) + gap + width(word) <= max {
            if gap == 1 {
                line.push(' ');
            }
            line.push_str(word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        let mut used = 0;
        for c in word.chars() {
            let w = c.width().unwrap_or(0);
            let max = if lines.is_empty() { first } else { rest };
            if used + w > max {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push(c);
            used += w;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    let pad = " ".repeat(hang);
    for line in lines.iter_mut().skip(1) {
        line.insert_str(0, &pad);
    }
    lines
}

/// `Label: value` lines with the values aligned after the longest label; a value with
/// several lines continues under its first, and long lines wrap within [`WIDTH`] (a
/// list item, starting with `- `, wraps indented under its text).
pub fn fields(items: &[(String, Vec<String>)]) -> Vec<String> {
    let label_w = items.iter().map(|(l, _)| width(l) + 1).max().unwrap_or(0);
    let value_w = WIDTH.saturating_sub(label_w + 1).max(20);
    let mut out = Vec::new();
    for (label, values) in items {
        let mut first = true;
        let mut pieces: Vec<String> = values
            .iter()
            .flat_map(|v| wrap(v, value_w, if v.starts_with("- ") { 2 } else { 0 }))
            .collect();
        if pieces.is_empty() {
            pieces.push(String::new());
        }
        for piece in pieces {
            let head = if first {
                format!("{label}:")
            } else {
                String::new()
            };
            let pad = label_w - width(&head);
            let line = format!("{head}{} {piece}", " ".repeat(pad));
            out.push(line.trim_end().to_string());
            first = false;
        }
    }
    out
}

/// One CSV field, quoted as RFC 4180 asks when it holds a comma, a quote or a line
/// break (quotes inside are doubled).
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// One CSV record, ending in a line feed.
pub fn csv_line<S: AsRef<str>>(fields: &[S]) -> String {
    let mut line = fields
        .iter()
        .map(|f| csv_field(f.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    line.push('\n');
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_it() {
        assert_eq!(csv_field("Kari"), "Kari");
        assert_eq!(csv_field("Bø, Kari"), "\"Bø, Kari\"");
        assert_eq!(csv_field("sa \"hei\""), "\"sa \"\"hei\"\"\"");
        assert_eq!(csv_field("to\nlinjer"), "\"to\nlinjer\"");
        assert_eq!(csv_field("cr\r"), "\"cr\r\"");
        assert_eq!(csv_field(""), "");
        assert_eq!(csv_line(&["a", "b,c", ""]), "a,\"b,c\",\n");
    }

    #[test]
    fn cutting_counts_display_columns() {
        assert_eq!(cut("Tromsø", 6), "Tromsø");
        assert_eq!(cut("Tromsø", 5), "Trom…");
        assert_eq!(cut("日本語", 4), "日…");
        assert_eq!(width(&cut("日本語日本語", 7)), 7);
        assert_eq!(cut("abc", 0), "");
    }

    #[test]
    fn tables_fit_eighty_columns() {
        let long = "x".repeat(200);
        let rows = vec![
            vec!["HSØ".to_string(), long.clone(), "org".into(), long],
            vec![
                "HN".to_string(),
                "Kari".into(),
                "Helse Nord".into(),
                "k@x".into(),
            ],
        ];
        let lines = table(&rows);
        assert!(lines.iter().all(|l| width(l) <= WIDTH), "{lines:?}");
        assert!(lines[0].contains('…'));
        assert!(lines[1].starts_with("HN   Kari"), "{lines:?}");
        // Short rows are left as they are.
        assert_eq!(table(&[vec!["a".into(), "b".into()]]), ["a  b"]);
    }

    #[test]
    fn wrapping_breaks_at_spaces_and_long_words() {
        assert_eq!(wrap("en to tre", 6, 0), ["en to", "tre"]);
        assert_eq!(wrap("abcdefgh", 3, 0), ["abc", "def", "gh"]);
        assert!(wrap("   ", 10, 0).is_empty());
        assert_eq!(wrap("- en to tre", 6, 2), ["- en", "  to", "  tre"]);
        assert_eq!(wrap("abcdefg", 4, 2), ["abcd", "  ef", "  g"]);
    }

    #[test]
    fn fields_align_and_wrap() {
        let items = vec![
            ("Navn".to_string(), vec!["Kari".to_string()]),
            ("E-post".to_string(), vec!["a".to_string(), "b".to_string()]),
            ("Notater".to_string(), vec!["ord ".repeat(40)]),
        ];
        let lines = fields(&items);
        assert_eq!(lines[0], "Navn:    Kari");
        assert_eq!(lines[1], "E-post:  a");
        assert_eq!(lines[2], "         b");
        assert!(lines.len() > 4);
        assert!(lines.iter().all(|l| width(l) <= WIDTH));
    }
}
