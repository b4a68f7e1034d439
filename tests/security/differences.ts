// The keys on which two flat settings objects differ (missing, extra or other value): the comparison
// behind the hardening tests, so that a test can also show it rejects a weakened copy.
export function differences(actual: object, expected: object): string[] {
  const a = new Map<string, unknown>(Object.entries(actual));
  const e = new Map<string, unknown>(Object.entries(expected));
  const keys = new Set([...a.keys(), ...e.keys()]);
  return [...keys].filter((k) => a.has(k) !== e.has(k) || !Object.is(a.get(k), e.get(k))).sort();
}
