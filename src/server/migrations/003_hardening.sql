-- 003: mutation ids belong to a user (replaying another account's id must neither reveal its
-- result nor swallow the caller's change), and the log of records that left a territory.

-- Existing rows are kept: their (user, mutation) pairs are unique since mutation ids were.
ALTER TABLE applied_mutations DROP CONSTRAINT applied_mutations_pkey;
ALTER TABLE applied_mutations ADD PRIMARY KEY (user_id, mutation_id);

-- A company moved to another territory: one row per record (the company, its flux and visits)
-- for the territory it left, with a revision from the same counter as records, so devices of that
-- territory pull "gone" in order with the other changes and remove their copies.
CREATE TABLE territory_exits (
  rev bigint PRIMARY KEY,
  territory_id text NOT NULL,
  tbl text NOT NULL,
  id text NOT NULL
);
CREATE INDEX territory_exits_territory_rev ON territory_exits (territory_id, rev);
