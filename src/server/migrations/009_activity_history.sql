-- 009: the activity behind « comptes actifs » is reporting history. Each row keeps the role and the
-- territories the account had that day, and it outlives the account: on removal the rows are
-- anonymised (a fresh id, no name or e-mail anywhere) instead of being deleted, so a closed year's
-- figures do not change when an account is removed. Sign-ins and pushes from before 005 (sessions,
-- applied_mutations) are copied in once, so the indicators read this table alone.
ALTER TABLE user_activity DROP CONSTRAINT IF EXISTS user_activity_user_id_fkey;
ALTER TABLE user_activity ADD COLUMN role text;
ALTER TABLE user_activity ADD COLUMN territory_ids text[] NOT NULL DEFAULT '{}';

INSERT INTO user_activity (user_id, kind, day, at)
  SELECT user_id, 'sign-in', day, min(created_at) FROM (
    SELECT user_id, created_at, (to_timestamp(created_at / 1000.0) AT TIME ZONE 'UTC')::date AS day FROM sessions) s
  GROUP BY user_id, day
ON CONFLICT DO NOTHING;
INSERT INTO user_activity (user_id, kind, day, at)
  SELECT user_id, 'sync', day, min(applied_at) FROM (
    SELECT m.user_id, m.applied_at, (to_timestamp(m.applied_at / 1000.0) AT TIME ZONE 'UTC')::date AS day
    FROM applied_mutations m JOIN users u ON u.id = m.user_id) s
  GROUP BY user_id, day
ON CONFLICT DO NOTHING;

UPDATE user_activity a SET role = u.role,
  territory_ids = ARRAY(SELECT territory_id FROM user_territories ut WHERE ut.user_id = u.id ORDER BY territory_id)
  FROM users u WHERE u.id = a.user_id;
DELETE FROM user_activity WHERE role IS NULL;
ALTER TABLE user_activity ALTER COLUMN role SET NOT NULL;
