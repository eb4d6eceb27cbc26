//! Applications for new national services: steps and the anchoring guard.

/// Why a change to an application was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApplicationRefusal {
    /// Placeholder until the rules are written.
    Unknown(String),
}
