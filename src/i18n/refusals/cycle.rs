//! Refusals of milestones and cycle rules.

use crate::domain::CycleRefusal;
use crate::i18n::Lang;

pub(super) fn text(lang: Lang, r: &CycleRefusal) -> String {
    match r {
        CycleRefusal::Unknown(s) => lang.pick(("Ugyldig", "Invalid")).to_string() + ": " + s,
    }
}
