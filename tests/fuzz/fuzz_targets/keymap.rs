//! A user's keymap file on any text: TOML parsing, contexts, action names and key
//! combinations (`ctrl-z`, `alt-shift-F5`, …). A bad file is an error, never a panic.
#![no_main]

use irf::keymap::{DEFAULT_KEYMAP, KeyCombo, Keymap};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = KeyCombo::parse(text);
    let path = std::path::Path::new("keymap.toml");
    let _ = Keymap::from_sources(DEFAULT_KEYMAP, Some((path, text)));
});
