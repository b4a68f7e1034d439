// Builds a reporting unit's package with the real CLI, in the unit's own data folder.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { tongket } from './cli';
import { GOOD_SAMPLE, readFixture } from './fixtures';

export interface UnitSide {
  unitCode: string;
  data: string;
  out: string;
  pubFile: string;
  fingerprint: string;
}

const ok = (args: string[]) => {
  const r = tongket(args);
  expect(r.stderr, args.join(' ')).toBe('');
  expect(r.code, args.join(' ')).toBe(0);
  return r;
};

/** Setup, load the sample (or `draft`) under this unit's code, export revision 1, and write the unit's .pub. */
export function makeUnit(root: string, unitCode: string, draft: object = { ...readFixture(GOOD_SAMPLE), unitCode }): UnitSide {
  const data = join(root, unitCode, 'data');
  const out = join(root, unitCode, 'out');
  ok(['--data', data, 'setup', '--unit', unitCode, '--signer', 'Người Ký Thử', '--title', 'CHỦ TỊCH']);
  const file = join(root, unitCode, 'draft.json');
  writeFileSync(file, JSON.stringify(draft));
  ok(['--data', data, 'draft', 'load', file]);
  ok(['--data', data, 'export', '--out', out]);
  const pubFile = join(root, unitCode, `${unitCode}.pub`);
  const keyOut = ok(['--data', data, '--json', 'key', 'export', '--out', pubFile]);
  return { unitCode, data, out, pubFile, fingerprint: (JSON.parse(keyOut.stdout) as { fingerprint: string }).fingerprint };
}

/** Opens revision 2 with a reason, changes one number, and exports it. */
export function reviseUnit(u: UnitSide, reason: string): void {
  ok(['--data', u.data, 'draft', 'revise', '--reason', reason]);
  const shown = JSON.parse(ok(['--data', u.data, 'draft', 'show', '--json']).stdout) as { values: Record<string, unknown> };
  shown.values['s3.sessions'] = Number(shown.values['s3.sessions']) + 1;
  const file = join(u.out, '..', 'r2.json');
  writeFileSync(file, JSON.stringify(shown));
  ok(['--data', u.data, 'draft', 'load', file]);
  ok(['--data', u.data, 'export', '--out', u.out]);
}

/**
 * A package with one byte of the DOCX changed, as a damaged or edited attachment would be. The DOCX is
 * the last entry and stored, so a byte just before the central directory is in its data: the hash
 * check fails (E_HASH).
 */
export function tampered(bytes: Buffer): Buffer {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const cdOffset = bytes.readUInt32LE(eocd + 16);
  const copy = Buffer.from(bytes);
  copy[cdOffset - 500] = (copy[cdOffset - 500] as number) ^ 0xff;
  return copy;
}

export const packageOf = (u: UnitSide, revision = 1): string => join(u.out, `${u.unitCode}_1563-TK-2023_r${revision}.tongket`);
export const packageBytes = (u: UnitSide, revision = 1): Buffer => readFileSync(packageOf(u, revision));
export const filesIn = (dir: string): string[] => readdirSync(dir).sort();
