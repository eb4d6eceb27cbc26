-- Cases and meetings: templates per case type (filled in by the cases work).
SELECT 1;
