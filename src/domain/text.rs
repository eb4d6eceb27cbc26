//! Text folding for search: what a user types on any keyboard finds what is stored.
//! `tromso` finds Tromsø, `orsta` finds Ørsta, `ae` matches æ, `e` matches é, and case,
//! extra spaces and control characters never matter. Also numbers as Norwegians write
//! them (a decimal comma, spaces between thousands).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds text for matching: lower case; æ → ae, ø → o, å → a (as Norwegians type them
/// on a foreign keyboard); other accents dropped (é → e, ü → u); whitespace runs and
/// control characters become one space; leading and trailing space removed.
///
/// ```
/// use irf::domain::fold;
/// assert_eq!(fold("Tromsø"), "tromso");
/// assert_eq!(fold("  Ørsta  og  Volda "), "orsta og volda");
/// assert!(fold("Ærlend Sæther").contains("saether"));
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true; // swallow leading space
    // Each letter decomposed (é → e + ´), its marks dropped, then the letters that do
    // not decompose spelled out (ǿ → ø → o).
    let letters = text
        .chars()
        .flat_map(char::to_lowercase)
        .flat_map(|c| std::iter::once(c).nfd())
        .filter(|d| !is_combining_mark(*d));
    for c in letters {
        let piece: &str = match c {
            'æ' => "ae",
            'ø' => "o",
            'å' => "a",
            'ß' => "ss",
            'œ' => "oe",
            c if c.is_whitespace() || c.is_control() => {
                if !space {
                    out.push(' ');
                    space = true;
                }
                continue;
            }
            c => {
                out.push(c);
                space = false;
                continue;
            }
        };
        out.push_str(piece);
        space = false;
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// A number of zero or more as typed or as a spreadsheet writes it: a decimal comma or
/// point (`1,5`, `1.5`, `12`), spaces (also no-break) between thousands. `None` for
/// anything else, a sign included.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    let ok = !cleaned.is_empty()
        && cleaned.matches('.').count() <= 1
        && cleaned.chars().all(|c| c.is_ascii_digit() || c == '.');
    match cleaned.parse::<f64>() {
        Ok(n) if ok && n.is_finite() => Some(n),
        _ => None,
    }
}

/// The digits of a phone number, for matching however it was typed: `+47 22 11 00 00`,
/// `22110000` and `(+47) 2211-0000` all give their digits; a leading 47 country code is
/// kept, so both the national and the international form match as substrings.
pub fn phone_digits(phone: &str) -> String {
    phone.chars().filter(char::is_ascii_digit).collect()
}

/// The name in `names` nearest to what was typed, for a "did you mean": the fewest
/// letters to change so the typed text (folded, so case and accents do not count)
/// appears somewhere in the name. `None` when nothing is that close: at most one
/// change per four letters typed, and at least three letters are needed. Ties go to
/// the shorter name, then the first alphabetically.
pub fn nearest_name<'a>(typed: &str, names: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let pattern: Vec<char> = fold(typed).chars().collect();
    if pattern.len() < 3 {
        return None;
    }
    let allowed = (pattern.len() / 4).max(1);
    names
        .into_iter()
        .map(|name| (distance_within(&pattern, &fold(name)), name))
        .filter(|(d, _)| *d <= allowed)
        .min_by(|(da, a), (db, b)| {
            da.cmp(db)
                .then_with(|| a.chars().count().cmp(&b.chars().count()))
                .then_with(|| a.cmp(b))
        })
        .map(|(_, name)| name)
}

