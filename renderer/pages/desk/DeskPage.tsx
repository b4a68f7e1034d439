// "Đợt báo cáo" at a receiving unit (SPEC §9, issue 15): the campaigns issued here and received, the
// drafts being prepared; one draft's settings, workbook, preview, comparison and issue.
import { useEffect, useState } from 'react';
import type { CampaignSummary } from '../../../shared/api/campaign-types';
import { showDayMonthYear } from '../../../shared/format/day-month-year';
import { useDesk, useSession, useStores, useT } from '../../app/stores';
import { FilePicker } from '../../components/common/FilePicker';
import { PageTitle } from '../../components/layout/PageTitle';
import type { Translate } from '../../i18n/i18n';
import { routeHref } from '../../routing/route';
import { DeskDraftForm } from './DeskDraftForm';
import { DeskPreview } from './DeskPreview';
import { DiffView, IssuedView, jumpTo, WorkbookProblems } from './DeskParts';
import { formOf, settingsOf } from './desk-settings';

const go = (draft: number | null) => {
  window.location.hash = routeHref({ page: 'desk', draft, preview: null });
};

function CampaignTable({ id, title, list, onDerive, busy = false, t }: { id: string; title: string; list: CampaignSummary[]; onDerive?: (id: string) => void; busy?: boolean; t: Translate }) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {list.length === 0 ? (
        <p className="muted">{t('desk.none')}</p>
      ) : (
        <ul className="desk-list">
          {list.map((c) => (
            <li key={c.id} data-campaign={c.id}>
              <strong>{c.title}</strong> <span className="muted">({c.id}, {t('desk.version', { v: c.templateVersion, n: c.issue })})</span>
              {c.issuer ? null : <span className="muted"> — {t('campaigns.builtin')}</span>}
              {onDerive && c.issuer ? (
                <>
                  {' '}
                  <button type="button" className="button secondary" disabled={busy} data-derive={c.id} onClick={() => onDerive(c.id)}>
                    {t('desk.derive.button')}
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Overview() {
  const t = useT();
  const { desk } = useStores();
  const overview = useDesk((s) => s.overview);
  const problems = useDesk((s) => s.problems);
  const issued = useDesk((s) => s.issued);
  const busy = useDesk((s) => s.busy);
  const [copyOf, setCopyOf] = useState('');
  useEffect(() => {
    void desk.getState().loadOverview();
  }, [desk]);
  if (!overview) return null;
  const all = [...overview.issued, ...overview.received];
  const source = copyOf || all[0]?.id || '';
  return (
    <>
      {issued ? <IssuedView issued={issued} onOpenFolder={() => void desk.getState().openFolder()} t={t} /> : null}
      <section className="panel" aria-labelledby="desk-start-title">
        <h2 id="desk-start-title">{t('desk.start.title')}</h2>
        <div className="field">
          <label className="field-label" htmlFor="desk-copy-of">
            {t('desk.start.copyOf')}
          </label>
          <select id="desk-copy-of" className="input" value={source} onChange={(e) => setCopyOf(e.target.value)}>
            {all.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title} ({c.id})
              </option>
            ))}
          </select>
          <button type="button" className="button button-primary" disabled={busy || !source} onClick={() => void desk.getState().startFromCampaign(source).then((id) => id !== null && go(id))}>
            {t('desk.start.copy')}
          </button>
        </div>
        <p className="field-help">{t('desk.start.workbookHelp')}</p>
        <FilePicker id="desk-start-workbook" label={t('desk.start.workbook')} accept=".xlsx" disabled={busy} onFiles={([f]) => f && void desk.getState().startFromWorkbook(f).then((id) => id !== null && go(id))} />
        <WorkbookProblems problems={problems} t={t} />
      </section>
      <section className="panel" aria-labelledby="desk-drafts-title">
        <h2 id="desk-drafts-title">{t('desk.drafts')}</h2>
        {overview.drafts.length === 0 ? (
          <p className="muted">{t('desk.none')}</p>
        ) : (
          <ul className="desk-list">
            {overview.drafts.map((d) => (
              <li key={d.id} data-draft={d.id}>
                <a href={routeHref({ page: 'desk', draft: d.id, preview: null })}>
                  {d.title} ({d.campaignId})
                </a>{' '}
                <span className="muted">— {d.sourceLabel}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <CampaignTable id="desk-issued-list" title={t('desk.issuedList')} list={overview.issued} t={t} />
      <CampaignTable
        id="desk-received-list"
        title={t('desk.receivedList')}
        list={overview.received}
        busy={busy}
        onDerive={(c) => void desk.getState().startDerived(c).then((id) => id !== null && go(id))}
        t={t}
      />
      {overview.received.some((c) => c.issuer) ? <p className="field-help">{t('desk.derive.help')}</p> : null}
    </>
  );
}

function DraftScreen({ id, preview }: { id: number; preview: string | null }) {
  const t = useT();
  const { desk } = useStores();
  const draft = useDesk((s) => s.draft);
  const problems = useDesk((s) => s.problems);
  const diff = useDesk((s) => s.diff);
  const written = useDesk((s) => s.written);
  const saved = useDesk((s) => s.saved);
  const busy = useDesk((s) => s.busy);
  const directory = useDesk((s) => s.directory);
  const levels = useDesk((s) => s.levels);
  const own = useSession((s) => s.profile?.unit.code ?? '');
  const [bad, setBad] = useState<string[]>([]);
  useEffect(() => {
    void desk.getState().open(id);
    void desk.getState().loadDirectory();
  }, [desk, id]);
  if (!draft || draft.id !== id) return null;
  const template = draft.book.campaign.template;
  if (preview !== null) return <DeskPreview draftId={id} template={template} part={preview} t={t} />;
  const units = directory.filter((u) => u.parentCode === own && u.retiredAt === null);
  return (
    <div className="desk-draft">
      <p>
        <a href={routeHref({ page: 'desk', draft: null, preview: null })}>{t('desk.back')}</a> · <span className="muted">{draft.sourceLabel}</span>
      </p>
      {draft.derivedFrom ? (
        <p className="alert alert-info" role="note" data-derived-from={draft.derivedFrom}>
          {t('desk.derive.notice', { parent: draft.derivedFrom })}
        </p>
      ) : null}
      {draft.problems.length ? (
        <section className="alert alert-warn" aria-labelledby="desk-draft-problems">
          <h3 id="desk-draft-problems">{t('desk.draft.problems', { n: draft.problems.length })}</h3>
          <ul>
            {draft.problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {saved ? <p className="alert alert-ok" role="status">{t('desk.form.saved')}</p> : null}
      {bad.length ? (
        <p className="alert alert-error" role="alert">
          {t('desk.form.bad')}{' '}
          <button type="button" className="button-link" onClick={() => jumpTo(bad[0]?.includes(':') ? `desk-deadline-${bad[0].split(':')[1] ?? 0}` : `desk-${bad[0] ?? 'settings'}`)}>
            {t('desk.workbook.goto')}
          </button>
        </p>
      ) : null}
      {/* A new form when the draft is replaced by an uploaded workbook. */}
      <DeskDraftForm
        key={`${draft.id}-${draft.updatedAt}`}
        initial={formOf(draft.book)}
        units={units}
        levels={levels}
        busy={busy}
        bad={bad}
        derived={draft.derivedFrom !== null}
        onSave={(f) => {
          const r = settingsOf(f);
          setBad(r.ok ? [] : r.bad);
          if (r.ok) void desk.getState().save(r.settings);
        }}
        t={t}
      />
      <section className="panel" aria-labelledby="desk-workbook-title">
        <h2 id="desk-workbook-title">{t('desk.workbook.title')}</h2>
        <p className="field-help">{t(draft.derivedFrom ? 'desk.derive.workbookHelp' : 'desk.workbook.help')}</p>
        <button type="button" className="button" disabled={busy} onClick={() => void desk.getState().download()}>
          {t('desk.workbook.download')}
        </button>{' '}
        <FilePicker id="desk-upload-workbook" label={t('desk.workbook.upload')} accept=".xlsx" disabled={busy} onFiles={([f]) => f && void desk.getState().upload(f)} />
        {written ? <p className="note">{t('desk.workbook.written', { file: written.file })}</p> : null}
        <WorkbookProblems problems={problems} t={t} />
      </section>
      <section className="panel" aria-labelledby="desk-check-title">
        <h2 id="desk-check-title">{t('desk.check.title')}</h2>
        <a className="button" href={routeHref({ page: 'desk', draft: id, preview: template.sections[0]?.id ?? 'appendix' })}>
          {t('desk.preview.open')}
        </a>{' '}
        {draft.hasSource ? (
          <button type="button" className="button" disabled={busy} onClick={() => void desk.getState().compare()}>
            {t('desk.diff.open')}
          </button>
        ) : null}
        {diff ? <DiffView diff={diff} t={t} /> : null}
      </section>
      <section className="panel" aria-labelledby="desk-issue-title">
        <h2 id="desk-issue-title">{t('desk.issue.title')}</h2>
        <p className="field-help">{t('desk.issue.help', { deadline: draft.book.campaign.deadlines.map((d) => showDayMonthYear(d.send ?? d.finish)).join(', ') })}</p>
        <button
          type="button"
          className="button button-primary"
          disabled={busy || draft.problems.length > 0}
          onClick={() => void desk.getState().issue().then(() => desk.getState().issued && go(null))}
        >
          {t('desk.issue.button')}
        </button>{' '}
        <button type="button" className="button danger" disabled={busy} onClick={() => void desk.getState().remove(id).then(() => go(null))}>
          {t('desk.draft.delete')}
        </button>
      </section>
    </div>
  );
}

export function DeskPage({ draft, preview }: { draft: number | null; preview: string | null }) {
  const t = useT();
  const error = useDesk((s) => s.error);
  return (
    <div className="desk">
      {preview === null ? <PageTitle>{t('desk.title')}</PageTitle> : null}
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      {draft === null ? <Overview /> : <DraftScreen id={draft} preview={preview} />}
    </div>
  );
}
