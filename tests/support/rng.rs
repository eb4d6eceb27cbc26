//! A small seeded generator for the tests that pick at random (the resize storm, the
//! crash rounds): the seed is printed, and an environment variable replays a run.

// Each test crate that declares `mod support;` uses only part of the shared helpers.
#![allow(dead_code)]

/// SplitMix64: small, seeded, the same sequence on every machine.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: u16, hi: u16) -> u16 {
        lo + (self.next() % u64::from(hi - lo + 1)) as u16
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

/// The seed in the environment variable `var`, or one from the clock.
pub fn seed(var: &str) -> u64 {
    match std::env::var(var) {
        Ok(s) => s.parse().unwrap_or_else(|_| panic!("{var} is a number")),
        Err(_) => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("a clock after 1970")
            .as_nanos() as u64,
    }
}
