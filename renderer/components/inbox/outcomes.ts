// How each import outcome looks: its label and the badge tone, in one place for every list.
import type { ImportOutcome } from '../../../shared/api/inbox-types';
import type { MessageKey } from '../../i18n/vi';

export const OUTCOME_LABEL: Record<ImportOutcome, MessageKey> = {
  accepted: 'outcome.accepted',
  superseded: 'outcome.superseded',
  older: 'outcome.older',
  duplicate: 'outcome.duplicate',
  held: 'outcome.held',
  conflict: 'outcome.conflict',
  rejected: 'outcome.rejected',
  skipped: 'outcome.skipped',
  receipt: 'outcome.receipt',
};

export const OUTCOME_TONE: Record<ImportOutcome, 'ok' | 'warn' | 'error' | 'empty'> = {
  accepted: 'ok',
  superseded: 'ok',
  receipt: 'ok',
  older: 'empty',
  duplicate: 'empty',
  skipped: 'empty',
  held: 'warn',
  conflict: 'error',
  rejected: 'error',
};
