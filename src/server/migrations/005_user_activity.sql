-- 005: who signed in or synced, and when — what « comptes actifs » counts. One row per account,
-- kind and UTC day (the first time of the day), so a device pulling every minute adds one row a day.
-- Sign-ins and pushes from before this table existed are still found in sessions and
-- applied_mutations, which the indicators read too.
CREATE TABLE user_activity (
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind text NOT NULL,
  day date NOT NULL,
  at bigint NOT NULL,
  PRIMARY KEY (user_id, kind, day)
);
CREATE INDEX user_activity_at ON user_activity (at);
