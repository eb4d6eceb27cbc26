//! Text folding for search: what a user types on any keyboard finds what is stored.
//! `tromso` finds Tromsø, `orsta` finds Ørsta, `ae` matches æ, `e` matches é, and case,
//! extra spaces and control characters never matter.

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
    for c in text.chars().flat_map(char::to_lowercase) {
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
                for d in std::iter::once(c).nfd().filter(|d| !is_combining_mark(*d)) {
                    out.push(d);
                }
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

/// The digits of a phone number, for matching however it was typed: `+47 22 11 00 00`,
/// `22110000` and `(+47) 2211-0000` all give their digits; a leading 47 country code is
/// kept, so both the national and the international form match as substrings.
pub fn phone_digits(phone: &str) -> String {
    phone.chars().filter(char::is_ascii_digit).collect()
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
        for s in ["Tromsø", "Ærlend", "René", "HSØ"] {
            assert_eq!(fold(&fold(s)), fold(s));
        }
    }

    #[test]
    fn phones_keep_only_digits() {
        assert_eq!(phone_digits("+47 22 11 00 00"), "4722110000");
        assert_eq!(phone_digits("(+47) 2211-0000"), "4722110000");
        assert_eq!(phone_digits("ring sentralbordet"), "");
    }
}
