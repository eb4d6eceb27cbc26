//! TEMPORARY stub until the keymap module lands.
use std::path::{Path, PathBuf};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use crate::app::Action;
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context { Global, List, Detail, Help, Filter }
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyCombo { pub code: KeyCode, pub modifiers: KeyModifiers }
impl KeyCombo {
    pub fn from_event(e: &KeyEvent) -> KeyCombo { KeyCombo { code: e.code, modifiers: e.modifiers } }
    pub fn display(&self) -> String { format!("{:?}", self.code) }
}
#[derive(Debug)]
pub struct KeymapError { pub path: PathBuf, pub line: usize, pub column: usize, pub kind: KeymapErrorKind }
#[derive(Debug)]
pub enum KeymapErrorKind { Syntax(String), UnknownContext(String), UnknownAction(String), UnknownKey(String), DuplicateKey { key: String, context: String }, NotString }
#[derive(Debug, Clone, Default)]
pub struct Keymap { map: Vec<(Context, KeyCombo, Action)> }
impl Keymap {
    pub fn load(_p: Option<&Path>) -> (Keymap, Option<KeymapError>) {
        let c = |ch| KeyCombo { code: KeyCode::Char(ch), modifiers: KeyModifiers::NONE };
        let k = |code| KeyCombo { code, modifiers: KeyModifiers::NONE };
        let g = Context::Global; let l = Context::List; let d = Context::Detail; let h = Context::Help; let f = Context::Filter;
        (Keymap { map: vec![(g, c('q'), Action::Quit), (g, c('?'), Action::Help), (g, c('1'), Action::PaneCycle), (g, c('2'), Action::PaneReports), (g, c('3'), Action::PaneRenewals), (g, c('4'), Action::PaneContacts), (g, c('5'), Action::PaneCases), (g, c('6'), Action::PaneUnits), (g, c(':'), Action::Palette), (g, k(KeyCode::Tab), Action::NextPane),
          (l, c('j'), Action::MoveDown), (l, c('k'), Action::MoveUp), (l, k(KeyCode::Down), Action::MoveDown), (l, k(KeyCode::Up), Action::MoveUp), (l, c('g'), Action::First), (l, c('G'), Action::Last), (l, k(KeyCode::Enter), Action::Open), (l, k(KeyCode::Esc), Action::Back), (l, c('/'), Action::Filter), (l, c('<'), Action::PrevYear), (l, c('>'), Action::NextYear), (l, k(KeyCode::PageDown), Action::PageDown),
          (d, k(KeyCode::Esc), Action::Back), (d, c('j'), Action::MoveDown), (d, c('k'), Action::MoveUp), (h, k(KeyCode::Esc), Action::Back), (h, c('?'), Action::Back), (h, c('j'), Action::MoveDown), (f, k(KeyCode::Esc), Action::Back), (f, k(KeyCode::Enter), Action::Open), (f, k(KeyCode::Down), Action::MoveDown), (f, k(KeyCode::Up), Action::MoveUp)] }, None)
    }
    pub fn lookup(&self, ctx: Context, key: &KeyCombo) -> Option<Action> {
        let find = |c: Context| self.map.iter().find(|(x, k, _)| *x == c && k == key).map(|t| t.2);
        find(ctx).or_else(|| if ctx == Context::Filter { None } else { find(Context::Global) })
    }
    pub fn bindings(&self, ctx: Context) -> Vec<(KeyCombo, Action)> { self.map.iter().filter(|t| t.0 == ctx).map(|t| (t.1, t.2)).collect() }
    pub fn keys_for(&self, ctx: Context, action: Action) -> Vec<KeyCombo> {
        let v: Vec<KeyCombo> = self.map.iter().filter(|t| t.0 == ctx && t.2 == action).map(|t| t.1).collect();
        if v.is_empty() { self.map.iter().filter(|t| t.0 == Context::Global && t.2 == action).map(|t| t.1).collect() } else { v }
    }
}
