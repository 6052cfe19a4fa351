-- Trigram matching (typo-tolerant search) for the knowledge network. On PGlite the extension code is
-- loaded by the client (db/client.ts); on PostgreSQL it comes with postgresql-contrib.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
