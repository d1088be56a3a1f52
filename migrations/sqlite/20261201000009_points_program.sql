-- The leaderboard ranks a program's companies by this year's points. Its
-- counts (companies ranked, companies ahead of one) joined 10,000 yearly
-- totals to company_tiers for the program (8 ms at 10,000 companies);
-- with the program on the total they are one index range each. Kept by
-- the points triggers (a new total takes its company's program) and by
-- triggers on company_tiers (a company that joins, moves or leaves a
-- program carries its totals along). NULL: in no program.
ALTER TABLE points_totals ADD COLUMN program_id BIGINT;
UPDATE points_totals SET program_id =
    (SELECT ct.program_id FROM company_tiers ct WHERE ct.company_id = points_totals.company_id);
DROP INDEX points_totals_rank;
CREATE INDEX points_totals_rank ON points_totals (program_id, year, points, company_id);

DROP TRIGGER points_totals_insert;
CREATE TRIGGER points_totals_insert AFTER INSERT ON points BEGIN
    INSERT INTO points_totals (company_id, year, points, program_id)
    VALUES (NEW.company_id, CAST(strftime('%Y', NEW.at / 1000, 'unixepoch') AS INTEGER), NEW.points,
            (SELECT program_id FROM company_tiers WHERE company_id = NEW.company_id))
    ON CONFLICT (company_id, year) DO UPDATE SET points = points + excluded.points;
END;

DROP TRIGGER points_totals_update;
CREATE TRIGGER points_totals_update AFTER UPDATE OF company_id, points, at ON points BEGIN
    UPDATE points_totals SET points = points - OLD.points
    WHERE company_id = OLD.company_id
      AND year = CAST(strftime('%Y', OLD.at / 1000, 'unixepoch') AS INTEGER);
    INSERT INTO points_totals (company_id, year, points, program_id)
    VALUES (NEW.company_id, CAST(strftime('%Y', NEW.at / 1000, 'unixepoch') AS INTEGER), NEW.points,
            (SELECT program_id FROM company_tiers WHERE company_id = NEW.company_id))
    ON CONFLICT (company_id, year) DO UPDATE SET points = points + excluded.points;
END;

CREATE TRIGGER points_totals_program_insert AFTER INSERT ON company_tiers BEGIN
    UPDATE points_totals SET program_id = NEW.program_id WHERE company_id = NEW.company_id;
END;

CREATE TRIGGER points_totals_program_update AFTER UPDATE OF company_id, program_id ON company_tiers
WHEN OLD.program_id IS NOT NEW.program_id OR OLD.company_id <> NEW.company_id BEGIN
    UPDATE points_totals SET program_id = NULL WHERE company_id = OLD.company_id;
    UPDATE points_totals SET program_id = NEW.program_id WHERE company_id = NEW.company_id;
END;

CREATE TRIGGER points_totals_program_delete AFTER DELETE ON company_tiers BEGIN
    UPDATE points_totals SET program_id = NULL WHERE company_id = OLD.company_id;
END;
