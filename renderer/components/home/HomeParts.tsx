// The pieces of the home page: deadline cards, progress of each part, open problems, last save.
import type { ReactNode } from 'react';
import { formatShortDate } from '../../../shared/format/vi';
import type { Translate } from '../../i18n/i18n';
import { routeHref } from '../../routing/route';
import { PartState } from '../editor/PartList';
import type { PartSummary } from '../editor/part-state';
import { daysLeft, urgency } from './deadlines';
import type { SentState } from './sent-state';
import { SOURCE_TEXT } from '../common/SourceText';

export interface DeadlineView {
  id: string;
  label: ReactNode;
  date: string;
}

/** The card's line once the report was sent: the day, and whether that was late; then the decision. */
function sentLine(sent: SentState, deadline: string, t: Translate): { text: string; tone: string } {
  const late = daysLeft(deadline, new Date(`${sent.firstDay}T12:00:00+07:00`));
  const day = formatShortDate(sent.firstDay);
  const base = late < 0 ? t('deadline.sentLate', { date: day, n: -late }) : t('deadline.sent', { date: day });
  switch (sent.kind) {
    case 'sent':
      return { text: base, tone: 'sent' };
    case 'accepted':
      return { text: `${base} ${t('deadline.accepted', { n: sent.revision })}`, tone: 'sent' };
    case 'returned':
      return { text: `${base} ${t('deadline.returned', { n: sent.revision })}`, tone: 'soon' };
    case 'resent':
      return { text: `${base} ${t('deadline.resent', { n: sent.revision, date: formatShortDate(sent.day) })}`, tone: 'sent' };
  }
}

export function DeadlineCards({ deadlines, now, sent, t }: { deadlines: DeadlineView[]; now: Date; sent: SentState | null; t: Translate }) {
  return (
    <ul className="cards">
      {deadlines.map((d) => {
        const days = daysLeft(d.date, now);
        const after = sent ? sentLine(sent, d.date, t) : null;
        const tone = after?.tone ?? urgency(days);
        const left =
          after?.text ?? (days > 0 ? t('deadline.daysLeft', { n: days }) : days === 0 ? t('deadline.today') : t('deadline.overdue', { n: -days }));
        return (
          <li key={d.id} className={`card deadline deadline-${tone}`} data-urgency={tone}>
            <h3 className="card-title">{d.label}</h3>
            <p className="deadline-days">{left}</p>
            <p className="card-note">{t('deadline.date', { date: formatShortDate(d.date) })}</p>
          </li>
        );
      })}
    </ul>
  );
}

export function ProgressTable({ parts, t }: { parts: PartSummary[]; t: Translate }) {
  return (
    <ol className="progress-list">
      {parts.map((p) => (
        <li key={p.id} className="progress-item">
          <a href={routeHref({ page: 'edit', part: p.id, field: null })} className="progress-link">
            <span className="progress-name" {...SOURCE_TEXT}>
              {p.number ? <span className="part-number">{p.number}.</span> : null} {p.title}
            </span>
          </a>
          <span className="progress-meter">
            <progress max={p.total || 1} value={p.filled} aria-label={`${p.number ? t('part.section', { n: p.number }) : t('part.appendix')}: ${t('progress.count', { filled: p.filled, total: p.total })}`} />
            <span className="progress-count">{t('progress.count', { filled: p.filled, total: p.total })}</span>
          </span>
          <PartState part={p} t={t} />
        </li>
      ))}
    </ol>
  );
}

export interface CheckCounts {
  errors: number;
  warnings: number;
  unexplained: number;
}

export function CheckSummary({ counts, t }: { counts: CheckCounts; t: Translate }) {
  const item = (label: string, n: number, tone: string) => (
    <div className={`stat stat-${n > 0 ? tone : 'ok'}`}>
      <dt>{label}</dt>
      <dd>{n}</dd>
    </div>
  );
  return (
    <dl className="stats">
      {item(t('home.errors'), counts.errors, 'error')}
      {item(t('home.warnings'), counts.warnings, 'warn')}
      {item(t('home.unexplained'), counts.unexplained, 'warn')}
    </dl>
  );
}
