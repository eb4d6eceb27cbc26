-- Row counts kept by triggers, so a pane's count and the queue's counts per status are
-- one read of a few rows at any size, on a cold file too (src/store/counts.rs). Every
-- writer keeps them, irf or not: the triggers are in the file.
--
-- `table_counts`: the rows of each table a pane lists whole.
-- `report_counts`: the reports per season, status, the unit's region and kind, and the
-- reviewing region ('' for none). A unit's region or kind changing moves its reports;
-- a unit deleted takes its reports' counts with it before its reports go (the cascade
-- deletes them when the unit is no longer there to be looked up).

CREATE TABLE table_counts (
    name TEXT PRIMARY KEY CHECK (name IN ('contacts', 'units', 'cases', 'applications')),
    n    INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO table_counts (name, n)
    SELECT 'contacts', count(*) FROM contacts
    UNION ALL SELECT 'units', count(*) FROM units
    UNION ALL SELECT 'cases', count(*) FROM cases
    UNION ALL SELECT 'applications', count(*) FROM applications;

CREATE TRIGGER contacts_counted_in AFTER INSERT ON contacts BEGIN
    UPDATE table_counts SET n = n + 1 WHERE name = 'contacts';
END;
CREATE TRIGGER contacts_counted_out AFTER DELETE ON contacts BEGIN
    UPDATE table_counts SET n = n - 1 WHERE name = 'contacts';
END;
CREATE TRIGGER units_counted_in AFTER INSERT ON units BEGIN
    UPDATE table_counts SET n = n + 1 WHERE name = 'units';
END;
CREATE TRIGGER units_counted_out AFTER DELETE ON units BEGIN
    UPDATE table_counts SET n = n - 1 WHERE name = 'units';
END;
CREATE TRIGGER cases_counted_in AFTER INSERT ON cases BEGIN
    UPDATE table_counts SET n = n + 1 WHERE name = 'cases';
END;
CREATE TRIGGER cases_counted_out AFTER DELETE ON cases BEGIN
    UPDATE table_counts SET n = n - 1 WHERE name = 'cases';
END;
CREATE TRIGGER applications_counted_in AFTER INSERT ON applications BEGIN
    UPDATE table_counts SET n = n + 1 WHERE name = 'applications';
END;
CREATE TRIGGER applications_counted_out AFTER DELETE ON applications BEGIN
    UPDATE table_counts SET n = n - 1 WHERE name = 'applications';
END;

CREATE TABLE report_counts (
    year     INTEGER NOT NULL,
    status   TEXT NOT NULL,
    host     TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    kind     TEXT NOT NULL,
    n        INTEGER NOT NULL,
    PRIMARY KEY (year, status, host, reviewer, kind)
) STRICT, WITHOUT ROWID;

INSERT INTO report_counts (year, status, host, reviewer, kind, n)
    SELECT r.year, r.status, u.region_code, coalesce(r.reviewer_region, ''), u.kind, count(*)
      FROM annual_reports r JOIN units u ON u.id = r.unit_id
     GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER reports_counted_in AFTER INSERT ON annual_reports BEGIN
    INSERT INTO report_counts (year, status, host, reviewer, kind, n)
        SELECT new.year, new.status, u.region_code, coalesce(new.reviewer_region, ''), u.kind, 1
          FROM units u WHERE u.id = new.unit_id
        ON CONFLICT (year, status, host, reviewer, kind) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER reports_counted_out AFTER DELETE ON annual_reports BEGIN
    UPDATE report_counts SET n = n - 1
     WHERE year = old.year AND status = old.status
       AND reviewer = coalesce(old.reviewer_region, '')
       AND (host, kind) = (SELECT region_code, kind FROM units WHERE id = old.unit_id);
END;

CREATE TRIGGER reports_counted_moved
AFTER UPDATE OF year, status, reviewer_region, unit_id ON annual_reports BEGIN
    UPDATE report_counts SET n = n - 1
     WHERE year = old.year AND status = old.status
       AND reviewer = coalesce(old.reviewer_region, '')
       AND (host, kind) = (SELECT region_code, kind FROM units WHERE id = old.unit_id);
    INSERT INTO report_counts (year, status, host, reviewer, kind, n)
        SELECT new.year, new.status, u.region_code, coalesce(new.reviewer_region, ''), u.kind, 1
          FROM units u WHERE u.id = new.unit_id
        ON CONFLICT (year, status, host, reviewer, kind) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER units_reports_moved AFTER UPDATE OF region_code, kind ON units BEGIN
    INSERT INTO report_counts (year, status, host, reviewer, kind, n)
        SELECT year, status, old.region_code, coalesce(reviewer_region, ''), old.kind, -count(*)
          FROM annual_reports WHERE unit_id = new.id GROUP BY 1, 2, 3, 4, 5
        ON CONFLICT (year, status, host, reviewer, kind) DO UPDATE SET n = n + excluded.n;
    INSERT INTO report_counts (year, status, host, reviewer, kind, n)
        SELECT year, status, new.region_code, coalesce(reviewer_region, ''), new.kind, count(*)
          FROM annual_reports WHERE unit_id = new.id GROUP BY 1, 2, 3, 4, 5
        ON CONFLICT (year, status, host, reviewer, kind) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER units_reports_gone BEFORE DELETE ON units BEGIN
    INSERT INTO report_counts (year, status, host, reviewer, kind, n)
        SELECT year, status, old.region_code, coalesce(reviewer_region, ''), old.kind, -count(*)
          FROM annual_reports WHERE unit_id = old.id GROUP BY 1, 2, 3, 4, 5
        ON CONFLICT (year, status, host, reviewer, kind) DO UPDATE SET n = n + excluded.n;
END;
