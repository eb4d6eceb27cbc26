//! Kontakter, the contacts of all four regions, grouped by region: who sits in which
//! reference group, application and case, found by a sloppy name.
//!
//! - here: the room's actions: `e` edits the selected contact, `n` adds one, `d` deletes
//!   one (after saying what they are tied to), `y` copies the e-mail addresses of the
//!   marked (or selected) contacts, `E` exports them;
//! - `form`: the contact form and the deletion's confirmation;
//! - `mail`: copying the addresses and the vCard/CSV export.
//!
//! Store calls: `contact`, `contact_ties`, `insert_contact`, `update_contact`,
//! `delete_contact`, `contacts_by_ids`, the `Contacts` list, and the drafts.

mod form;
mod mail;

use super::action::Action;
use super::state::App;
use super::update::Handled;

/// Kontakter's own actions (see the module doc).
pub(super) fn handle(app: &mut App, action: Action) -> Handled {
    match action {
        Action::Edit => app.open_form(true),
        Action::New => app.open_form(false),
        Action::Delete => app.ask_delete(),
        Action::CopyEmail => app.copy_email(),
        Action::Export => app.export_contacts(),
        _ => return Handled::No,
    }
    Handled::Yes
}

/// Re-reads what Kontakter shows: the list, on the same person.
pub(super) fn refresh(app: &mut App) -> bool {
    app.reload_keeping_selection()
}
