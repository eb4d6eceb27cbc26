-- IRF's decision on each application it ranks, and one rank per place in the round
-- (the applications ready for IRF or ranked by it).
ALTER TABLE applications ADD COLUMN irf_decision TEXT
    CHECK (irf_decision IN ('prioritert', 'ikke_prioritert', 'utsatt'));
ALTER TABLE applications ADD COLUMN irf_note TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX applications_round_rank ON applications(irf_rank)
    WHERE irf_rank IS NOT NULL AND step IN ('klar_for_irf', 'rangert');
