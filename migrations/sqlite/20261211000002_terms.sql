-- Program terms (issue 24): the vendor admin publishes numbered versions
-- (markdown as written, and the HTML rendered from it and sanitised once,
-- at publishing); a partner company accepts the current version through
-- one of its partner admins before it uses the portal beyond its first
-- screen. A new version asks again. Each acceptance is also in the audit
-- log, with the person's address.
CREATE TABLE program_terms (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    version       BIGINT  NOT NULL UNIQUE,
    title         TEXT    NOT NULL,
    body_md       TEXT    NOT NULL,
    body_html     TEXT    NOT NULL,
    published_at  BIGINT  NOT NULL,
    published_by  BIGINT  REFERENCES users (id)
);

CREATE TABLE terms_acceptances (
    company_id   BIGINT  NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    terms_id     BIGINT  NOT NULL REFERENCES program_terms (id),
    user_id      BIGINT  NOT NULL REFERENCES users (id),
    accepted_at  BIGINT  NOT NULL,
    ip           TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (company_id, terms_id)
);
CREATE INDEX acceptances_by_terms ON terms_acceptances (terms_id, accepted_at);
