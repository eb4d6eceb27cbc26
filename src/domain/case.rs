//! IRF cases: numbering, the status machine and the rules for agendas and decisions.

/// Why a change to a case, a meeting or an agenda was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseRefusal {
    /// Placeholder until the rules are written.
    Unknown(String),
}
