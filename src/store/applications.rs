//! Applications for new national services: adding and editing them, the anchoring answers of the other regions, the step guard, and the IRF ranking.
