// The visible save state: "Đang lưu…" while changes travel, "Đã lưu lúc 14:05" once the services
// confirmed them, and a warning when a field was refused or the connection dropped.
import { formatDateTime } from '../../../shared/format/vi';
import type { Translate } from '../../i18n/i18n';

export interface SaveStatusProps {
  unsaved: number;
  errorCount: number;
  offline: boolean;
  lastSavedAt: string | null;
  frozen: boolean;
  /** Where the first refused change is (a link), so that the warning says which field, on any page. */
  refusedHref?: string | null;
  t: Translate;
}

export function SaveStatus({ unsaved, errorCount, offline, lastSavedAt, frozen, refusedHref, t }: SaveStatusProps) {
  let tone = 'ok';
  let text: string;
  if (frozen) text = t('save.frozen');
  else if (unsaved > 0 || offline) {
    tone = offline ? 'warn' : 'busy';
    text = t('save.pending');
  } else if (errorCount > 0) {
    tone = 'error';
    text = t('save.error');
  } else if (lastSavedAt) {
    text = t('save.saved', { time: formatDateTime(new Date(lastSavedAt)).split(' ')[1] ?? '' });
  } else {
    tone = 'idle';
    text = t('save.never');
  }
  return (
    <p className={`save-status save-${tone}`} role="status" aria-live="polite" data-testid="save-status">
      <span className="save-dot" aria-hidden="true" />
      {tone === 'error' && refusedHref ? <a href={refusedHref}>{text}</a> : text}
    </p>
  );
}
