// English singular forms of the messages counted by {n}: chosen by Intl.PluralRules ("1 day left"),
// the catalog's text being the plural. Vietnamese nouns do not change with the count.
import type { MessageKey } from './vi';

export const enSingular: Partial<Record<MessageKey, string>> = {
  'deadline.daysLeft': '{n} day left',
  'deadline.overdue': '{n} day overdue',
  'deadline.sentLate': 'Sent on {date} ({n} day late).',
  'state.errors': '{n} error',
  'state.warnings': '{n} warning',
  'days.left': '{n} day left',
  'days.overdue': '{n} day overdue',
  'days.early': '{n} day early',
  'days.late': '{n} day late',
  'tracker.units': '{n} unit',
  'tracker.chartTotal': '{n} unit in all',
  'tracker.held': '{n} package awaits key confirmation',
  'tracker.exported': 'Wrote the tracker ({n} unit) to {path}',
  'keys.released': '{n} held package or receipt was released.',
  'synthesis.filled': '{n} field filled.',
  'synthesis.kept': 'Typed numbers kept in {n} field that differs from the totals.',
  'synthesis.inserted': '{n} passage inserted',
  'table.pasted': '{n} row pasted.',
  'table.pasteDropped': 'The table holds at most {max} rows: {n} pasted row was left out.',
  'table.useSuggested': 'Use the {n} suggested row',
};
