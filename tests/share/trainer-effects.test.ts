/**
 * A team is told what the trainer's live move changed in its game, in the figures it sees (trainer play-test: "its
 * effects are already in your figures" did not say which).
 */
import { describe, expect, it } from 'vitest';
import { previewOrders, TRAINER, type Order } from '../../src/sim';
import { namesFor } from '../../src/share/text/messages';
import { trainerEffects } from '../../src/share/text/trainer-effects';
import { content, start } from '../server/live-fixture';

const inject = (eventId: string): Order => ({ kind: 'inject', actor: TRAINER, eventId });

function effectsOf(had: Order[], now: Order[], max?: number) {
  const s = start();
  const names = namesFor(content, s);
  return trainerEffects(previewOrders(content, s, had).state, previewOrders(content, s, now).state, names, max);
}

describe("a trainer's move, in the figures it changed", () => {
  it('names what an inject did: the US aid freeze freezes US aid and costs support', () => {
    const said = effectsOf([], [inject('us-aid-freeze')]);
    expect(said.some((x) => /^aid from United States frozen until \w{3} \d{4}$/.test(x))).toBe(true);
    expect(said.join('; ')).toMatch(/support in United States −\d+\.\d %/);
  });

  it("names Russia's imports an inject starts, at this war's figure", () => {
    expect(effectsOf([], [inject('iran-shells')])).toEqual([expect.stringMatching(/^Russia imports [\d,]+ shells a month from Iran until \w{3} \d{4}$/)]);
  });

  it("counts only the new move's effects, not those of the trainer's earlier ones", () => {
    const freeze = inject('us-aid-freeze');
    const both = effectsOf([freeze], [freeze, inject('czech-initiative')]);
    expect(both.join('; ')).not.toMatch(/aid from United States/);
    expect(both.length).toBeGreaterThan(0);
  });

  it('says nothing for a move that changes no figure, and counts what is beyond the first few', () => {
    const lock: Order = { kind: 'lockLever', actor: TRAINER, lever: 'pledge', nations: [], locked: true };
    expect(effectsOf([], [lock])).toEqual([]);
    const many = effectsOf([], [inject('us-aid-freeze'), inject('czech-initiative')], 1);
    expect(many).toHaveLength(2);
    expect(many[1]).toMatch(/^\d+ more$/);
  });
});
