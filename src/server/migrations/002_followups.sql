-- 002: a record may belong to several territories. A follow-up of a synergy spanning two
-- territories is seen and followed by the referents of both (and of no third one).
-- territory_ids lists every territory of such a record; it stays empty for a record of one
-- territory (companies, flux, visits), which territory_id alone describes as before.
ALTER TABLE records ADD COLUMN territory_ids text[] NOT NULL DEFAULT '{}';
CREATE INDEX records_territory_ids ON records USING gin (territory_ids);
