// The progress of an import, file by file, announced politely to screen readers.
import type { Translate } from '../../i18n/i18n';

export interface ImportProgressProps {
  running: boolean;
  done: number;
  total: number;
  current: string | null;
  t: Translate;
}

export function ImportProgress({ running, done, total, current, t }: ImportProgressProps) {
  if (total === 0) return null;
  const text = running && current ? t('inbox.checking', { file: current, n: done + 1, total }) : t('inbox.finished', { total });
  return (
    <div className="import-progress" data-testid="import-progress">
      <progress max={total} value={running ? done : total} aria-label={t('inbox.progress')} aria-describedby="import-progress-text" />
      <p id="import-progress-text" role="status" aria-live="polite" className="import-progress-text">
        {text}
      </p>
    </div>
  );
}
