-- Languages (issue 23): a person's language and time zone, chosen on the
-- switcher or the profile; NULL follows the browser (cookie, then
-- Accept-Language; the browser's zone, then the company's country).
ALTER TABLE users ADD COLUMN locale TEXT;
ALTER TABLE users ADD COLUMN time_zone TEXT;
-- A notification's words as messages (key and arguments, JSON), rendered
-- in the reader's language at each reading; title and body keep the
-- English text.
ALTER TABLE notifications ADD COLUMN title_msg TEXT;
ALTER TABLE notifications ADD COLUMN body_msg TEXT;
