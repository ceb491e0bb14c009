-- 010: reports a programme sends. closed_reports keeps a period's report as it was closed — the
-- exact JSON served back (body, with its SHA-256), when and by whom — and refuses any change or
-- deletion, so a report sent to the Region can be shown again identical. indicator_targets holds
-- the targets an admin sets per territory, year and indicator, shown against the results.
CREATE TABLE closed_reports (
  id text PRIMARY KEY,
  range_from text NOT NULL,
  range_to text NOT NULL,
  territory_ids text[] NOT NULL,
  programme boolean NOT NULL,
  closed_at bigint NOT NULL,
  closed_by_name text NOT NULL,
  closed_by_role text NOT NULL,
  body text NOT NULL,
  sha256 text NOT NULL
);
CREATE INDEX closed_reports_range ON closed_reports (range_from, range_to);

CREATE FUNCTION closed_reports_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Un rapport clôturé ne se modifie pas';
END $$;
CREATE TRIGGER closed_reports_no_change BEFORE UPDATE OR DELETE ON closed_reports
  FOR EACH ROW EXECUTE FUNCTION closed_reports_frozen();

CREATE TABLE indicator_targets (
  territory_id text NOT NULL,
  year int NOT NULL,
  indicator text NOT NULL,
  value double precision NOT NULL CHECK (value >= 0),
  updated_at bigint NOT NULL,
  PRIMARY KEY (territory_id, year, indicator)
);
