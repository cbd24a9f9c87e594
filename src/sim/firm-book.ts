/**
 * A state's contracts and lines grouped by firm and product. A firm judging an offer, the price it
 * asks and the balanced policy's plans each ask "what does this firm run, and owe, in this
 * product?" several times per offer; each answer scanned every contract and line of the war (about
 * a hundred contracts by 2024), which made offers the largest part of a month (issue 14).
 *
 * Contracts and lines are only ever appended (contract.ts, plant.ts), and each state has its own
 * arrays (copy-state.ts), so the index is kept per array and extended when the arrays grow. The last
 * few states asked about keep theirs (a WeakMap of every state's cost a quarter of the time in the
 * garbage collector: each month's copy was a new key). It holds
 * the objects themselves: their fields (status, delivered, shifts) are read as they are now. Lists
 * keep the state's order, so what is found first is what a scan would have found first.
 */
import type { Contract, GameState, ProductId, ProductionLine } from './types';

export interface FirmProductBook {
  contracts: Contract[];
  lines: ProductionLine[];
}

interface Book {
  lines: readonly ProductionLine[];
  contractsSeen: number;
  linesSeen: number;
  byFirm: Map<string, Map<ProductId, FirmProductBook>>;
}

const EMPTY: FirmProductBook = Object.freeze({ contracts: [], lines: [] }) as unknown as FirmProductBook;
interface Kept extends Book {
  contracts: readonly Contract[];
}
/** The books of the states asked about last (a month's working copy, a policy's, the state it started from). */
const kept: Kept[] = [];
const KEEP = 4;

function entry(book: Book, firmId: string, product: ProductId): FirmProductBook {
  let byProduct = book.byFirm.get(firmId);
  if (!byProduct) book.byFirm.set(firmId, (byProduct = new Map()));
  let e = byProduct.get(product);
  if (!e) byProduct.set(product, (e = { contracts: [], lines: [] }));
  return e;
}

function bookOf(s: GameState): Book {
  let book = kept.find((k) => k.contracts === s.contracts && k.lines === s.lines);
  if (!book) {
    book = { contracts: s.contracts, lines: s.lines, contractsSeen: 0, linesSeen: 0, byFirm: new Map() };
    if (kept.unshift(book) > KEEP) kept.pop();
  }
  for (; book.contractsSeen < s.contracts.length; book.contractsSeen++) {
    const c = s.contracts[book.contractsSeen]!;
    entry(book, c.firmId, c.product).contracts.push(c);
  }
  for (; book.linesSeen < s.lines.length; book.linesSeen++) {
    const l = s.lines[book.linesSeen]!;
    entry(book, l.firmId, l.product).lines.push(l);
  }
  return book;
}

/** The firm's contracts and lines for a product, in the state's order (read-only: never add to them). */
export function firmProduct(s: GameState, firmId: string, product: ProductId): Readonly<FirmProductBook> {
  return bookOf(s).byFirm.get(firmId)?.get(product) ?? EMPTY;
}
