//! Refusals of applications, anchorings and rankings.

use crate::domain::ApplicationRefusal;
use crate::i18n::Lang;

pub(super) fn text(lang: Lang, r: &ApplicationRefusal) -> String {
    match r {
        ApplicationRefusal::Unknown(s) => lang.pick(("Ugyldig", "Invalid")).to_string() + ": " + s,
    }
}
