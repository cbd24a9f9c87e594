/**
 * Seeded randomness. Each subsystem draws from its own xoroshiro128+ stream
 * whose state lives in GameState, so an extra draw in one subsystem never
 * shifts another's (GAME.md §9).
 */
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import type { GameState, RngState, RngStream } from './types';
import { BP } from './int-math';

const STREAMS: readonly RngStream[] = ['ai', 'events', 'front', 'industry', 'politics'];

/** Mixes a 40-bit seed and a stream number into a 32-bit generator seed (murmur3 finaliser). */
function mix(seedValue: number, stream: number): number {
  let h = ((seedValue % 0x100000000) ^ Math.imul(Math.floor(seedValue / 0x100000000) + 1, 0x9e3779b1)) | 0;
  h = (h ^ Math.imul(stream + 1, 0x85ebca6b)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

export function initialRng(seedValue: number): RngState {
  const state = {} as RngState;
  STREAMS.forEach((name, i) => {
    state[name] = [...xoroshiro128plus(mix(seedValue, i)).getState()];
  });
  return state;
}

/** A draw helper over one stream; call `save()` to write the advanced state back. */
export class Stream {
  private readonly gen: RandomGenerator;
  constructor(
    private readonly state: GameState,
    private readonly name: RngStream,
  ) {
    this.gen = xoroshiro128plusFromState(state.rng[name]);
  }
  /** an integer in [lo, hi] */
  int(lo: number, hi: number): number {
    return uniformInt(this.gen, lo, hi);
  }
  /** true with probability chanceBp / 10000 */
  chance(chanceBp: number): boolean {
    if (chanceBp <= 0) return false;
    if (chanceBp >= BP) return true;
    return uniformInt(this.gen, 0, BP - 1) < chanceBp;
  }
  save(): void {
    this.state.rng[this.name] = [...this.gen.getState()];
  }
}

/** Runs `fn` with a stream and saves its state afterwards. */
export function withStream<T>(state: GameState, name: RngStream, fn: (s: Stream) => T): T {
  const stream = new Stream(state, name);
  const result = fn(stream);
  stream.save();
  return result;
}
