/** A copy of `record` without `key` (records are replaced, never mutated, so that React sees changes). */
export const without = <V>(record: Record<string, V>, key: string): Record<string, V> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
