-- Languages (issue 23): what the portal writes into an MDF request's
-- history (a partial approval, a payment reference, an expiry) as a
-- message (key and arguments, JSON), rendered in the reader's language;
-- `note` keeps its English text, and what a person wrote.
ALTER TABLE mdf_events ADD COLUMN note_msg TEXT;
