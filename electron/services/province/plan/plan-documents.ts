// Writes the plan's documents (survey report, speakers' list, commendations) to the folder the host
// chose, rendered by the same DOCX/XLSX renderers as every report. File names carry the unit, the
// campaign and the document, so that the three never overwrite one another or a report.
import { join } from 'node:path';
import type { Basis } from '../../../../shared/aggregate/types';
import type { ReportDocument } from '../../../../shared/documents/model';
import { isoDateInZone } from '../../../../shared/format/vi';
import { buildCommendationsDocument, buildSpeakersDocument, buildSurveyDocument, type PlanDocInput } from '../../../../shared/plan/documents';
import type { PlanDocResult } from '../../../../shared/plan/types';
import type { ServiceContext } from '../../context';
import { renderDocx, renderXlsx } from '../../documents/index';
import { writeFileAtomic } from '../../fs/atomic-write';
import { commendationsView } from './commendations';
import { planScope } from './plan-scope';
import { speakersView } from './speakers';
import { listSurveyVisits } from './survey';

function input(ctx: ServiceContext): PlanDocInput {
  const { campaign, profile } = planScope(ctx);
  return { campaign, profile, issuedOn: isoDateInZone(ctx.clock()) };
}

async function write(ctx: ServiceContext, folder: string, doc: ReportDocument, name: string, withXlsx: boolean): Promise<PlanDocResult> {
  const { campaign, profile } = planScope(ctx);
  const base = `${profile.unit.code}_${campaign.id}_${name}`;
  const files = [{ name: `${base}.docx`, data: await renderDocx(doc) }];
  if (withXlsx) files.push({ name: `${base}.xlsx`, data: await renderXlsx(doc) });
  for (const f of files) writeFileAtomic(join(folder, f.name), f.data);
  return { folder, files: files.map((f) => ({ name: f.name, size: f.data.length })) };
}

export async function exportSurveyReport(ctx: ServiceContext, folder: string): Promise<PlanDocResult> {
  return write(ctx, folder, buildSurveyDocument(input(ctx), listSurveyVisits(ctx)), 'bao-cao-khao-sat', false);
}

export async function exportSpeakers(ctx: ServiceContext, folder: string, basis: Basis): Promise<PlanDocResult> {
  const view = speakersView(ctx, basis);
  return write(ctx, folder, buildSpeakersDocument(input(ctx), view.picked, view.rows), 'tham-luan', false);
}

export async function exportCommendations(ctx: ServiceContext, folder: string, basis: Basis): Promise<PlanDocResult> {
  return write(ctx, folder, buildCommendationsDocument(input(ctx), commendationsView(ctx, basis).rows), 'khen-thuong', true);
}
