// The province's synthesis as data: which package of each unit was used, the totals with their
// coverage, recomputed rates, and the units that were not counted with what they would have changed.
// JSON-friendly throughout, so that it crosses the API to the renderer as it is.
import type { FieldKey, PeriodId } from '../campaign/model';

/** Which revision of a unit counts: the latest one the province accepted, or the latest one received. */
export type Basis = 'accepted' | 'received';

/** One package the inbox holds, without its data (the data is read only for the packages chosen). */
export interface Candidate {
  inboxId: number;
  unitCode: string;
  revision: number;
  manifestSha256: string;
  packageSha256: string;
  state: 'held' | 'refused' | 'current' | 'superseded' | 'conflict';
  /** The province's last decision on this package, if any. */
  review: 'accepted' | 'returned' | null;
  receivedAt: string;
}

export interface ExpectedUnit {
  code: string;
  /** The short name printed in tables, e.g. "LĐLĐ huyện Tam Đường". */
  name: string;
}

/** The data of one package, as the unit sent it (`data/report.json`). */
export interface UnitReport {
  templateId: string;
  templateVersion: number;
  values: Readonly<Record<string, unknown>>;
  explanations: Readonly<Record<string, string>>;
}

/**
 * What became of a unit:
 * counted — its package is in the totals; missing — nothing received; held — only packages signed by a
 * key nobody confirmed; not-accepted — received but not yet accepted (basis "accepted"); conflict — two
 * different packages under its latest revision and no decision between them; invalid — its data breaks
 * error rules of the template; template — written against another template; unexpected — not a unit
 * below this one in the directory.
 */
export type UnitStatus = 'counted' | 'missing' | 'held' | 'not-accepted' | 'conflict' | 'invalid' | 'template' | 'unexpected';

export interface PackageRef {
  revision: number;
  manifestSha256: string;
  packageSha256: string;
  receivedAt: string;
  review: 'accepted' | 'returned' | null;
}

/** Why a counted unit has no value for a field: left empty, or absent from the older template it used. */
export type BlankReason = 'empty' | 'older-template';

export interface UnitResult {
  unitCode: string;
  unitName: string;
  status: UnitStatus;
  counted: boolean;
  /** The package used (counted), or the one whose numbers are shown as the effect (not counted). */
  source: PackageRef | null;
  /** Other packages that matter to the decision: the conflicting ones, a newer one not yet accepted. */
  others: PackageRef[];
  /** What was done with this unit and why, in Vietnamese sentences. */
  notes: string[];
  /** The error rules its data breaks (status invalid). */
  errors: string[];
  /** Its numbers by field key: used in the totals when counted, or what it would add when not. */
  values: Record<FieldKey, number>;
  /** Fields a counted unit left without a number, so that their totals lack it. */
  blank: { key: FieldKey; reason: BlankReason }[];
}

export interface TotalCell {
  key: FieldKey;
  /** The sum over counted units that gave a number; null when none did. */
  value: number | null;
  /** How many counted units gave a number. */
  units: number;
  /** Counted units without a number here. */
  lacking: string[];
  /** What the units that were not counted would add, where they have a number. */
  notCounted: number;
}

export interface RateCell {
  /** Indicator id (appendix) or field key (section), with the period for appendix rates. */
  id: string;
  period: PeriodId | null;
  label: string;
  numerator: FieldKey;
  denominator: FieldKey;
  /** Percent (× 100) of the summed parts; null when the denominator is missing or 0. */
  value: number | null;
}

/** One appendix row at every point in time and the changes between consecutive ones, in template order. */
export interface IndicatorLine {
  indicatorId: string;
  groupId: string;
  label: string;
  unit: string;
  kind: 'sum' | 'ratio';
  /** One value per point in time of the template, in its order; null when no counted unit gave one. */
  values: (number | null)[];
  /** values[i + 1] − values[i] (in points for rates); null when either is missing. One fewer than the points. */
  changes: (number | null)[];
}

export interface Flag {
  kind: 'size' | 'change';
  unitCode: string;
  key: FieldKey;
  message: string;
  /** The unit's written explanation of the figure, when it gave one. */
  explanation: string | null;
}

export interface Aggregate {
  basis: Basis;
  templateId: string;
  templateVersion: number;
  /** Expected units in directory order, then any unexpected ones. */
  units: UnitResult[];
  totals: Record<FieldKey, TotalCell>;
  rates: RateCell[];
  indicators: IndicatorLine[];
  flags: Flag[];
  counts: { expected: number; counted: number; notCounted: number; missing: number };
  /** Sentences about the totals as a whole (coverage that differs between fields, between dates). */
  notes: string[];
}
