-- 007: the login throttle in the database, so that every server process on one PostgreSQL counts
-- the same failures (a guesser cannot multiply its attempts by the number of instances).
-- key: 'pair <e-mail> <address>' or 'address <address>'; until: end of the lockout window (ms).
CREATE TABLE login_failures (
  key text PRIMARY KEY,
  failures int NOT NULL,
  until bigint NOT NULL
);
CREATE INDEX login_failures_until ON login_failures (until);
-- (e-mail, address) pairs that signed in: spared by the per-address ceiling for 90 days.
CREATE TABLE login_known_pairs (
  pair text PRIMARY KEY,
  at bigint NOT NULL
);
CREATE INDEX login_known_pairs_at ON login_known_pairs (at);
