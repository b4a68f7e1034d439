// `data/sources.json` of a package built from other packages (the province's, sent upward): which unit
// packages it was built from, by manifest and package hash, and which expected units were not counted.
// It is an entry of the signed manifest like any other, so the signature covers it.
import { z } from 'zod';
import { UNIT_CODE } from '../units/directory';

export const SOURCES_ENTRY = 'data/sources.json';
export const SOURCES_FORMAT = 'tongket.sources/1';

const SHA256 = z.string().regex(/^[0-9a-f]{64}$/, 'phải là SHA-256 dạng hex');

export const SourcesSchema = z
  .object({
    format: z.literal(SOURCES_FORMAT),
    campaignId: z.string().min(1).max(80),
    /** Which revision of each unit counted: the latest accepted, or the latest received. */
    basis: z.enum(['accepted', 'received']),
    units: z
      .array(
        z
          .object({
            unitCode: UNIT_CODE,
            unitName: z.string().max(200),
            revision: z.number().int().min(1),
            manifestSha256: SHA256,
            packageSha256: SHA256,
            receivedAt: z.iso.datetime(),
            /** totals: its figures are in the totals; text: passages of it were taken into the report. */
            usedFor: z.array(z.enum(['totals', 'text'])).min(1),
          })
          .strict(),
      )
      .max(5_000),
    notCounted: z
      .array(z.object({ unitCode: UNIT_CODE, status: z.string().min(1).max(40), reason: z.string().max(4_000) }).strict())
      .max(5_000),
  })
  .strict();

export type Sources = z.infer<typeof SourcesSchema>;
export type SourceUnit = Sources['units'][number];
