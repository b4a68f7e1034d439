// The receiving unit's campaign at a glance: how many expected units are in each state, the days to
// its own deadline, packages held for a key, and what to do next about each unit, with links.
import type { NextAction, ReceivingHome } from '../../../shared/api/review-types';
import { formatShortDate } from '../../../shared/format/vi';
import type { Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { SOURCE_TEXT } from '../common/SourceText';
import { routeHref } from '../../routing/route';

const COUNTS: { key: keyof ReceivingHome; label: MessageKey; tone: string }[] = [
  { key: 'expected', label: 'arrivals.expected', tone: 'neutral' },
  { key: 'onTime', label: 'status.on-time', tone: 'ok' },
  { key: 'late', label: 'status.late', tone: 'warn' },
  { key: 'returned', label: 'status.returned', tone: 'error' },
  { key: 'accepted', label: 'status.accepted', tone: 'done' },
  { key: 'waitingKey', label: 'arrivals.waitingKey', tone: 'warn' },
  { key: 'missing', label: 'status.missing', tone: 'empty' },
];

function actionLink(a: NextAction): string {
  switch (a.kind) {
    case 'read':
    case 'await-revision':
      return a.inboxId ? routeHref({ page: 'received', id: a.inboxId }) : routeHref({ page: 'tracker' });
    case 'confirm-key':
      return routeHref({ page: 'inbox' });
    default:
      return routeHref({ page: 'tracker' });
  }
}

function actionText(a: NextAction, t: Translate): string {
  switch (a.kind) {
    case 'read':
      return t('arrivals.action.read', { n: a.revision ?? 0 });
    case 'await-revision':
      return t('arrivals.action.await', { n: a.revision ?? 0 });
    case 'confirm-key':
      return t('arrivals.action.confirmKey');
    case 'resolve-conflict':
      return t('arrivals.action.conflict');
    case 'remind':
      if (a.daysLeft === null) return t('arrivals.action.remind');
      if (a.daysLeft > 0) return t('arrivals.action.remindLeft', { n: a.daysLeft });
      return a.daysLeft === 0 ? t('arrivals.action.remindToday') : t('arrivals.action.remindOverdue', { n: -a.daysLeft });
  }
}

function ownDeadlineText(h: ReceivingHome, t: Translate): string {
  if (!h.ownDeadline || h.ownDaysLeft === null) return t('arrivals.noDeadline');
  const date = formatShortDate(h.ownDeadline);
  if (h.ownDaysLeft > 0) return t('arrivals.deadlineLeft', { date, n: h.ownDaysLeft });
  return h.ownDaysLeft === 0 ? t('arrivals.deadlineToday', { date }) : t('arrivals.deadlineOverdue', { date, n: -h.ownDaysLeft });
}

export function ReceivingHomePanel({ home, t }: { home: ReceivingHome; t: Translate }) {
  return (
    <section className="panel desk-home" aria-labelledby="h-desk" data-testid="receiving-home">
      <h2 id="h-desk">{t('arrivals.title')}</h2>
      <p className="lead" data-testid="own-deadline">
        {ownDeadlineText(home, t)}
      </p>
      <ul className="desk-counts">
        {COUNTS.map((c) => (
          <li key={c.key} className={`desk-count desk-${c.tone}`} data-testid={`count-${c.key}`}>
            <span className="desk-number">{String(home[c.key])}</span>
            <span className="desk-label">{t(c.label)}</span>
          </li>
        ))}
      </ul>
      {home.heldPackages > 0 ? (
        <p className="alert alert-warn" data-testid="held-packages">
          {t('arrivals.held', { n: home.heldPackages })} <a href={routeHref({ page: 'inbox' })}>{t('arrivals.toInbox')}</a>
        </p>
      ) : null}
      {home.conflicts > 0 ? (
        <p className="alert alert-error" data-testid="conflicts">
          {t('arrivals.conflicts', { n: home.conflicts })}
        </p>
      ) : null}
      <h3>{t('arrivals.next')}</h3>
      {home.actions.length === 0 ? (
        <p className="muted">{t('arrivals.nothing')}</p>
      ) : (
        <ul className="desk-actions" data-testid="next-actions">
          {home.actions.map((a) => (
            <li key={`${a.kind}-${a.unitCode}`} data-unit={a.unitCode} data-kind={a.kind}>
              <span className="unit-name" {...SOURCE_TEXT}>{a.unitName}</span> — <a href={actionLink(a)}>{actionText(a, t)}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
