// How many units are in each status, as horizontal bars drawn with CSS: no chart library, readable by
// screen readers as a plain list ("Chưa nhận: 6 đơn vị"), and a bar that is a filter shortcut.
import type { TrackerStatus } from '../../../shared/api/inbox-types';
import { TRACKER_STATUSES } from '../../../shared/inbox/tracker-labels';
import type { Translate } from '../../i18n/i18n';

export interface StatusChartProps {
  counts: Record<TrackerStatus, number>;
  active: TrackerStatus | 'all';
  onPick(status: TrackerStatus | 'all'): void;
  t: Translate;
}

export function StatusChart({ counts, active, onPick, t }: StatusChartProps) {
  const total = TRACKER_STATUSES.reduce((n, s) => n + counts[s], 0);
  const max = Math.max(1, ...TRACKER_STATUSES.map((s) => counts[s]));
  return (
    <figure className="status-chart" aria-labelledby="status-chart-caption">
      <figcaption id="status-chart-caption">
        {t('tracker.chart')} <span className="muted">· {t('tracker.chartTotal', { n: total })}</span>
      </figcaption>
      <ul>
        {TRACKER_STATUSES.map((s) => (
          <li key={s} className={`bar-row status-${s}`} data-status={s}>
            <button
              type="button"
              className="bar-button"
              aria-pressed={active === s}
              onClick={() => onPick(active === s ? 'all' : s)}
              title={t('tracker.chartFilter')}
            >
              <span className="bar-label">{t(`status.${s}`)}</span>
              <span className="bar-track" aria-hidden="true">
                {counts[s] ? <span className="bar-fill" style={{ width: `${(counts[s] / max) * 100}%` }} /> : null}
              </span>
              <span className="bar-count" data-testid={`count-${s}`}>
                {t('tracker.units', { n: counts[s] })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </figure>
  );
}
