// Pure parts of the campaign desk: the workbook's problems by sheet and row, the comparison with the
// campaign a draft was copied from, and what issuing wrote (files and a ready e-mail).
import type { CampaignDiff, IssuedDeskCampaign } from '../../../shared/api/desk-types';
import type { WorkbookProblem } from '../../../shared/campaign/workbook/layout';
import type { Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { anchorOf } from './desk-settings';

/** Moves to an entry of the form without touching the hash (the router's). */
export function jumpTo(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  const input = el.matches('input, textarea, select') ? el : el.querySelector<HTMLElement>('input, textarea, select');
  (input ?? el).focus({ preventScroll: true });
}

export function WorkbookProblems({ problems, t }: { problems: WorkbookProblem[]; t: Translate }) {
  if (problems.length === 0) return null;
  return (
    <section className="alert alert-error desk-problems" aria-labelledby="desk-problems-title">
      <h3 id="desk-problems-title">{t('desk.workbook.problems', { n: problems.length })}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('desk.workbook.sheet')}</th>
            <th scope="col">{t('desk.workbook.row')}</th>
            <th scope="col">{t('desk.workbook.column')}</th>
            <th scope="col">{t('desk.workbook.message')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => {
            const anchor = anchorOf(p.sheet, p.row);
            return (
              <tr key={i} className="desk-problem">
                <td>{p.sheet}</td>
                <td>{p.row ?? '—'}</td>
                <td>{p.column ?? '—'}</td>
                <td>
                  {p.message}{' '}
                  {anchor ? (
                    <button type="button" className="button-link" onClick={() => jumpTo(anchor)}>
                      {t('desk.workbook.goto')}
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

export function DiffView({ diff, t }: { diff: CampaignDiff; t: Translate }) {
  return (
    <section className="desk-diff" aria-labelledby="desk-diff-title">
      <h3 id="desk-diff-title">{t('desk.diff.title')}</h3>
      <p className="desk-diff-counts">{t('desk.diff.counts', { added: diff.counts.added, removed: diff.counts.removed, changed: diff.counts.changed })}</p>
      {diff.entries.length === 0 ? (
        <p>{t('desk.diff.none')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('desk.diff.kind')}</th>
              <th scope="col">{t('desk.diff.id')}</th>
              <th scope="col">{t('desk.diff.change')}</th>
              <th scope="col">{t('desk.diff.label')}</th>
            </tr>
          </thead>
          <tbody>
            {diff.entries.map((e, i) => (
              <tr key={i} className={`desk-diff-row desk-diff-${e.change}`} data-kind={e.kind} data-change={e.change}>
                <td>{t(`desk.diff.kind.${e.kind}` as MessageKey)}</td>
                <td>
                  <code>{e.id}</code>
                </td>
                <td>
                  {t(`desk.diff.${e.change}` as MessageKey)}
                  {e.attrs.length ? ` (${e.attrs.join(', ')})` : ''}
                </td>
                <td>{e.kind === 'setting' ? t(`desk.setting.${e.id}` as MessageKey) : e.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function IssuedView({ issued, onOpenFolder, t }: { issued: IssuedDeskCampaign; onOpenFolder: () => void; t: Translate }) {
  return (
    <section className="alert alert-ok desk-issued" aria-labelledby="desk-issued-title">
      <h2 id="desk-issued-title">{t('desk.issued.title', { id: issued.campaignId })}</h2>
      <p>{t('desk.issued.files', { file: issued.file, pub: issued.publicKeyFile })}</p>
      <p>{t('desk.issued.fingerprint', { fp: issued.fingerprint })}</p>
      {issued.differences.map((d, i) => (
        <p key={i} className="alert alert-warn">
          {d}
        </p>
      ))}
      <label className="field-label" htmlFor="desk-email-subject">
        {t('desk.issued.subject')}
      </label>
      <input id="desk-email-subject" className="input" readOnly value={issued.emailSubject} />
      <label className="field-label" htmlFor="desk-email-body">
        {t('desk.issued.body')}
      </label>
      <textarea id="desk-email-body" className="input" readOnly rows={12} value={issued.emailBody} />
      <button type="button" className="button" onClick={onOpenFolder}>
        {t('desk.issued.openFolder')}
      </button>
    </section>
  );
}
