// Days left to a deadline, counted in calendar days in Vietnam's time zone, and how urgent that is.
import { isoDateInZone } from '../../../shared/format/vi';

export type Urgency = 'calm' | 'soon' | 'urgent';

/** Amber from this many days before the deadline; red from the last day and after it. */
export const SOON_DAYS = 5;
export const URGENT_DAYS = 1;

export function daysLeft(deadlineIso: string, now: Date): number {
  const today = isoDateInZone(now);
  return Math.round((Date.parse(`${deadlineIso}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export const urgency = (days: number): Urgency => (days <= URGENT_DAYS ? 'urgent' : days <= SOON_DAYS ? 'soon' : 'calm');
