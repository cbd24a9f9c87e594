import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { openClassStore } from '../../src/server/db/class-store';
import { keepsEverythingAcrossARestart } from './class-store-contract';

const dir = mkdtempSync(join(tmpdir(), 'class-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the class store (embedded PostgreSQL)', () => {
  it('keeps sessions, teams, turns and controls across a restart, and refuses a turn ended twice', async () => {
    await keepsEverythingAcrossARestart(() => openClassStore({ dataDir: dir }));
  });
});
