//! Tjenester, the unit registry: every national and multiregional treatment service,
//! competence service, network and centre, with its host, approval, function, FTE,
//! notes and reference group, and the view of every group that breaks a rule.
//!
//! - here: the room's actions: `e` edits the selected unit's notes, `n` adds a member to
//!   its reference group, `d` takes one out, `b` gives a network its first period;
//! - `notes`: the notes box, with its conflict choice and draft;
//! - `members`: the member dialogs (Fornyelser opens them on a network too);
//! - `periods`: a network's first period (the RHFs fund it; then it is in Fornyelser).
//!
//! Store calls: `unit_notes`, `update_unit_notes`, `group_members`, `host_trusts`,
//! `add_member`, `remove_member`, `network`, `add_network_period`, the
//! `Units`/`Breaches` lists, and the drafts.

mod members;
mod notes;
mod periods;

use super::action::Action;
use super::state::App;
use super::update::Handled;

/// Tjenester' own actions (see the module doc).
pub(super) fn handle(app: &mut App, action: Action) -> Handled {
    if app.member_action(action) || app.period_action(action) {
        return Handled::Yes;
    }
    if action != Action::Edit {
        return Handled::No;
    }
    app.start_edit();
    Handled::Yes
}

/// Re-reads what Tjenester shows: the list of its view, on the same unit.
pub(super) fn refresh(app: &mut App) -> bool {
    app.reload_keeping_selection()
}
