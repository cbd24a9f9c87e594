/** The one number formatter: every magnitude reads right (issue: "1,3.3 million rounds"). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { count, fmt, fmtBp, fmtEur, fmtGdpShare, fmtMillions, fmtRatio, fmtRatioBeside, possessive } from '../../src/share/text/numbers';

const grouped = /^-?\d{1,3}(,\d{3})*$/;

describe('numbers in English', () => {
  it('whole numbers group by thousands and read back to the same number, at every magnitude', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const text = fmt(n);
        expect(text).toMatch(grouped);
        expect(Number(text.replace(/,/g, ''))).toBe(n);
      }),
    );
  });

  it('millions have one decimal and a grouped whole part; smaller counts are exact', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), (n) => {
        const text = fmtMillions(n);
        if (n < 1_000_000) expect(text).toBe(fmt(n));
        else {
          expect(text).toMatch(/^\d{1,3}(,\d{3})*\.\d million$/);
          const value = Number(text.replace(/,/g, '').replace(' million', '')) * 1e6;
          expect(Math.abs(value - n)).toBeLessThanOrEqual(50_000);
        }
      }),
    );
    expect(fmtMillions(13_300_000)).toBe('13.3 million');
    expect(fmtMillions(1_330_000_000)).toBe('1,330.0 million');
  });

  it('percentages from basis points keep their sign and one decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (bp) => {
        const text = fmtBp(bp);
        expect(text).toMatch(/^-?\d+\.\d %$/);
        expect(text.startsWith('-')).toBe(bp <= -10);
      }),
    );
    expect(fmtBp(-50)).toBe('-0.5 %');
  });

  it('euros and ratios read as a person writes them', () => {
    expect(fmtEur(4400)).toBe('€4,400');
    expect(fmtEur(350_000_000)).toBe('€350 m');
    expect(fmtEur(1_250_000_000)).toBe('€1.2 bn');
    expect(fmtRatio(32_000)).toBe('3.2:1');
    expect(fmtRatio(28_900)).toBe('2.9:1');
    expect(fmtRatio(29_960)).toBe('3.0:1');
  });

  it('a ratio beside another that reads the same is told apart at two decimals (play-test: "2.0:1, worse than the 2.0:1 target")', () => {
    expect(fmtRatioBeside(20_400, 20_000)).toBe('2.04:1');
    expect(fmtRatioBeside(20_050, 20_000)).toBe('2.01:1');
    expect(fmtRatioBeside(23_000, 20_000)).toBe('2.3:1');
  });
});

describe('words around numbers', () => {
  it('counts take the right number and names the right possessive', () => {
    expect(count(1, 'month')).toBe('1 month');
    expect(count(30, 'month')).toBe('30 months');
    expect(count(2, 'shift')).toBe('2 shifts');
    expect(possessive('United States')).toBe("United States'");
    expect(possessive('Germany')).toBe("Germany's");
  });
  it('shows a share of GDP to the hundredth, so a pledge adds up: 1.65 % + 0.25 % → 1.90 %', () => {
    expect([fmtGdpShare(165), fmtGdpShare(25), fmtGdpShare(190), fmtGdpShare(5), fmtGdpShare(-5)]).toEqual(['1.65 %', '0.25 %', '1.90 %', '0.05 %', '-0.05 %']);
  });
});
