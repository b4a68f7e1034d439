import { m001Initial } from './001-initial';
import { m002DefaultDirectory } from './002-default-directory';
import { m003KeysAndExports } from './003-keys-and-exports';
import { m004InboxAndReceipts } from './004-inbox-and-receipts';
import { m005KeyReplacement } from './005-key-replacement';
import { m006ReceiptIdentity } from './006-receipt-identity';
import { m007ReceivedBasisAndHeldEvents } from './007-received-basis-and-held-events';
import { m008RawInputs } from './008-raw-inputs';
import { m009CampaignFiles } from './009-campaign-files';
import { m010DerivedCampaigns } from './010-derived-campaigns';
import { m011DirectoryAndCampaignDrafts } from './011-directory-and-campaign-drafts';
import { m012ProvincePlan } from './012-province-plan';
import { m013ReportAttachments } from './013-report-attachments';
import type { Migration } from './migration';

/** In order. Append new steps; never edit or reorder a released one. */
export const MIGRATIONS: readonly Migration[] = [m001Initial, m002DefaultDirectory, m003KeysAndExports, m004InboxAndReceipts, m005KeyReplacement, m006ReceiptIdentity, m007ReceivedBasisAndHeldEvents, m008RawInputs, m009CampaignFiles, m010DerivedCampaigns, m011DirectoryAndCampaignDrafts, m012ProvincePlan, m013ReportAttachments];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
