import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const fixturePath = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export interface DraftFixture {
  format: string;
  campaignId: string;
  templateId: string;
  templateVersion: number;
  unitCode: string;
  revision: number;
  values: Record<string, unknown>;
  explanations: Record<string, string>;
}

export const readFixture = (name: string): DraftFixture => JSON.parse(readFileSync(fixturePath(name), 'utf8')) as DraftFixture;

export const GOOD_SAMPLE = 'sample-tamduong.json';
export const BAD_SAMPLE = 'sample-invalid.json';
