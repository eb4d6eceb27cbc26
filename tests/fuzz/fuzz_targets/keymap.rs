//! A user's keymap file on any text: TOML parsing, contexts, action names and key
//! combinations (`ctrl-z`, `alt-shift-F5`, …). A bad file is an error, never a panic.
//! The built-in keymap is parsed once; each input is merged over it, as a user's file is.
#![no_main]

use std::sync::OnceLock;

use irf::keymap::{KeyCombo, Keymap};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    static DEFAULTS: OnceLock<Keymap> = OnceLock::new();
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = KeyCombo::parse(text);
    let defaults = DEFAULTS.get_or_init(Keymap::defaults);
    let path = std::path::Path::new("keymap.toml");
    let (keymap, error) = defaults.with_user(path, text);
    if error.is_some() {
        assert_eq!(&keymap, defaults, "a bad file leaves the defaults");
    }
});
