//! What a case's text may hold, and filling the templates a new case starts from.
//!
//! A section is shown in the terminal, exported and circulated, so its text is cleaned
//! when it is saved: a tab becomes four spaces; terminal escape sequences (CSI such as
//! `ESC [ 2 J`, OSC such as `ESC ] 52 ; …  BEL`, DCS/SOS/PM/APC strings, the two- and
//! three-character escapes, and their 8-bit C1 forms) are removed whole; every other
//! control character (C0, DEL, C1; `\r` too, so Windows line ends become `\n`) is
//! removed, as are the invisible bidirectional overrides and isolates that could make
//! text show in another order than it is stored. Line breaks (`\n`) stay.

use super::{CaseRefusal, Section};

/// The most characters a section may hold once cleaned.
pub const MAX_SECTION_CHARS: usize = 1_000_000;

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// `text` with tabs as four spaces and escape sequences, control characters (but `\n`)
/// and bidirectional overrides removed.
pub fn clean_section(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push_str("    "),
            '\u{1b}' => skip_escape(&mut chars),
            '\u{9b}' => skip_csi(&mut chars),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One line of text (a title, a place): cleaned as a section, line breaks and runs of
/// white space made one space, trimmed.
pub fn clean_line(text: &str) -> String {
    clean_section(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` cleaned for `section`, or a refusal naming the section when the cleaned text
/// is longer than [`MAX_SECTION_CHARS`].
pub fn check_section(section: Section, text: &str) -> Result<String, CaseRefusal> {
    let cleaned = clean_section(text);
    let chars = cleaned.chars().count();
    if chars > MAX_SECTION_CHARS {
        return Err(CaseRefusal::SectionTooLong {
            section,
            chars,
            max: MAX_SECTION_CHARS,
        });
    }
    Ok(cleaned)
}

/// Skips what follows an ESC: a CSI (`[`), a string (`]`, `P`, `X`, `^`, `_`), an
/// escape with intermediates (`( B`) or a single final character (`c`, `7`, `=`).
/// Anything else leaves the next character alone (only the ESC goes).
fn skip_escape(chars: &mut Chars<'_>) {
    match chars.peek().copied() {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        Some(']' | 'P' | 'X' | '^' | '_') => {
            chars.next();
            skip_string(chars);
        }
        Some(' '..='/') => {
            while chars.next_if(|c| (' '..='/').contains(c)).is_some() {}
            chars.next_if(|c| ('0'..='~').contains(c));
        }
        Some('0'..='~') => {
            chars.next();
        }
        _ => {}
    }
}

/// Skips a CSI's parameter and intermediate characters and its final character.
fn skip_csi(chars: &mut Chars<'_>) {
    while chars.next_if(|c| (' '..='?').contains(c)).is_some() {}
    chars.next_if(|c| ('@'..='~').contains(c));
}

/// Skips a control string up to its end: BEL, ST (`ESC \` or U+009C). A line break
/// ends it too (and stays), so a stray introducer cannot swallow the rest of a text.
fn skip_string(chars: &mut Chars<'_>) {
    while let Some(&c) = chars.peek() {
        match c {
            '\u{7}' | '\u{9c}' => {
                chars.next();
                return;
            }
            '\u{1b}' => {
                chars.next();
                if chars.next_if_eq(&'\\').is_none() {
                    skip_escape(chars);
                }
                return;
            }
            '\n' => return,
            _ => {
                chars.next();
            }
        }
    }
}

/// `template` with each `{name}` whose name is in `values` replaced by its value, in
/// one pass: a value is never searched for placeholders itself, and an unknown
/// `{name}` stays as written.
pub fn fill_template(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let known = after.find('}').and_then(|close| {
            let key = &after[..close];
            values
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| (close, *v))
        });
        match known {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_become_spaces_and_line_breaks_stay() {
        assert_eq!(clean_section("a\tb\nc\r\n"), "a    b\nc\n");
        assert_eq!(clean_section("æøå ÆØÅ – «x»"), "æøå ÆØÅ – «x»");
    }

    #[test]
    fn escape_sequences_go_whole() {
        let cases = [
            ("a\u{1b}[2Jb", "ab"),
            ("a\u{1b}[1;31mred\u{1b}[0m", "ared"),
            ("a\u{1b}[?1049hb", "ab"),
            ("a\u{1b}]52;c;aGVp\u{7}b", "ab"),
            ("a\u{1b}]0;title\u{1b}\\b", "ab"),
            ("a\u{1b}Ptmux;x\u{1b}\\b", "ab"),
            ("a\u{1b}(Bb", "ab"),
            ("a\u{1b}cb", "ab"),
            ("a\u{1b}7b", "ab"),
            ("a\u{9b}2Jb", "ab"),
            ("a\u{9d}0;t\u{9c}b", "ab"),
            ("a\u{1b}", "a"),
            ("a\u{1b}\u{1b}[2Jb", "ab"),
        ];
        for (raw, want) in cases {
            assert_eq!(clean_section(raw), want, "{raw:?}");
        }
    }

    #[test]
    fn an_unterminated_string_stops_at_the_line_end() {
        assert_eq!(clean_section("a\u{1b}]0;x\nrest"), "a\nrest");
    }

    #[test]
    fn other_controls_and_overrides_go() {
        assert_eq!(clean_section("a\u{0}b\u{7}c\u{8}d\u{7f}e\u{85}f"), "abcdef");
        assert_eq!(clean_section("a\u{202e}b\u{2066}c"), "abc");
    }

    #[test]
    fn lines_are_one_line() {
        assert_eq!(clean_line("  Sak\tom\n\nnoe \u{1b}[2J "), "Sak om noe");
        assert_eq!(clean_line(" \t\n"), "");
    }

    #[test]
    fn the_limit_counts_characters_after_cleaning() {
        let at = "ø".repeat(MAX_SECTION_CHARS);
        assert_eq!(
            check_section(Section::Background, &at).unwrap().len(),
            at.len()
        );
        let with_escape = format!("{at}\u{1b}[2J");
        assert!(check_section(Section::Background, &with_escape).is_ok());
        let over = format!("{at}x");
        assert_eq!(
            check_section(Section::Assessment, &over),
            Err(CaseRefusal::SectionTooLong {
                section: Section::Assessment,
                chars: MAX_SECTION_CHARS + 1,
                max: MAX_SECTION_CHARS,
            })
        );
    }

    #[test]
    fn templates_fill_in_one_pass() {
        let values = [("tittel", "Sak {region}"), ("region", "Helse Vest RHF")];
        assert_eq!(
            fill_template("{tittel} – {region} {ukjent} {år", &values),
            "Sak {region} – Helse Vest RHF {ukjent} {år"
        );
        assert_eq!(fill_template("{{tittel}}", &values), "{Sak {region}}");
        assert_eq!(fill_template("", &values), "");
    }
}
