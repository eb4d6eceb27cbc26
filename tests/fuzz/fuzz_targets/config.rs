//! The settings file (`config.toml`) on any text: every problem has a line inside the
//! file and a sentence in both languages, and a value is only taken when it is valid.
#![no_main]

use irf::cli::config::{ProblemKind, parse, problem_text};
use irf::i18n::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (config, problems) = parse(text);
    let lines = text.matches('\n').count() + 1;
    let path = std::path::Path::new("config.toml");
    for problem in &problems {
        assert!(problem.line >= 1 && problem.line <= lines, "{problem:?}");
        for lang in [Lang::Nb, Lang::En] {
            assert!(!problem_text(lang, path, problem).is_empty());
        }
        if matches!(problem.kind, ProblemKind::Syntax(_)) {
            assert_eq!(problems.len(), 1, "a file that is not TOML has one problem");
            assert_eq!(config, Default::default());
        }
    }
});
