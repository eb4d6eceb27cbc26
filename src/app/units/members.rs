//! Tjenester: a unit's reference group by keys — `n` adds a member (name, region, role
//! chosen among fagperson / kommune / universitet eller høgskole / brukerrepresentant /
//! annet, user representative, chair: the chair passes from whoever had it, and
//! optionally the health trust among the host region's) and `d` takes one out. The detail shows the group and the rules it breaks afterwards. Fornyelser opens
//! the same dialogs on a network, whose members are its group.

use strum::IntoEnumIterator;

use crate::app::action::Action;
use crate::app::dialog::{DialogField, DialogState, Purpose};
use crate::app::lists::store_error_text;
use crate::app::state::App;
use crate::domain::{Code, MemberRole, Region};
use crate::i18n::{CaseMsg, CycleMsg, RenewalMsg, member_role_label};
use crate::store::{MemberEdit, Row};

/// "no" and "yes" as choices.
fn yes_no(lang: crate::i18n::Lang) -> Vec<(String, String)> {
    vec![
        ("0".into(), lang.pick(("nei", "no")).into()),
        ("1".into(), lang.pick(("ja", "yes")).into()),
    ]
}

impl App {
    /// The Tjenester actions on reference groups; false when `action` is not one.
    pub(in crate::app) fn member_action(&mut self, action: Action) -> bool {
        let (unit, name) = match self.state.list().selected_row() {
            Some(Row::Unit(u)) => (u.id, u.name.clone()),
            Some(Row::Breach(g)) => (g.unit_id, g.unit.clone()),
            _ => return false,
        };
        let title = self.state.lang.kf(CaseMsg::MemberOf, &[&name]);
        match action {
            Action::New => self.open_add_member(unit, title),
            Action::Delete => {
                let title = self.state.lang.kf(CaseMsg::RemoveMemberOf, &[&name]);
                self.open_remove_member(unit, title);
            }
            _ => return false,
        }
        true
    }

    /// The dialog that adds a member to unit `unit`'s group (a network's members are
    /// its group too), titled `title`.
    pub(in crate::app) fn open_add_member(&mut self, unit: i64, title: String) {
        let lang = self.state.lang;
        let regions = Region::iter()
            .map(|r| (r.code().to_string(), r.code().to_string()))
            .collect();
        let roles = MemberRole::iter()
            .map(|r| (r.code().to_string(), member_role_label(lang, r).to_string()))
            .collect();
        let trusts = match self.store.host_trusts(unit) {
            Ok(t) => t,
            Err(e) => return self.state.warn(store_error_text(lang, &e)),
        };
        let trusts = std::iter::once((String::new(), lang.r(RenewalMsg::NoTrust).to_string()))
            .chain(trusts.into_iter().map(|(id, name)| (id.to_string(), name)))
            .collect();
        let fields = vec![
            DialogField::text(CycleMsg::FieldName, ""),
            DialogField::choice(CycleMsg::FieldRegion, regions, "HSØ"),
            DialogField::choice(CycleMsg::FieldRole, roles, MemberRole::Professional.code()),
            DialogField::choice(CycleMsg::FieldUserRep, yes_no(lang), "0"),
            DialogField::choice(CycleMsg::FieldChair, yes_no(lang), "0"),
            DialogField::choice(RenewalMsg::FieldTrust, trusts, ""),
        ];
        self.open_dialog(title, Purpose::AddMember { unit }, fields);
    }

    /// The dialog that takes a member out of unit `unit`'s group (named `name`).
    pub(in crate::app) fn open_remove_member(&mut self, unit: i64, title: String) {
        let lang = self.state.lang;
        let members = match self.store.group_members(unit) {
            Ok(m) => m,
            Err(e) => return self.state.warn(store_error_text(lang, &e)),
        };
        if members.is_empty() {
            return self.state.inform(lang.k(CaseMsg::NoMembers));
        }
        let choices = members
            .iter()
            .map(|m| {
                (
                    format!("{}:{}", m.id, m.version),
                    format!("{} – {}", m.name, m.region.code()),
                )
            })
            .collect();
        let fields = vec![DialogField::choice(CycleMsg::FieldName, choices, "")];
        self.open_dialog(title, Purpose::RemoveMember { unit }, fields);
    }

    /// Saves a reference-group dialog.
    pub(in crate::app) fn save_member_dialog(&mut self, d: &DialogState) {
        let lang = self.state.lang;
        let result = match d.purpose {
            Purpose::AddMember { unit } => {
                let role = d.value(2);
                let edit = MemberEdit {
                    name: d.value(0),
                    region: d.value(1),
                    // A user representative by role is one whatever the yes/no says.
                    user_rep: d.value(3) == "1" || role == MemberRole::UserRep.code(),
                    role,
                    chair: d.value(4) == "1",
                    hf_id: d.value(5).parse().ok(),
                };
                self.store
                    .add_member(unit, &edit)
                    .map(|_| lang.y(CycleMsg::Saved).to_string())
            }
            Purpose::RemoveMember { .. } => {
                let choice = d.value(0);
                let Some((id, version)) = choice
                    .split_once(':')
                    .and_then(|(a, b)| Some((a.parse::<i64>().ok()?, b.parse::<i64>().ok()?)))
                else {
                    return;
                };
                self.store
                    .remove_member(id, version)
                    .map(|()| lang.y(CycleMsg::Saved).to_string())
            }
            _ => return,
        };
        match result {
            Ok(message) => self.dialog_saved(message),
            Err(e) => {
                let field = matches!(e, crate::store::StoreError::Refused(_)).then_some(0);
                self.dialog_refused(store_error_text(lang, &e), field);
            }
        }
    }
}
