/**
 * The class server's store: drizzle-orm over the embedded PGlite (Postgres in
 * WebAssembly, in a folder under data/, nothing to install) or, with
 * `DATABASE_URL=postgres://…`, a real PostgreSQL through `pg`. Both run the
 * same migrations and queries. Append-only: the server adds sessions, teams,
 * turns, controls and team keys, and rebuilds everything else from them.
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { asc, eq, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { MIGRATIONS } from './migrations';
import { classControls, classSessions, classTeams, teamKeys, teamTurns } from './schema';

export type SessionRow = typeof classSessions.$inferInsert;
export type TeamJoinRow = Omit<typeof classTeams.$inferInsert, 'joinedAt'>;
export type TurnRow = Omit<typeof teamTurns.$inferInsert, 'at'>;
export type ControlRow = Omit<typeof classControls.$inferInsert, 'at'>;
export type TeamKeyRow = Omit<typeof teamKeys.$inferInsert, 'at'>;

/** A class as stored: everything needed to rebuild it. */
export interface StoredClass {
  session: typeof classSessions.$inferSelect;
  teams: (typeof classTeams.$inferSelect)[];
  turns: (typeof teamTurns.$inferSelect)[];
  controls: (typeof classControls.$inferSelect)[];
  keys: (typeof teamKeys.$inferSelect)[];
}

export interface ClassStore {
  /** where it keeps its data, for the server's start line */
  readonly where: string;
  addSession(row: SessionRow): Promise<void>;
  addTeam(row: TeamJoinRow): Promise<void>;
  /** false when the team had already ended that turn (the key refuses it) */
  addTurn(row: TurnRow): Promise<boolean>;
  addControl(row: ControlRow): Promise<void>;
  addTeamKey(row: TeamKeyRow): Promise<void>;
  hasSession(code: string): Promise<boolean>;
  sessionCodes(): Promise<string[]>;
  load(code: string): Promise<StoredClass | undefined>;
  close(): Promise<void>;
}

type Db = PgDatabase<PgQueryResultHKT>;

export interface StoreOptions {
  /** a postgres:// URL: a real PostgreSQL; otherwise the embedded one */
  databaseUrl?: string;
  /** the embedded database's folder; none keeps it in memory (tests) */
  dataDir?: string;
}

export async function openClassStore(options: StoreOptions): Promise<ClassStore> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 4 });
    return classStoreOn(drizzlePg(pool) as unknown as Db, { where: 'PostgreSQL (DATABASE_URL)', close: () => pool.end() });
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const lite = new PGlite(options.dataDir);
  await lite.waitReady;
  return classStoreOn(drizzlePglite(lite) as unknown as Db, {
    where: options.dataDir ? `embedded PostgreSQL (PGlite) in ${options.dataDir}` : 'embedded PostgreSQL (PGlite) in memory',
    close: () => lite.close(),
  });
}

/** Any number that no other code takes as an advisory lock: "rol" and the class port. */
const MIGRATION_LOCK = 7_266_567;

async function migrate(db: Db): Promise<void> {
  // Several processes starting at once on one PostgreSQL (behind Redis): one migrates, the others wait on the lock and find it done.
  await db.transaction(async (tx) => {
    await tx.execute(sql.raw(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`));
    await tx.execute(sql.raw('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())'));
    const done = await tx.execute(sql.raw('SELECT version FROM schema_migrations'));
    const applied = new Set(rowsOf(done).map((r) => Number((r as { version: number }).version)));
    for (let v = 1; v <= MIGRATIONS.length; v++) {
      if (applied.has(v)) continue;
      for (const statement of MIGRATIONS[v - 1]!.split(/;\s*\n/)) if (statement.trim()) await tx.execute(sql.raw(statement));
      await tx.execute(sql`INSERT INTO schema_migrations (version) VALUES (${v})`);
    }
  });
}

/** PGlite answers `{ rows }`, node-postgres a result with `rows` too; drizzle passes either through. */
function rowsOf(result: unknown): unknown[] {
  return Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? []);
}

const isUniqueViolation = (e: unknown) => {
  const err = e as { code?: string; cause?: { code?: string } };
  return err.code === '23505' || err.cause?.code === '23505';
};

async function classStoreOn(db: Db, how: { where: string; close: () => Promise<void> }): Promise<ClassStore> {
  await migrate(db);
  return {
    where: how.where,
    async addSession(row) {
      await db.insert(classSessions).values(row);
    },
    async addTeam(row) {
      await db.insert(classTeams).values(row);
    },
    async addTurn(row) {
      try {
        await db.insert(teamTurns).values(row);
        return true;
      } catch (e) {
        if (isUniqueViolation(e)) return false;
        throw e;
      }
    },
    async addControl(row) {
      await db.insert(classControls).values(row);
    },
    async addTeamKey(row) {
      await db.insert(teamKeys).values(row);
    },
    async hasSession(code) {
      const found = await db.select({ code: classSessions.code }).from(classSessions).where(eq(classSessions.code, code));
      return found.length > 0;
    },
    async sessionCodes() {
      const rows = await db.select({ code: classSessions.code }).from(classSessions).orderBy(asc(classSessions.createdAt));
      return rows.map((r) => r.code);
    },
    async load(code) {
      const [session] = await db.select().from(classSessions).where(eq(classSessions.code, code));
      if (!session) return undefined;
      const teams = await db.select().from(classTeams).where(eq(classTeams.code, code)).orderBy(asc(classTeams.joinedAt), asc(classTeams.teamId));
      const turns = await db.select().from(teamTurns).where(eq(teamTurns.code, code)).orderBy(asc(teamTurns.teamId), asc(teamTurns.turn));
      const controls = await db.select().from(classControls).where(eq(classControls.code, code)).orderBy(asc(classControls.seq));
      const keys = await db.select().from(teamKeys).where(eq(teamKeys.code, code)).orderBy(asc(teamKeys.teamId), asc(teamKeys.seq));
      return { session, teams, turns, controls, keys };
    },
    close: how.close,
  };
}
