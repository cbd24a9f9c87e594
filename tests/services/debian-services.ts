/**
 * Real servers from Debian's packages for the tests that need them, each on a
 * free loopback port in a folder of its own: Redis (redis-server) and
 * PostgreSQL (a throwaway cluster made with initdb). A missing package is
 * installed with apt-get when running as root, as the browser tests do with
 * Chromium; otherwise the error says exactly what to install.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isRoot = () => process.getuid?.() === 0;

/** Installs a Debian package when `binary` is missing (as root), or says which one to install. */
export function ensurePackage(binary: string, pkg: string): void {
  if (!existsSync(binary)) install(pkg, binary);
}

function install(pkg: string, binary: string): void {
  if (!isRoot()) throw new Error(`This test needs Debian's ${pkg} (${binary}). Install it with: sudo apt-get update && sudo apt-get install -y ${pkg}`);
  console.log(`Installing Debian ${pkg} for the tests (apt-get)…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** A port nothing listens on now (the kernel's pick). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Resolves when a line of the child's output matches, rejects if it exits first or `ms` pass. */
export function waitForLine(child: ChildProcess, pattern: RegExp, what: string, ms = 60_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start within ${ms / 1000} s:\n${seen.slice(-2000)}`)), ms);
    const read = (chunk: Buffer) => {
      seen += chunk.toString();
      const m = pattern.exec(seen);
      if (!m) return;
      clearTimeout(timer);
      child.stdout?.off('data', read);
      child.stderr?.off('data', read);
      resolve(m);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code}) before it was ready:\n${seen.slice(-2000)}`));
    });
  });
}

export interface RunningService {
  url: string;
  stop(): Promise<void>;
}

/** Debian's redis-server on a loopback port, keeping nothing on disk. */
export async function startRedis(): Promise<RunningService> {
  ensurePackage('/usr/bin/redis-server', 'redis-server');
  const port = await freePort();
  const child = spawn('/usr/bin/redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForLine(child, /Ready to accept connections/, 'redis-server');
  return { url: `redis://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

/** The newest PostgreSQL server programs Debian installed (/usr/lib/postgresql/<major>/bin). */
function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const newest = () =>
    existsSync(root)
      ? readdirSync(root)
          .filter((v) => existsSync(join(root, v, 'bin', 'postgres')))
          .sort((a, b) => Number(b) - Number(a))[0]
      : undefined;
  if (!newest()) install('postgresql', `${root}/<major>/bin/postgres`);
  const v = newest();
  if (!v) throw new Error(`No PostgreSQL server under ${root}. Install it with: sudo apt-get install -y postgresql`);
  return join(root, v, 'bin');
}

/**
 * A throwaway PostgreSQL cluster on a loopback port (trust authentication, user "rol").
 * PostgreSQL refuses to run as root, so as root it runs as Debian's "postgres" user.
 */
export async function startPostgres(): Promise<RunningService> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'rol-pg-'));
  const asPostgres = (cmd: string, args: string[]) => (isRoot() ? { cmd: 'runuser', args: ['-u', 'postgres', '--', cmd, ...args] } : { cmd, args });
  if (isRoot()) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const data = join(dir, 'data');
  const init = asPostgres(join(bin, 'initdb'), ['-D', data, '-U', 'rol', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  execFileSync(init.cmd, init.args, { stdio: 'pipe' });
  const port = await freePort();
  const run = asPostgres(join(bin, 'postgres'), ['-D', data, '-p', String(port), '-h', '127.0.0.1', '-k', dir, '-c', 'fsync=off']);
  const child = spawn(run.cmd, run.args, { stdio: ['ignore', 'pipe', 'pipe'] });
  await waitForLine(child, /ready to accept connections/, 'PostgreSQL');
  return {
    url: `postgres://rol@127.0.0.1:${port}/postgres`,
    async stop() {
      const ctl = asPostgres(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate']);
      try {
        execFileSync(ctl.cmd, ctl.args, { stdio: 'pipe' });
      } catch {
        child.kill('SIGKILL');
      }
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Stops a child process and waits for it to be gone. */
export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const hard = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    child.kill(signal);
  });
}
