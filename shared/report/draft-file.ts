// The draft as a file: what `tongket draft show --json` prints and `draft load` reads back. It is also
// `data/report.json` inside a package, so it is strict: unknown keys are refused, not ignored.
import { z } from 'zod';
import { UNIT_CODE } from '../units/directory';

export const DRAFT_FORMAT = 'tongket.draft/1';

export const DraftFileSchema = z
  .object({
    format: z.literal(DRAFT_FORMAT, { error: `Trường "format" phải là "${DRAFT_FORMAT}".` }),
    campaignId: z.string().min(1).max(80),
    templateId: z.string().min(1).max(80),
    templateVersion: z.number().int().min(1),
    unitCode: UNIT_CODE,
    revision: z.number().int().min(1),
    values: z.record(z.string().max(120), z.unknown()),
    explanations: z.record(z.string().max(120), z.string().max(5_000)),
  })
  .strict();

export type DraftFileInput = z.input<typeof DraftFileSchema>;

/** A draft file whose values have been checked against the template. */
export interface DraftFile {
  format: typeof DRAFT_FORMAT;
  campaignId: string;
  templateId: string;
  templateVersion: number;
  unitCode: string;
  revision: number;
  values: Record<string, unknown>;
  explanations: Record<string, string>;
}
