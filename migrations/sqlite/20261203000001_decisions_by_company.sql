-- Decided registrations per company and UTC day: the tier criterion
-- "approved registrations in the last 12 months" (decided in the window
-- and approved, won, lost or expired now) read every such deal of the
-- company (75,000 for the largest at 1 M deals). The window ends at an
-- instant, not a midnight, so the tier rules read the whole days inside it
-- from here and the two partial days at its ends from `deals` (a day's
-- deals of one company, through `deals_by_company_decided_status`); the
-- figure is the same as before. Kept by triggers like the other rollups
-- (decision 0005); rows that fall to zero stay.
CREATE TABLE deal_decisions_by_company (
    company_id   BIGINT NOT NULL,
    day          BIGINT NOT NULL,
    deals        BIGINT NOT NULL,
    PRIMARY KEY (company_id, day)
) WITHOUT ROWID;

INSERT INTO deal_decisions_by_company (company_id, day, deals)
SELECT company_id, decided_at / 86400000 * 86400000, COUNT(*)
FROM deals WHERE decided_at IS NOT NULL AND status IN ('approved','won','lost','expired')
GROUP BY 1, 2;

CREATE TRIGGER deal_decisions_by_company_insert AFTER INSERT ON deals
WHEN NEW.decided_at IS NOT NULL AND NEW.status IN ('approved','won','lost','expired') BEGIN
    INSERT INTO deal_decisions_by_company (company_id, day, deals)
    VALUES (NEW.company_id, NEW.decided_at / 86400000 * 86400000, 1)
    ON CONFLICT (company_id, day) DO UPDATE SET deals = deals + 1;
END;

CREATE TRIGGER deal_decisions_by_company_delete AFTER DELETE ON deals
WHEN OLD.decided_at IS NOT NULL AND OLD.status IN ('approved','won','lost','expired') BEGIN
    UPDATE deal_decisions_by_company SET deals = deals - 1
    WHERE company_id = OLD.company_id AND day = OLD.decided_at / 86400000 * 86400000;
END;

CREATE TRIGGER deal_decisions_by_company_update
AFTER UPDATE OF status, decided_at, company_id ON deals
WHEN (OLD.decided_at IS NOT NULL AND OLD.status IN ('approved','won','lost','expired'))
  OR (NEW.decided_at IS NOT NULL AND NEW.status IN ('approved','won','lost','expired'))
BEGIN
    UPDATE deal_decisions_by_company SET deals = deals - 1
    WHERE OLD.decided_at IS NOT NULL AND OLD.status IN ('approved','won','lost','expired')
      AND company_id = OLD.company_id AND day = OLD.decided_at / 86400000 * 86400000;
    INSERT INTO deal_decisions_by_company (company_id, day, deals)
    SELECT NEW.company_id, NEW.decided_at / 86400000 * 86400000, 1
    WHERE NEW.decided_at IS NOT NULL AND NEW.status IN ('approved','won','lost','expired')
    ON CONFLICT (company_id, day) DO UPDATE SET deals = deals + 1;
END;
