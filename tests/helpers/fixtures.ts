import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DraftFile } from '../../shared/report/draft-file';

export const fixturePath = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** A draft file as read from JSON: its format not yet checked against DRAFT_FORMAT. */
export type DraftFixture = Omit<DraftFile, 'format'> & { format: string };

export const readFixture = (name: string): DraftFixture => JSON.parse(readFileSync(fixturePath(name), 'utf8')) as DraftFixture;

export const GOOD_SAMPLE = 'sample-tamduong.json';
export const BAD_SAMPLE = 'sample-invalid.json';
