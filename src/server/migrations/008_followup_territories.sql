-- 008: follow-ups whose territories were taken as a device sent them, before the server derived them
-- from their companies (followup-authority.ts). Each follow-up whose companies are all known here
-- gets the territories of those companies; when they differ from the stored ones, it takes a new
-- revision (devices of its territories pull the correction), devices of a territory it never
-- belonged to are told it is gone, and the change log says the server made the correction.
CREATE TEMP TABLE followup_repair ON COMMIT DROP AS
WITH named AS (
  SELECT f.id, e.company ->> 'id' AS company_id
    FROM records f
   CROSS JOIN LATERAL jsonb_array_elements(
     CASE WHEN jsonb_typeof(f.data #> '{snapshot,companies}') = 'array' THEN f.data #> '{snapshot,companies}' ELSE '[]'::jsonb END
   ) AS e(company)
   WHERE f.tbl = 'followups'
), derived AS (
  SELECT n.id, array_agg(DISTINCT c.territory_id ORDER BY c.territory_id) AS territory_ids
    FROM named n LEFT JOIN records c ON c.tbl = 'companies' AND c.id = n.company_id
   GROUP BY n.id
  -- Every company known: a follow-up naming one the server never received is left as it is.
  HAVING bool_and(c.id IS NOT NULL)
)
SELECT f.id, d.territory_ids, f.territory_ids AS before, nextval('change_rev') AS rev
  FROM records f JOIN derived d ON d.id = f.id
 WHERE f.tbl = 'followups' AND NOT (f.territory_ids @> d.territory_ids AND d.territory_ids @> f.territory_ids)
 ORDER BY f.id;

INSERT INTO territory_exits (rev, territory_id, tbl, id)
SELECT nextval('change_rev'), t, 'followups', r.id
  FROM followup_repair r CROSS JOIN LATERAL unnest(r.before) AS t
 WHERE NOT (t = ANY (r.territory_ids))
 ORDER BY r.id, t;

UPDATE records f
   SET territory_ids = r.territory_ids,
       territory_id = r.territory_ids[1],
       rev = r.rev,
       data = jsonb_set(jsonb_set(f.data, '{territoryIds}', to_jsonb(r.territory_ids)), '{rev}', to_jsonb(r.rev))
  FROM followup_repair r
 WHERE f.tbl = 'followups' AND f.id = r.id;

INSERT INTO change_log (rev, tbl, record_id, user_id, client_id, received_at, op, fields)
SELECT r.rev, 'followups', r.id, 'serveur', 'migration-008', (extract(epoch FROM now()) * 1000)::bigint, 'update', ARRAY['territoryIds']
  FROM followup_repair r;
