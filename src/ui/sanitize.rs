//! Text from the database or a file never reaches the terminal raw: control characters
//! (ESC and the other C0 and C1 codes, DEL) become visible replacements.

use std::borrow::Cow;

/// Replaces control characters with `�` and tabs/newlines with a space, so stored text
/// cannot move the cursor, change colours or end the alternate screen.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\t' | '\n' | '\r' => ' ',
                c if c.is_control() => '\u{FFFD}',
                c => c,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_neutralised() {
        assert_eq!(sanitize("Tromsø"), "Tromsø");
        assert_eq!(sanitize("a\x1b[2Jb"), "a\u{FFFD}[2Jb");
        assert_eq!(sanitize("x\u{9b}31m"), "x\u{FFFD}31m");
        assert_eq!(sanitize("to\tlinjer\n"), "to linjer ");
        assert_eq!(sanitize("\x7f"), "\u{FFFD}");
    }
}
