-- Staged CSV uploads of every feature (src/server/import.rs), told apart by
-- kind; the MDF allocation batches move here with their ids.
CREATE TABLE import_batches (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT    NOT NULL,
    created_by  BIGINT  NOT NULL REFERENCES users (id),
    file_name   TEXT    NOT NULL DEFAULT '',
    body        TEXT    NOT NULL,
    applied_at  BIGINT,
    created_at  BIGINT  NOT NULL
);
INSERT INTO import_batches (id, kind, created_by, file_name, body, applied_at, created_at)
    SELECT id, 'mdf.allocations', created_by, file_name, body, applied_at, created_at
    FROM mdf_allocation_batches;
DROP TABLE mdf_allocation_batches;
