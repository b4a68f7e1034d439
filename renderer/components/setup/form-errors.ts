// The services answer a refused form with "field: message" problems; this spreads them onto the form.
import { AppError } from '../../../shared/errors';

export function problemsByField(e: unknown, known: readonly string[]): { byField: Record<string, string>; general: string | null } {
  if (!(e instanceof AppError)) return { byField: {}, general: e instanceof Error ? e.message : String(e) };
  const byField: Record<string, string> = {};
  for (const p of e.details?.problems ?? []) {
    const m = /^([A-Za-z]+): (.*)$/.exec(p);
    if (m?.[1] && m[2] && known.includes(m[1])) byField[m[1]] ??= m[2];
  }
  return { byField, general: Object.keys(byField).length ? null : e.message };
}
