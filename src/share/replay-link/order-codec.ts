/**
 * Orders in a replay link, written compactly: every id is an index into a
 * dictionary (the scenario's own ids first, then any new id the first time it
 * appears), and every number is written as its change from the same field of
 * the same actor's last order of that kind on the same target, so a policy's
 * monthly drawdown of 3,372 after 3,302 costs one byte, not five. The
 * numbers go in a stream of their own: what orders there are (kinds, actors,
 * ids) repeats month after month and deflate takes it out, which it cannot do
 * while the amounts are mixed in (a balanced full campaign: 4,112 bytes mixed,
 * 3,343 apart). Decoding rebuilds the same dictionary and the same last
 * values, so both ends agree without sending either.
 */
import type { ScenarioContent } from '../../sim/content';
import { FACILITATOR_ACTIONS, NATION_ORDER_KINDS, TRAINER, type Order } from '../../sim/types';
import { BadBytes, type ByteReader, type ByteWriter } from './bytes';

/**
 * The order kinds in a fixed order: a kind is written as its index here. Not derived from
 * NATION_ORDER_KINDS on purpose: a kind added there in the middle would change every link's meaning;
 * here new kinds go at the end.
 */
const KINDS = [
  'offer',
  'cancelContract',
  'addShift',
  'weekendWork',
  'fundPlant',
  'reactivateLine',
  'drawdown',
  'pledge',
  'industrialPlan',
  'inject',
  'facilitate',
  'lockLever',
  'fundInputPlant',
] as const satisfies readonly Order['kind'][];

/** An id longer than this is no id of any game (the order schema allows 64 characters). */
const MAX_ID_BYTES = 256;
const MAX_BUYERS = 32;

/** What encoder and decoder both keep as they go: the ids seen, and each field's last value. */
export class OrderContext {
  private readonly ids: string[];
  private readonly index = new Map<string, number>();
  private readonly last = new Map<string, number>();

  /** `numbers` is where the numbers are written or read: a stream apart from the ids. */
  constructor(
    content: ScenarioContent,
    private readonly numbers: { writer?: ByteWriter; reader?: ByteReader },
  ) {
    const seeded = [
      ...content.nations.map((n) => n.id),
      TRAINER,
      ...content.products.map((p) => p.id),
      ...content.firms.map((f) => f.id),
      ...content.opening.lines.map((l) => l.id),
      ...content.templates.map((t) => t.id),
      ...content.opening.contracts.map((c) => c.id),
      ...content.events.map((e) => e.id),
      ...NATION_ORDER_KINDS,
      ...FACILITATOR_ACTIONS,
    ];
    this.ids = [];
    for (const id of seeded) this.learn(id);
  }

  private learn(id: string) {
    if (this.index.has(id)) return;
    this.index.set(id, this.ids.length);
    this.ids.push(id);
  }

  writeId(w: ByteWriter, id: string) {
    const known = this.index.get(id);
    if (known !== undefined) return void w.uint(known);
    w.uint(this.ids.length).text(id);
    this.learn(id);
  }

  readId(r: ByteReader): string {
    const i = r.uint();
    if (i < this.ids.length) return this.ids[i]!;
    if (i > this.ids.length) throw new BadBytes(`an id out of range (${i})`);
    const id = r.text(MAX_ID_BYTES);
    this.learn(id);
    return id;
  }

  writeNumber(slot: string, n: number) {
    this.numbers.writer!.int(n - (this.last.get(slot) ?? 0));
    this.last.set(slot, n);
  }

  readNumber(slot: string): number {
    const n = (this.last.get(slot) ?? 0) + this.numbers.reader!.int();
    if (!Number.isSafeInteger(n)) throw new BadBytes('a number out of range');
    this.last.set(slot, n);
    return n;
  }
}

