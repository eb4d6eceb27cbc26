//! Refusals of cases, meetings and agendas.

use crate::domain::CaseRefusal;
use crate::i18n::Lang;

pub(super) fn text(lang: Lang, r: &CaseRefusal) -> String {
    match r {
        CaseRefusal::Unknown(s) => lang.pick(("Ugyldig", "Invalid")).to_string() + ": " + s,
    }
}
