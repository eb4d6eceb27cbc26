//! Files the program writes from the TUI (exports into the working directory): a free
//! name beside what is there, and a write that never replaces a file.

/// `dir/stem.ext`, or `dir/stem-2.ext`, `-3` … if taken.
pub(super) fn free_path(dir: &std::path::Path, stem: &str, ext: &str) -> std::path::PathBuf {
    let mut path = dir.join(format!("{stem}.{ext}"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{stem}-{n}.{ext}"));
        n += 1;
    }
    path
}

/// Creates a new file (never replacing one) and writes it whole.
pub(super) fn write_new(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}
