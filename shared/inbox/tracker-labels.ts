// What the tracker says about each unit, in the words of the office, shared by the window and the
// XLSX so that both name a status and count the days the same way.
import type { ReceivedBasis, TrackerRow, TrackerStatus } from '../api/inbox-types';
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

/** How the time received was established, as the tracker and the import line say it. */
export const RECEIVED_BASIS_VI: Readonly<Record<ReceivedBasis, string>> = {
  'mail-server': 'theo máy chủ thư của cơ quan (dòng Received trên cùng)',
  import: 'theo lúc nhập vào TongKet',
};

/** Shown for packages imported before the basis was recorded. */
export const RECEIVED_BASIS_UNKNOWN_VI = 'không ghi (nhập trước khi TongKet ghi cách xác định)';

/** The signed createdAt (the sender's clock) is after the time received: one of the two is wrong. */
export const createdAfterReceived = (createdAt: string, receivedAt: string): boolean => Date.parse(createdAt) > Date.parse(receivedAt);