export function writeOrder(w: ByteWriter, ctx: OrderContext, o: Order) {
  w.uint(KINDS.indexOf(o.kind));
  ctx.writeId(w, o.actor);
  const slot = (target: string, field: string) => `${o.kind}|${o.actor}|${target}|${field}`;
  switch (o.kind) {
    case 'offer': {
      const f = o.offer;
      const at = `${f.firmId}/${f.product}`;
      ctx.writeId(w, f.firmId);
      ctx.writeId(w, f.product);
      w.uint(f.buyers.length);
      f.buyers.forEach((b, i) => {
        ctx.writeId(w, b.nationId);
        ctx.writeNumber(slot(at, `share${i}`), b.shareBp);
      });
      for (const field of ['perMonth', 'months', 'unitPriceEur', 'advanceBp'] as const) ctx.writeNumber(slot(at, field), f[field]);
      w.byte((f.capacityClause ? 1 : 0) | (f.indexed ? 2 : 0) | (f.deliverTo === 'ukraine' ? 4 : 0));
      return;
    }
    case 'cancelContract':
      return ctx.writeId(w, o.contractId);
    case 'addShift':
    case 'reactivateLine':
      return ctx.writeId(w, o.lineId);
    case 'weekendWork':
      ctx.writeId(w, o.lineId);
      return void w.byte(o.on ? 1 : 0);
    case 'fundPlant':
      return ctx.writeId(w, o.templateId);
    case 'fundInputPlant':
      return ctx.writeId(w, o.plantId);
    case 'drawdown':
      ctx.writeId(w, o.product);
      return ctx.writeNumber(slot(o.product, 'amount'), o.amount);
    case 'pledge':
      return ctx.writeNumber(slot('', 'shareBp'), o.shareBp);
    case 'industrialPlan':
      return;
    case 'inject':
      return ctx.writeId(w, o.eventId);
    case 'facilitate':
      return ctx.writeId(w, o.action);
    case 'lockLever':
      ctx.writeId(w, o.lever);
      w.uint(o.nations.length);
      for (const n of o.nations) ctx.writeId(w, n);
      return void w.byte(o.locked ? 1 : 0);
  }
}

/** Reads one order back. Its shape is checked afterwards by the order schema, as a file's would be. */
export function readOrder(r: ByteReader, ctx: OrderContext): unknown {
  const kind = KINDS[r.uint()];
  if (!kind) throw new BadBytes('an order of no known kind');
  const actor = ctx.readId(r);
  const slot = (target: string, field: string) => `${kind}|${actor}|${target}|${field}`;
  switch (kind) {
    case 'offer': {
      const firmId = ctx.readId(r);
      const product = ctx.readId(r);
      const at = `${firmId}/${product}`;
      const buyers = Array.from({ length: r.count(MAX_BUYERS) }, (_, i) => ({ nationId: ctx.readId(r), shareBp: ctx.readNumber(slot(at, `share${i}`)) }));
      const [perMonth, months, unitPriceEur, advanceBp] = (['perMonth', 'months', 'unitPriceEur', 'advanceBp'] as const).map((f) =>
        ctx.readNumber(slot(at, f)),
      );
      const flags = r.byte();
      const offer = { firmId, product, buyers, perMonth, months, unitPriceEur, advanceBp, capacityClause: (flags & 1) > 0, indexed: (flags & 2) > 0 };
      return { kind, actor, offer: { ...offer, deliverTo: flags & 4 ? 'ukraine' : 'stock' } };
    }
    case 'cancelContract':
      return { kind, actor, contractId: ctx.readId(r) };
    case 'addShift':
    case 'reactivateLine':
      return { kind, actor, lineId: ctx.readId(r) };
    case 'weekendWork':
      return { kind, actor, lineId: ctx.readId(r), on: r.byte() === 1 };
    case 'fundPlant':
      return { kind, actor, templateId: ctx.readId(r) };
    case 'fundInputPlant':
      return { kind, actor, plantId: ctx.readId(r) };
    case 'drawdown': {
      const product = ctx.readId(r);
      return { kind, actor, product, amount: ctx.readNumber(slot(product, 'amount')) };
    }
    case 'pledge':
      return { kind, actor, shareBp: ctx.readNumber(slot('', 'shareBp')) };
    case 'industrialPlan':
      return { kind, actor };
    case 'inject':
      return { kind, actor, eventId: ctx.readId(r) };
    case 'facilitate':
      return { kind, actor, action: ctx.readId(r) };
    case 'lockLever': {
      const lever = ctx.readId(r);
      const nations = Array.from({ length: r.count(64) }, () => ctx.readId(r));
      return { kind, actor, lever, nations, locked: r.byte() === 1 };
    }
  }
}
