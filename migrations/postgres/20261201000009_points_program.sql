-- The leaderboard ranks a program's companies by this year's points. Its
-- counts (companies ranked, companies ahead of one) joined 10,000 yearly
-- totals to company_tiers for the program (8 ms at 10,000 companies);
-- with the program on the total they are one index range each. Kept by
-- the points trigger (a new total takes its company's program) and by a
-- trigger on company_tiers (a company that joins, moves or leaves a
-- program carries its totals along). NULL: in no program.
ALTER TABLE points_totals ADD COLUMN program_id BIGINT;
UPDATE points_totals pt SET program_id = ct.program_id
FROM company_tiers ct WHERE ct.company_id = pt.company_id;
DROP INDEX points_totals_rank;
CREATE INDEX points_totals_rank ON points_totals (program_id, year, points, company_id);

CREATE OR REPLACE FUNCTION points_totals_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE points_totals SET points = points - OLD.points
        WHERE company_id = OLD.company_id
          AND year = EXTRACT(YEAR FROM to_timestamp(OLD.at / 1000.0) AT TIME ZONE 'UTC')::BIGINT;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO points_totals (company_id, year, points, program_id)
        VALUES (NEW.company_id, EXTRACT(YEAR FROM to_timestamp(NEW.at / 1000.0) AT TIME ZONE 'UTC')::BIGINT, NEW.points,
                (SELECT program_id FROM company_tiers WHERE company_id = NEW.company_id))
        ON CONFLICT (company_id, year) DO UPDATE SET points = points_totals.points + EXCLUDED.points;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION points_totals_program_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.program_id IS NOT DISTINCT FROM NEW.program_id
       AND OLD.company_id = NEW.company_id THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE points_totals SET program_id = NULL WHERE company_id = OLD.company_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        UPDATE points_totals SET program_id = NEW.program_id WHERE company_id = NEW.company_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER points_totals_program_sync AFTER INSERT OR UPDATE OR DELETE ON company_tiers
    FOR EACH ROW EXECUTE FUNCTION points_totals_program_sync();
