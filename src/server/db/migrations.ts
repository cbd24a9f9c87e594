/**
 * The database's migrations, in order, applied once each at start. The same
 * SQL serves the embedded PGlite and a real PostgreSQL; it matches schema.ts
 * (tests/server/class-store.test.ts writes and reads every table through it).
 * A new table or column is a new entry at the end; an entry is never edited.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE class_sessions (
     code text PRIMARY KEY,
     scenario_id text NOT NULL,
     content_hash text NOT NULL,
     seed text NOT NULL,
     rules_version integer NOT NULL,
     class_file jsonb NOT NULL,
     trainer_token_hash text NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE TABLE class_teams (
     code text NOT NULL REFERENCES class_sessions(code),
     team_id text NOT NULL,
     name text NOT NULL,
     role text NOT NULL,
     token_hash text NOT NULL,
     joined_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (code, team_id)
   );
   CREATE TABLE team_turns (
     code text NOT NULL,
     team_id text NOT NULL,
     turn integer NOT NULL,
     orders jsonb NOT NULL,
     note text NOT NULL DEFAULT '',
     hash text NOT NULL,
     at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (code, team_id, turn)
   );
   CREATE TABLE class_controls (
     code text NOT NULL,
     seq integer NOT NULL,
     control jsonb NOT NULL,
     targets jsonb NOT NULL,
     at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (code, seq)
   );`,
  // 2: a team moved to another device with a key from the desk; its latest key replaces its token.
  `CREATE TABLE team_keys (
     code text NOT NULL,
     team_id text NOT NULL,
     seq integer NOT NULL,
     token_hash text NOT NULL,
     at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (code, team_id, seq)
   );`,
];
