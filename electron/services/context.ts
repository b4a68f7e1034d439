// Everything a handler needs, built once per open database. No globals: tests make as many as they like.
import type { Clock } from './clock';
import type { Db } from './db/open-database';
import { createCampaignRepo, type CampaignRepo } from './repos/campaign-repo';
import { createProfileRepo, type ProfileRepo } from './repos/profile-repo';
import { createReportRepo, type ReportRepo } from './repos/report-repo';
import { createUnitsRepo, type UnitsRepo } from './repos/units-repo';

export interface ServiceContext {
  db: Db;
  clock: Clock;
  units: UnitsRepo;
  profiles: ProfileRepo;
  campaigns: CampaignRepo;
  reports: ReportRepo;
}

export function createContext(db: Db, clock: Clock): ServiceContext {
  const ctx: ServiceContext = {
    db,
    clock,
    units: createUnitsRepo(db),
    profiles: createProfileRepo(db),
    campaigns: createCampaignRepo(db),
    reports: createReportRepo(db),
  };
  ctx.campaigns.ensureBuiltins(clock().toISOString());
  return ctx;
}
