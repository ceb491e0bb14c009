-- 004: reference data. Territories get a revision (so devices pull their changes) and can be
-- retired; business parks are shared per territory, proposed by advisors, confirmed or merged by
-- the territory's referents. Revisions come from the records' sequence: one cursor space.
ALTER TABLE territories ADD COLUMN rev bigint NOT NULL DEFAULT nextval('change_rev');
ALTER TABLE territories ADD COLUMN retired boolean NOT NULL DEFAULT false;
CREATE INDEX territories_rev ON territories (rev);

CREATE TABLE parks (
  id text PRIMARY KEY,
  territory_id text NOT NULL REFERENCES territories (id),
  name text NOT NULL,
  -- Accent-, case- and punctuation-free name (parkNameKey): « ZI Cap-Nord » = « zi cap nord ».
  name_key text NOT NULL,
  lat double precision,
  lon double precision,
  radius_km double precision,
  status text NOT NULL CHECK (status IN ('confirmed', 'proposed')),
  -- A merged park stays as a signpost to the park its companies moved to.
  merged_into text REFERENCES parks (id),
  -- The account that created or proposed it (no foreign key: a removed account keeps its parks).
  created_by text,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL,
  rev bigint NOT NULL DEFAULT nextval('change_rev')
);
-- One live park per name in a territory; merged ones may share it.
CREATE UNIQUE INDEX parks_live_name ON parks (territory_id, name_key) WHERE merged_into IS NULL;
CREATE INDEX parks_territory_rev ON parks (territory_id, rev);
CREATE INDEX parks_rev ON parks (rev);
