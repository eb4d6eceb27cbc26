//! Sentences for the store's refusals (`domain::Refusal`), one submodule per area so
//! each keeps its bokmål and English side by side.

mod application;
mod case;
mod cycle;
pub(super) mod ern;
mod leadership;
mod obligations;
mod renewal;
mod review;
mod undo;

use super::Lang;
use crate::domain::Refusal;

/// The refusal as a sentence in `lang`: what was wrong and what to do.
pub fn refusal_text(lang: Lang, refusal: &Refusal) -> String {
    match refusal {
        Refusal::Cycle(r) => cycle::text(lang, r),
        Refusal::Application(r) => application::text(lang, r),
        Refusal::Case(r) => case::text(lang, r),
        Refusal::Renewal(r) => renewal::text(lang, r),
        Refusal::Review(r) => review::text(lang, r),
        Refusal::Undo(r) => undo::text(lang, r),
        Refusal::Leadership(r) => leadership::text(lang, r),
        Refusal::Ern(r) => ern::text(lang, r),
        Refusal::Obligation(r) => obligations::text(lang, r),
    }
}
