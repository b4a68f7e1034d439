// The province's package for the level above: pre-fill the report from the totals (typed values kept),
// then the same export as any unit's — checked, signed, frozen, its bytes kept — with the province's
// documents and `data/sources.json`, the unit packages it was built from, signed with the rest.
// A preview writes the two documents only.
import { join } from 'node:path';
import type { ProvinceExportResult, ProvincePreviewResult } from '../../../shared/api/province-types';
import type { Basis } from '../../../shared/aggregate/types';
import { isoDateInZone } from '../../../shared/format/vi';
import { SOURCES_ENTRY, SourcesSchema, type Sources } from '../../../shared/package/sources';
import type { ServiceContext } from '../context';
import { currentDraft } from '../draft/draft-state';
import { exportReport } from '../export/export-report';
import { writeFileAtomic } from '../fs/atomic-write';
import { openSafeZip } from '../package/zip-read';
import { draftAudit } from './draft-audit';
import { fillProvinceDraft } from './fill-draft';
import { loadProvinceData, type ProvinceData } from './province-data';
import { buildSources, renderProvinceDocuments } from './province-report';

function outcome(data: ProvinceData, fill: { changed: number; kept: ProvinceExportResult['kept'] }) {
  const { counts, basis } = data.aggregate;
  return { basis, unitsCounted: counts.counted, unitsExpected: counts.expected, filled: fill.changed, kept: fill.kept };
}

/** Pre-fills an editable draft; a frozen one is what was sent and stays as it is. */
function prefill(ctx: ServiceContext, data: ProvinceData, basis: Basis) {
  if (currentDraft(ctx).report.status === 'frozen') return { changed: 0, kept: [] };
  return fillProvinceDraft(ctx, basis, false, data);
}

export async function previewProvince(ctx: ServiceContext, folder: string, basis: Basis): Promise<ProvincePreviewResult> {
  const data = loadProvinceData(ctx, basis);
  const fill = prefill(ctx, data, basis);
  const state = currentDraft(ctx);
  const docs = await renderProvinceDocuments(ctx, data, state, isoDateInZone(ctx.clock()));
  const base = `${data.profile.unit.code}_${state.campaign.id}_r${state.report.revision}-du-thao`;
  const files = [
    { name: `${base}.docx`, data: docs.docx },
    { name: `${base}.xlsx`, data: docs.xlsx },
  ];
  for (const f of files) writeFileAtomic(join(folder, f.name), f.data);
  return { ...outcome(data, fill), folder, files: files.map((f) => ({ name: f.name, size: f.data.length })) };
}

async function storedSources(pkg: Buffer): Promise<Sources | null> {
  const zip = await openSafeZip(pkg);
  try {
    return zip.entry(SOURCES_ENTRY) ? SourcesSchema.parse(JSON.parse((await zip.read(SOURCES_ENTRY)).toString('utf8'))) : null;
  } finally {
    zip.close();
  }
}

const countedSet = (s: Sources): string => s.units.filter((u) => u.usedFor.includes('totals')).map((u) => u.manifestSha256).sort().join(',');

export async function exportProvince(ctx: ServiceContext, folder: string, basis: Basis): Promise<ProvinceExportResult> {
  const data = loadProvinceData(ctx, basis);
  const fill = prefill(ctx, data, basis);
  const state = currentDraft(ctx);
  const current = buildSources(ctx, state.campaign.id, data.aggregate, draftAudit(ctx, state.campaign.id, state.report.unitCode).sources);
  const { counts } = data.aggregate;
  const result = await exportReport(ctx, folder, {
    render: async (issuedOn) => renderProvinceDocuments(ctx, data, state, issuedOn),
    dataFiles: [{ path: SOURCES_ENTRY, data: Buffer.from(`${JSON.stringify(current, null, 2)}\n`), mediaType: 'application/json' }],
    summary: { unitsExpected: counts.expected, unitsCounted: counts.counted },
  });
  // Written again: what was sent is the stored package, built from the sources of that day.
  const stored = ctx.exports.forReport(state.report.id);
  const sent = result.repeated && stored ? await storedSources(stored.package) : current;
  return {
    ...result,
    ...outcome(data, fill),
    sources: (sent?.units ?? []).map((u) => ({ unitCode: u.unitCode, revision: u.revision, manifestSha256: u.manifestSha256, packageSha256: u.packageSha256, usedFor: u.usedFor })),
    stale: sent === null || countedSet(sent) !== countedSet(current),
  };
}
