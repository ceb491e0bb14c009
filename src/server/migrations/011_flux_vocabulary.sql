-- 011: flux stored before the vocabulary's version 2 keep their meaning on the server too. The
-- mapping itself is the device's rule (domain/vocabulary-migration.ts), run by the server in this
-- migration's transaction right after this file (store/vocabulary-migration.ts): each changed flux
-- takes a new revision so devices pull it. An « Autre » flux nothing fits stays as it was and is
-- listed here for an advisor to class.
CREATE TABLE flux_vocabulary_review (
  flux_id text PRIMARY KEY,
  territory_id text NOT NULL,
  company_id text,
  label text NOT NULL,
  listed_at bigint NOT NULL
);
