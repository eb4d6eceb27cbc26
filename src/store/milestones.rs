//! The annual cycle per year: milestones with fixed dates or rules, resolved to dates, validated, and copied to a new year.
