/**
 * How numbers read in English: whole numbers with thousands separators, euros,
 * percentages from basis points, ratios. One module so the same figure reads
 * the same on every screen, in the CLI and on the map. No Intl: the output must
 * not depend on the machine's locale.
 */

/** 1234567 → "1,234,567" */
export function fmt(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(n)));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return sign + out;
}

/** € amounts: "€1.2 bn", "€350 m", "€4,400". */
export function fmtEur(n: number): string {
  const abs = Math.abs(n);
  const sign = n < 0 ? '-' : '';
  if (abs >= 1e9) return `${sign}€${Math.floor(abs / 1e8) / 10} bn`;
  if (abs >= 1e6) return `${sign}€${fmt(Math.floor(abs / 1e6))} m`;
  return `${sign}€${fmt(abs)}`;
}

/** "3.2:1" from basis points, rounded to the nearest tenth (truncating showed 2.89 as "2.8:1" beside a target of 2.8 it missed). */
export function fmtRatio(bp: number): string {
  const tenths = Math.floor((bp + 500) / 1000);
  return `${Math.floor(tenths / 10)}.${tenths % 10}:1`;
}

/** Two ratios that read the same at one decimal, told apart at two ("2.04:1, worse than the 2.0:1 target"; play-test: "2.0:1, worse than 2.0:1"). */
export function fmtRatioBeside(bp: number, other: number): string {
  if (fmtRatio(bp) !== fmtRatio(other)) return fmtRatio(bp);
  const hundredths = Math.floor((bp + 50) / 100);
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}:1`;
}

/** "12.5 %" from basis points. */
/** A share of GDP to the hundredth: pledges move in steps of 0.05 % (play-test: "1.6 % … +0.2 % → 1.9 %" at one decimal). */
export function fmtGdpShare(bp: number): string {
  const abs = Math.abs(bp);
  return `${bp < 0 ? '-' : ''}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')} %`;
}

export function fmtBp(bp: number): string {
  // No "-0.0 %": the sign shows only when the shown figure is not zero.
  const sign = bp <= -10 ? '-' : '';
  const abs = Math.abs(bp);
  return `${sign}${Math.trunc(abs / 100)}.${Math.floor((abs % 100) / 10)} %`;
}

/** "1.3 million" for large counts, else the whole number: for estimates. */
export function fmtMillions(n: number): string {
  if (Math.abs(n) < 1_000_000) return fmt(n);
  const tenths = Math.round(n / 100_000);
  return `${fmt(Math.trunc(tenths / 10))}.${Math.abs(tenths % 10)} million`;
}

/** "1 month", "3 months": a count with its noun in the right number. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${fmt(n)} ${n === 1 ? one : many}`;
}

/** "Germany's", "United States'": the English possessive of a name. */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}
