/** The class store on a real PostgreSQL (DATABASE_URL), from Debian's packages. */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openClassStore } from '../../src/server/db/class-store';
import { keepsEverythingAcrossARestart, session } from '../server/class-store-contract';
import { startPostgres, type RunningService } from './debian-services';

let server: RunningService;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  await server?.stop();
});

/** A new, empty database on the test's server: its URL. */
async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return server.url.replace(/\/postgres$/, `/${name}`);
}

describe('the class store on a real PostgreSQL', () => {
  it('keeps sessions, teams, turns and controls across a restart, and refuses a turn ended twice', async () => {
    const url = await freshDatabase('contract');
    await keepsEverythingAcrossARestart(() => openClassStore({ databaseUrl: url }));
  });

  it('is migrated once when four processes open a new database at the same moment', async () => {
    const url = await freshDatabase('four_at_once');
    const stores = await Promise.all(Array.from({ length: 4 }, () => openClassStore({ databaseUrl: url })));
    expect(stores[0]!.where).toContain('DATABASE_URL');
    await stores[0]!.addSession(session);
    expect(await stores[3]!.hasSession(session.code)).toBe(true);
    await Promise.all(stores.map((s) => s.close()));
  });
});
