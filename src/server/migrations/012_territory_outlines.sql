-- 012: a territory's outline (GeoJSON MultiPolygon, WGS 84), loaded by an admin and sent to the
-- territory's devices with the reference data; the map draws it. Absent until loaded.
ALTER TABLE territories ADD COLUMN outline jsonb;
