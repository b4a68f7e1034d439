/** Percentiles of a list of durations in milliseconds. */
export function summarize(samples: number[]): { p50: number; p95: number; max: number; n: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? Number.NaN, n: s.length };
}

export const ms = (n: number): string => `${n.toFixed(2)} ms`;

export function report(name: string, samples: number[], targetP95?: number): void {
  const r = summarize(samples);
  const verdict = targetP95 === undefined ? '' : r.p95 <= targetP95 ? `  ✓ (mục tiêu p95 ≤ ${targetP95} ms)` : `  ✗ VƯỢT mục tiêu p95 ≤ ${targetP95} ms`;
  console.log(`${name.padEnd(44)} n=${r.n}  p50=${ms(r.p50)}  p95=${ms(r.p95)}  max=${ms(r.max)}${verdict}`);
}
