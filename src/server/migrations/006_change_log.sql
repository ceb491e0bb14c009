-- 006: the server's change log — who changed which record, when the change arrived, which fields,
-- from which device. Written in the push's own transaction, stamped from the session (never from
-- what the device sent), so that a disputed figure can be traced. Read by admins only.
CREATE TABLE change_log (
  rev bigint PRIMARY KEY,
  tbl text NOT NULL,
  record_id text NOT NULL,
  user_id text NOT NULL,
  client_id text NOT NULL,
  received_at bigint NOT NULL,
  op text NOT NULL,
  fields text[] NOT NULL
);
CREATE INDEX change_log_record ON change_log (tbl, record_id, rev);
CREATE INDEX change_log_user ON change_log (user_id, rev);
