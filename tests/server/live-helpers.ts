/**
 * Helpers for the class server's tests: a server on a free loopback port with
 * an in-memory (or folder) database, and browsers as Colyseus clients that
 * keep every message they are sent, so a test waits for the next one of a
 * type.
 */
import { Client, type Room } from 'colyseus.js';
import { startClassServer, type RunningClassServer } from '../../src/server/class-server';
import { CLASS_ROOM, LIVE_PROTOCOL, TO_CLIENT, type DeskWelcome, type Refused, type Resolved, type Welcome } from '../../src/share/live/protocol';
import type { Order } from '../../src/sim';

export async function classServer(
  options: { dataDir?: string; redisUrl?: string; publicAddress?: string; port?: number } = {},
): Promise<RunningClassServer & { logs: string[] }> {
  const logs: string[] = [];
  const server = await startClassServer({ port: options.port ?? 0, ...options, log: (line) => logs.push(line) });
  return Object.assign(server, { logs });
}

type Waiter = { types: readonly string[]; take(type: string, message: unknown): void };

/** A browser in a class: its room, and what the server has sent it and no test has taken yet, in order. */
export class Visitor {
  private inbox: { type: string; message: unknown }[] = [];
  private waiters: Waiter[] = [];

  private constructor(readonly room: Room) {
    for (const type of Object.values(TO_CLIENT))
      room.onMessage(type, (message: unknown) => {
        const waiter = this.waiters.find((w) => w.types.includes(type));
        if (!waiter) return void this.inbox.push({ type, message });
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.take(type, message);
      });
  }

  static async create(url: string, classFile: unknown): Promise<{ desk: Visitor; welcome: DeskWelcome }> {
    const room = await new Client(url).create(CLASS_ROOM, { as: 'create', protocol: LIVE_PROTOCOL, classFile });
    const desk = new Visitor(room);
    return { desk, welcome: await desk.next<DeskWelcome>('desk') };
  }

  static async desk(url: string, code: string, trainerToken: string): Promise<{ desk: Visitor; welcome: DeskWelcome }> {
    const room = await new Client(url).joinById(code, { as: 'desk', protocol: LIVE_PROTOCOL, trainerToken });
    const desk = new Visitor(room);
    return { desk, welcome: await desk.next<DeskWelcome>('desk') };
  }

  static async team(url: string, code: string, join: { team: string; role?: string; teamToken?: string }): Promise<{ team: Visitor; welcome: Welcome }> {
    const room = await new Client(url).joinById(code, { as: 'team', protocol: LIVE_PROTOCOL, ...join });
    const team = new Visitor(room);
    return { team, welcome: await team.next<Welcome>('welcome') };
  }

  /** The first message of any of these types (one already received, or the next to come), or null after `ms`. */
  waitFor(types: readonly string[], ms = 10_000): Promise<{ type: string; message: unknown } | null> {
    const kept = this.inbox.findIndex((m) => types.includes(m.type));
    if (kept >= 0) return Promise.resolve(this.inbox.splice(kept, 1)[0]!);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        types,
        take: (type, message) => {
          clearTimeout(timer);
          resolve({ type, message });
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(null);
      }, ms);
      this.waiters.push(waiter);
    });
  }

  async next<T>(type: string): Promise<T> {
    const got = await this.waitFor([type]);
    if (!got) throw new Error(`no "${type}" message within 10 s`);
    return got.message as T;
  }

  /** Ends a turn and waits for the answer: the resolved turn, or the refusal. */
  async submit(turn: number, orders: Order[], note?: string): Promise<{ resolved?: Resolved; refused?: Refused }> {
    this.room.send('submit', { turn, orders, ...(note ? { note } : {}) });
    const got = await this.waitFor(['resolved', 'refused']);
    if (!got) throw new Error('no answer to a submitted turn within 10 s');
    return got.type === 'resolved' ? { resolved: got.message as Resolved } : { refused: got.message as Refused };
  }

  /** A control is answered only when refused: the refusal, or null when none came in 400 ms. */
  async control(control: object): Promise<Refused | null> {
    this.room.send('control', control);
    return ((await this.waitFor(['refused'], 400))?.message as Refused | undefined) ?? null;
  }

  leave(): Promise<number> {
    return this.room.leave(true);
  }
}

/** The promise's rejection message (a join refused by the server). */
export async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
}
