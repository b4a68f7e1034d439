// Everything a handler needs, built once per open database. No globals: tests make as many as they like.
import type { Clock } from './clock';
import type { Db } from './db/open-database';
import type { HostHooks } from './host';
import { createInboxRepo, type InboxRepo } from './inbox/inbox-repo';
import { createReceivedRepo, type ReceivedRepo } from './receipts/received-repo';
import { createCampaignRepo, type CampaignRepo } from './repos/campaign-repo';
import { createExportsRepo, type ExportsRepo } from './repos/exports-repo';
import { createProfileRepo, type ProfileRepo } from './repos/profile-repo';
import { createReportRepo, type ReportRepo } from './repos/report-repo';
import { createUnitsRepo, type UnitsRepo } from './repos/units-repo';
import { createAttachmentsRepo, type AttachmentsRepo } from './repos/attachments-repo';
import { createKeyStore, type KeyStore } from './signing/key-store';

export interface ServiceContext {
  db: Db;
  clock: Clock;
  units: UnitsRepo;
  profiles: ProfileRepo;
  campaigns: CampaignRepo;
  reports: ReportRepo;
  exports: ExportsRepo;
  keys: KeyStore;
  inbox: InboxRepo;
  receipts: ReceivedRepo;
  host: HostHooks;
  attachments: AttachmentsRepo;
}

export function createContext(db: Db, clock: Clock, host: HostHooks, { readOnly = false }: { readOnly?: boolean } = {}): ServiceContext {
  const ctx: ServiceContext = {
    db,
    clock,
    units: createUnitsRepo(db),
    profiles: createProfileRepo(db),
    campaigns: createCampaignRepo(db),
    reports: createReportRepo(db),
    exports: createExportsRepo(db),
    keys: createKeyStore(db),
    inbox: createInboxRepo(db),
    receipts: createReceivedRepo(db),
    host,
    attachments: createAttachmentsRepo(db),
  };
  // A read-only view reads the campaigns as the last writer left them.
  if (!readOnly) ctx.campaigns.ensureBuiltins(clock().toISOString());
  return ctx;
}
