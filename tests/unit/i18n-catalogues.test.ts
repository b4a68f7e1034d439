// The catalogues are spread into one object per language: a key defined in two files silently takes
// the later file's text (the campaign desk once showed the receiving home's title). Each key lives in
// exactly one catalogue file.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(__dirname, '..', '..', 'renderer', 'i18n');

async function keysByFile(lang: 'vi' | 'en'): Promise<Map<string, string[]>> {
  const files = readdirSync(DIR).filter((n) => (n === `${lang}.ts` || n.startsWith(`${lang}-`)) && n !== 'en-plurals.ts');
  const where = new Map<string, string[]>();
  for (const file of files) {
    const mod = (await import(join(DIR, file))) as Record<string, unknown>;
    // The base file also exports the merged catalogue; only its own part (viBase, enBase) counts there.
    const own = Object.entries(mod)
      .filter(([name]) => file !== `${lang}.ts` || name === `${lang}Base`)
      .map(([, v]) => v)
      .filter((v): v is Record<string, string> => typeof v === 'object' && v !== null);
    for (const catalogue of own) for (const key of Object.keys(catalogue)) where.set(key, [...(where.get(key) ?? []), file]);
  }
  return where;
}

describe('message catalogues', () => {
  it.each(['vi', 'en'] as const)('define each %s key in one file only', async (lang) => {
    const twice = [...(await keysByFile(lang))].filter(([, files]) => files.length > 1).map(([key, files]) => `${key}: ${files.join(', ')}`);
    expect(twice).toEqual([]);
  });
});
