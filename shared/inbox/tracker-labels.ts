// What the tracker says about each unit, in the words of the office, shared by the window and the
// XLSX so that both name a status and count the days the same way.
import type { TrackerRow, TrackerStatus } from '../api/inbox-types';
import { isoDateInZone } from '../format/vi';

/** The order statuses are listed in (chart, filter, sort): from what needs chasing to what is done. */
export const TRACKER_STATUSES: readonly TrackerStatus[] = ['missing', 'late', 'on-time', 'returned', 'accepted'];

export const TRACKER_STATUS_VI: Readonly<Record<TrackerStatus, string>> = {
  missing: 'Chưa nhận',
  'on-time': 'Đúng hạn',
  late: 'Trễ hạn',
  returned: 'Đã trả lại',
  accepted: 'Đã chấp nhận',
};

const dayNumber = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/**
 * Days to spare against the deadline: for a unit not yet heard from, from today (negative when
 * overdue); for a received report, from the day it was received (negative when it came late).
 * Null when the campaign sets no deadline for the unit's level.
 */
export function daysToSpare(row: Pick<TrackerRow, 'deadline' | 'receivedAt' | 'daysLeft'>): number | null {
  if (!row.deadline) return null;
  if (!row.receivedAt) return row.daysLeft;
  return dayNumber(row.deadline) - dayNumber(isoDateInZone(new Date(row.receivedAt)));
}