/// The fewest edits (insert, delete, replace a letter) that make `pattern` appear
/// somewhere in `text` (Sellers' approximate matching: a match may start anywhere).
fn distance_within(pattern: &[char], text: &str) -> usize {
    let m = pattern.len();
    let mut col: Vec<usize> = (0..=m).collect();
    let mut best = col[m];
    let mut next = vec![0; m + 1];
    for c in text.chars() {
        next[0] = 0;
        for i in 1..=m {
            let replace = col[i - 1] + usize::from(pattern[i - 1] != c);
            next[i] = replace.min(col[i] + 1).min(next[i - 1] + 1);
        }
        best = best.min(next[m]);
        std::mem::swap(&mut col, &mut next);
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_table() {
        let table = [
            ("Tromsø", "tromso"),
            ("ØRSTA", "orsta"),
            ("Ærlend Sæther", "aerlend saether"),
            ("Åse Bråten", "ase braten"),
            ("Helse Sør-Øst", "helse sor-ost"),
            ("René Müller", "rene muller"),
            (
                "  mange   mellomrom\t og\nlinjer ",
                "mange mellomrom og linjer",
            ),
            ("Straße", "strasse"),
            ("a\u{1b}[2Jb", "a [2jb"),
            ("e\u{301}", "e"),
            ("", ""),
            ("   ", ""),
        ];
        for (input, folded) in table {
            assert_eq!(fold(input), folded, "{input:?}");
        }
    }

    #[test]
    fn folding_is_idempotent() {
        // The last two found by fuzzing: marks with nothing to sit on, then a space.
        for s in [
            "Tromsø",
            "Ærlend",
            "René",
            "HSØ",
            "\u{350}\u{350}\0oo",
            "a \u{301} b",
        ] {
            assert_eq!(fold(&fold(s)), fold(s), "{s:?}");
        }
        assert_eq!(fold("\u{350}\u{350}\0oo"), "oo");
        assert_eq!(fold("Ǿrsta"), "orsta", "ø with an accent is still o");
    }

    #[test]
    fn phones_keep_only_digits() {
        assert_eq!(phone_digits("+47 22 11 00 00"), "4722110000");
        assert_eq!(parse_decimal("1,5"), Some(1.5));
        assert_eq!(parse_decimal(" 1 234.5 "), Some(1234.5));
        assert_eq!(parse_decimal("1,2,3"), None);
        assert_eq!(parse_decimal("-1"), None);
        assert_eq!(parse_decimal(""), None);
        assert_eq!(phone_digits("(+47) 2211-0000"), "4722110000");
        assert_eq!(phone_digits("ring sentralbordet"), "");
    }

    #[test]
    fn the_nearest_name_forgives_typos_and_missing_words() {
        let names = [
            "Helse Bergen HF",
            "Helse Førde HF",
            "Oslo universitetssykehus HF",
            "Universitetssykehuset Nord-Norge HF",
        ];
        assert_eq!(nearest_name("helse bergn", names), Some("Helse Bergen HF"));
        assert_eq!(nearest_name("Helse Forde", names), Some("Helse Førde HF"));
        assert_eq!(
            nearest_name("oslo universitetsykehus", names),
            Some("Oslo universitetssykehus HF")
        );
        assert_eq!(nearest_name("Haukeland", names), None);
        assert_eq!(nearest_name("HF", names), None);
    }

    #[test]
    fn distance_counts_edits_inside_the_text() {
        let p: Vec<char> = "bergn".chars().collect();
        assert_eq!(distance_within(&p, "helse bergen hf"), 1);
        assert_eq!(distance_within(&p, "bergn"), 0);
        assert_eq!(distance_within(&p, ""), 5);
    }

    #[test]
    fn the_nearest_name_finds_a_part_or_a_slip() {
        let names = [
            "IRF-møte mai",
            "Søknadsfrist til eget RHF",
            "Nasjonal dialogdag",
        ];
        assert_eq!(nearest_name("IRF-mote mia", names), Some("IRF-møte mai"));
        assert_eq!(
            nearest_name("soknadsfrist", names),
            Some("Søknadsfrist til eget RHF")
        );
        assert_eq!(nearest_name("Dialogdag", names), Some("Nasjonal dialogdag"));
        assert_eq!(nearest_name("Budsjett", names), None);
        assert_eq!(nearest_name("x", names), None);
    }
}
