-- Won deals per company and UTC day, company first: the home pages' "won
-- this year" and "last year to date" for one company (or a manager's
-- companies) read at most a year of days per currency instead of the
-- company's won deals (22,000 for the largest at 1 M deals). The dashboard
-- keeps reading the day-first `deal_wins_daily`. Kept by triggers like the
-- other rollups (decision 0005); rows that fall to zero stay.
CREATE TABLE deal_wins_by_company (
    company_id   BIGINT NOT NULL,
    day          BIGINT NOT NULL,
    currency     TEXT   NOT NULL,
    deals        BIGINT NOT NULL,
    value_cents  BIGINT NOT NULL,
    PRIMARY KEY (company_id, day, currency)
) WITHOUT ROWID;

INSERT INTO deal_wins_by_company (company_id, day, currency, deals, value_cents)
SELECT company_id, won_at / 86400000 * 86400000, currency, COUNT(*),
       SUM(COALESCE(final_value_cents, value_cents))
FROM deals WHERE status = 'won' AND won_at IS NOT NULL GROUP BY 1, 2, 3;

CREATE TRIGGER deal_wins_by_company_insert AFTER INSERT ON deals
WHEN NEW.status = 'won' AND NEW.won_at IS NOT NULL BEGIN
    INSERT INTO deal_wins_by_company (company_id, day, currency, deals, value_cents)
    VALUES (NEW.company_id, NEW.won_at / 86400000 * 86400000, NEW.currency, 1,
            COALESCE(NEW.final_value_cents, NEW.value_cents))
    ON CONFLICT (company_id, day, currency) DO UPDATE SET
        deals = deals + 1, value_cents = value_cents + excluded.value_cents;
END;

CREATE TRIGGER deal_wins_by_company_delete AFTER DELETE ON deals
WHEN OLD.status = 'won' AND OLD.won_at IS NOT NULL BEGIN
    UPDATE deal_wins_by_company SET deals = deals - 1,
        value_cents = value_cents - COALESCE(OLD.final_value_cents, OLD.value_cents)
    WHERE company_id = OLD.company_id AND day = OLD.won_at / 86400000 * 86400000
      AND currency = OLD.currency;
END;

CREATE TRIGGER deal_wins_by_company_update
AFTER UPDATE OF status, won_at, currency, company_id, final_value_cents, value_cents ON deals
WHEN (OLD.status = 'won' OR NEW.status = 'won')
  AND (OLD.status IS NOT NEW.status OR OLD.won_at IS NOT NEW.won_at
       OR OLD.currency IS NOT NEW.currency OR OLD.company_id IS NOT NEW.company_id
       OR OLD.final_value_cents IS NOT NEW.final_value_cents OR OLD.value_cents IS NOT NEW.value_cents)
BEGIN
    UPDATE deal_wins_by_company SET deals = deals - 1,
        value_cents = value_cents - COALESCE(OLD.final_value_cents, OLD.value_cents)
    WHERE OLD.status = 'won' AND OLD.won_at IS NOT NULL
      AND company_id = OLD.company_id AND day = OLD.won_at / 86400000 * 86400000
      AND currency = OLD.currency;
    INSERT INTO deal_wins_by_company (company_id, day, currency, deals, value_cents)
    SELECT NEW.company_id, NEW.won_at / 86400000 * 86400000, NEW.currency, 1,
           COALESCE(NEW.final_value_cents, NEW.value_cents)
    WHERE NEW.status = 'won' AND NEW.won_at IS NOT NULL
    ON CONFLICT (company_id, day, currency) DO UPDATE SET
        deals = deals + 1, value_cents = value_cents + excluded.value_cents;
END;
