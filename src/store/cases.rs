//! Cases and IRF/AD meetings: numbering, the status machine, versioned section edits, agendas and decisions.
