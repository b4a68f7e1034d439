import { listCampaigns, useCampaign } from '../campaigns/campaign-list';
import { previewCampaignFile, setupFromCampaign } from '../campaigns/campaign-setup';
import type { ServiceContext } from '../context';
import type { HandlerPart } from './types';

const bytesOf = (b64: string): Buffer => Buffer.from(b64, 'base64');

export const campaignHandlers = (ctx: ServiceContext): HandlerPart<'listCampaigns' | 'useCampaign' | 'previewCampaignFile' | 'setupFromCampaign'> => ({
  listCampaigns: () => listCampaigns(ctx),
  useCampaign: ({ id }) => useCampaign(ctx, id),
  previewCampaignFile: ({ file }) => previewCampaignFile(bytesOf(file.dataBase64)),
  setupFromCampaign: async ({ file, unitCode, fingerprint }) => (await setupFromCampaign(ctx, bytesOf(file.dataBase64), unitCode, fingerprint)).profile,
});
