//! The annual cycle's milestone rules.

/// Why a milestone or cycle rule was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CycleRefusal {
    /// Placeholder until the rules are written.
    Unknown(String),
}
