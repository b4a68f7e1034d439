// The province's documents: its own report (the current draft, pre-filled and compiled) with the
// per-unit appendix, and the consolidated workbook — one model, the same renderers as every unit's.
import type { Aggregate } from '../../../shared/aggregate/types';
import type { SourceRecord } from '../../../shared/aggregate/compile';
import { buildProvinceDocument } from '../../../shared/documents/province/build';
import { statusNote } from '../../../shared/documents/province/status-table';
import type { ReportDocument } from '../../../shared/documents/model';
import { SOURCES_FORMAT, type SourceUnit, type Sources } from '../../../shared/package/sources';
import type { ServiceContext } from '../context';
import { renderDocx, renderPdf, renderXlsx } from '../documents/index';
import type { DraftState } from '../draft/draft-state';
import type { ProvinceData } from './province-data';

export interface ProvinceDocuments {
  model: ReportDocument;
  docx: Buffer;
  xlsx: Buffer;
  pdf: Buffer;
}

export async function renderProvinceDocuments(ctx: ServiceContext, data: ProvinceData, state: DraftState, issuedOn: string): Promise<ProvinceDocuments> {
  const model = buildProvinceDocument({
    campaign: state.campaign,
    profile: data.profile,
    values: ctx.reports.values(state.report.id),
    explanations: ctx.reports.explanations(state.report.id),
    issuedOn,
    aggregate: data.aggregate,
  });
  const [docx, xlsx, pdf] = await Promise.all([renderDocx(model), renderXlsx(model), renderPdf(model)]);
  return { model, docx, xlsx, pdf };
}

/**
 * The unit packages the report was built from: every counted one (its figures are in the totals) and
 * every one a passage was taken from, with the hashes the inbox recorded when it verified them.
 */
export function buildSources(ctx: ServiceContext, campaignId: string, agg: Aggregate, passages: SourceRecord[]): Sources {
  const units = new Map<string, SourceUnit>();
  for (const u of agg.units) {
    if (!u.counted || !u.source) continue;
    units.set(u.source.manifestSha256, {
      unitCode: u.unitCode,
      unitName: u.unitName,
      revision: u.source.revision,
      manifestSha256: u.source.manifestSha256,
      packageSha256: u.source.packageSha256,
      receivedAt: u.source.receivedAt,
      usedFor: ['totals'],
    });
  }
  for (const p of passages) {
    const known = units.get(p.manifestSha256);
    if (known) {
      if (!known.usedFor.includes('text')) known.usedFor.push('text');
      continue;
    }
    const row = ctx.inbox.byManifest(p.manifestSha256);
    if (!row) continue;
    units.set(p.manifestSha256, {
      unitCode: row.unitCode,
      unitName: ctx.units.get(row.unitCode)?.shortName ?? row.unitCode,
      revision: row.revision,
      manifestSha256: row.manifestSha256,
      packageSha256: row.packageSha256,
      receivedAt: row.receivedAt,
      usedFor: ['text'],
    });
  }
  return {
    format: SOURCES_FORMAT,
    campaignId,
    basis: agg.basis,
    units: [...units.values()].sort((a, b) => (a.unitCode === b.unitCode ? a.revision - b.revision : a.unitCode < b.unitCode ? -1 : 1)),
    notCounted: agg.units.filter((u) => !u.counted).map((u) => ({ unitCode: u.unitCode, status: u.status, reason: statusNote(u).slice(0, 4_000) })),
  };
}
