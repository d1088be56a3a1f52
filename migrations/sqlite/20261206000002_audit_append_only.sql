-- The audit log is append-only in the database itself: the application
-- never updates or deletes an entry, and now nothing else can by mistake.
-- (Someone who owns the database file can still drop these triggers; the
-- hash chain and the anchors outside the database detect what they do.)
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
