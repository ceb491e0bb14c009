-- 001: territories, accounts, sessions, synced records with per-field revisions, applied mutations.
CREATE TABLE territories (
  id text PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL
);

CREATE TABLE users (
  id text PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL,
  password_hash text NOT NULL,
  created_at bigint NOT NULL
);

CREATE TABLE user_territories (
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  territory_id text NOT NULL REFERENCES territories (id),
  PRIMARY KEY (user_id, territory_id)
);

-- Only the SHA-256 of a bearer token is kept: a leaked table does not log anyone in.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL
);

-- One global revision counter: every applied change takes the next value.
CREATE SEQUENCE change_rev;

-- Latest state of every synced record (tombstones included); pull reads rows with rev > cursor.
CREATE TABLE records (
  tbl text NOT NULL,
  id text NOT NULL,
  rev bigint NOT NULL,
  -- Territory the record belongs to (a flux or visit: its company's), for scoping.
  territory_id text NOT NULL,
  company_id text,
  deleted boolean NOT NULL DEFAULT false,
  data jsonb NOT NULL,
  -- { field: { rev, client } }: who last wrote each field and at which revision.
  field_revs jsonb NOT NULL,
  PRIMARY KEY (tbl, id)
);
CREATE UNIQUE INDEX records_rev ON records (rev);
CREATE INDEX records_territory_rev ON records (territory_id, rev);
CREATE INDEX records_company ON records (company_id) WHERE company_id IS NOT NULL;

-- Every mutation id ever applied, with the result it got, so a retry is answered identically.
CREATE TABLE applied_mutations (
  mutation_id text PRIMARY KEY,
  client_id text NOT NULL,
  user_id text NOT NULL,
  result jsonb NOT NULL,
  applied_at bigint NOT NULL
);
