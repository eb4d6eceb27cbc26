-- The health trust (hospital area) a reference-group member comes from: a regional
-- competence service's group needs one member from each hospital area of the host
-- region (Helse Sør-Øst's guideline, section 4.2). NULL: not recorded; the member's
-- contact's organisation is then matched against the trusts' names.
ALTER TABLE reference_group_members
    ADD COLUMN hf_id INTEGER REFERENCES health_trusts(id) ON DELETE SET NULL;
