// The guided editor: the side list of parts, the chosen part's fields with its guidance beside them,
// every change saved as the user types. A link with ?field= focuses that field.
import { useEffect, useMemo, useState } from 'react';
import { useAutosave, useSession, useStores, useT } from '../app/stores';
import { AppendixEditor } from '../components/editor/AppendixEditor';
import { FieldEditor, type EditorCallbacks, type ReviewComment } from '../components/editor/FieldEditor';
import { issuesByField } from '../components/editor/issues-by-field';
import { issueDomId } from '../components/fields/IssueNotes';
import { PartList } from '../components/editor/PartList';
import { partSummaries } from '../components/editor/part-state';
import { isRawRule, rawRuleId } from '../../shared/report/raw-inputs';
import { explanationErrorKey } from '../store/autosave-store';
import { fieldDomId, partOfField, routeHref } from '../routing/route';
import { PageTitle } from '../components/layout/PageTitle';
import { RevisionDialog } from '../components/export/RevisionDialog';
import { SOURCE_TEXT, Src } from '../components/common/SourceText';

const GUIDANCE_KEY = 'tongket.guidance';

/** Whether the guidance is shown, remembered on this computer (closed once, closed next time). */
function useGuidancePreference(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(() => {
    try {
      return window.localStorage.getItem(GUIDANCE_KEY) !== 'closed';
    } catch {
      return true;
    }
  });
  return [
    open,
    (next) => {
      setOpen(next);
      try {
        window.localStorage.setItem(GUIDANCE_KEY, next ? 'open' : 'closed');
      } catch {
        // No storage (a locked-down profile): the choice lasts until the window closes.
      }
    },
  ];
}

export function EditorPage({ part, field }: { part: string; field: string | null }) {
  const t = useT();
  const { autosave, exports } = useStores();
  const [revising, setRevising] = useState(false);
  const [guidanceOpen, setGuidanceOpen] = useGuidancePreference();
  const campaign = useSession((s) => s.campaign);
  const draft = useSession((s) => s.draft);
  const receipt = useSession((s) => s.receipt);
  const refused = useAutosave((s) => s.errors);
  const local = useAutosave((s) => s.local);
  const errors = useMemo(() => ({ ...local, ...refused }), [local, refused]);

  const on: EditorCallbacks = useMemo(() => {
    const a = autosave.getState();
    return {
      change: (key, value, raw, typed) => a.queueField(key, value, raw, typed),
      localError: (key, message) => a.setLocalError(key, message),
      blur: () => void a.flush(),
      explain: (ruleId, text) => a.queueExplanation(ruleId, text),
    };
  }, [autosave]);

  // Jump to the field a review link named, once the part is on screen.
  useEffect(() => {
    if (!field) return;
    const el = document.getElementById(fieldDomId(field));
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [part, field]);

  if (!campaign || !draft) return null;
  const template = campaign.template;
  const parts = partSummaries(template, draft.progress, draft.validation, template.appendix.title);
  const issueMap = issuesByField(template, draft.validation);
  // A text kept as typed is marked at its own cell, with its message there: not repeated below the field.
  // A one-value field shows the kept text's message from validation when the field has none of its own
  // (after a reload, a text the services refused for being too large or too long).
  // A rule over several fields of this page (a group's sum) is shown once, at its first field; a field
  // in another part gets a link to where the message is.
  const issuesAt = (key: string) =>
    (issueMap.get(key) ?? []).filter((i) =>
      isRawRule(i.ruleId) ? i.ruleId === rawRuleId(key, '') && errors[key] === undefined : i.primary || partOfField(i.primaryKey) !== partOfField(key),
    );
  // The other cells of such a group are marked too, and point at the group's one message.
  const groupOf = (key: string): string[] =>
    (issueMap.get(key) ?? [])
      .filter((i) => !isRawRule(i.ruleId) && !i.primary && i.severity === 'error' && partOfField(i.primaryKey) === partOfField(key))
      .map((i) => issueDomId(fieldDomId(i.primaryKey), i.ruleId));
  const explanationErrors = Object.fromEntries(
    draft.validation.issues.flatMap((i) => {
      const m = errors[explanationErrorKey(i.ruleId)];
      return m ? [[i.ruleId, m]] : [];
    }),
  );
  // The level above's comments on the revision it returned, at their fields, while the reopened one is edited.
  const reviewOf = (key: string): ReviewComment | undefined => {
    if (receipt?.decision !== 'returned' || draft.revision !== receipt.revision + 1 || draft.status === 'frozen') return undefined;
    const f = receipt.fields.find((x) => x.key === key);
    return f ? { issuer: receipt.issuerName, revision: receipt.revision, comment: f.comment } : undefined;
  };
  const index = parts.findIndex((p) => p.id === part);
  const current = parts[index] ?? parts[0];
  const section = template.sections.find((s) => s.id === current?.id);
  const prev = index > 0 ? parts[index - 1] : undefined;
  const next = index >= 0 && index < parts.length - 1 ? parts[index + 1] : undefined;
  const guidance = section ? section.guidance : template.appendix.guidance;
  const frozen = draft.status === 'frozen';
  const heading = section ? `${section.number}. ${section.title}` : template.appendix.title;

  return (
    <div className="editor">
      <PartList parts={parts} current={current?.id ?? ''} t={t} />
      <div className="editor-main" key={current?.id}>
        <PageTitle>
          <Src>{heading}</Src>
        </PageTitle>
        {frozen ? (
          // Outside the disabled fieldset, so that its button works.
          <div className="alert alert-warn frozen-banner">
            <p id="frozen-note">{t('editor.frozen', { n: draft.revision })}</p>
            <button type="button" className="button" onClick={() => setRevising(true)}>
              {t('revision.open', { n: draft.revision + 1 })}
            </button>
          </div>
        ) : null}
        <div className={`editor-columns${guidanceOpen ? '' : ' guidance-closed'}`}>
          <fieldset className="editor-fields" disabled={frozen} aria-describedby={frozen ? 'frozen-note' : undefined}>
            <legend className="visually-hidden" {...SOURCE_TEXT}>
              {heading}
            </legend>
            {section ? (
              section.fields.map((def) => (
                <FieldEditor
                  key={def.key}
                  def={def}
                  value={draft.values[def.key]}
                  raw={draft.rawInputs[def.key]}
                  error={errors[def.key]}
                  issues={issuesAt(def.key)}
                  group={groupOf(def.key)}
                  reviewComment={reviewOf(def.key)}
                  explanationErrors={explanationErrors}
                  on={on}
                  t={t}
                />
              ))
            ) : (
              <AppendixEditor
                appendix={template.appendix}
                values={draft.values}
                raw={draft.rawInputs}
                errors={errors}
                issuesAt={issuesAt}
                groupOf={groupOf}
                reviewOf={reviewOf}
                explanationErrors={explanationErrors}
                on={on}
                t={t}
              />
            )}
          </fieldset>
          <aside className="guidance" aria-labelledby="guidance-title">
            <div className="guidance-head">
              <h2 id="guidance-title" className={guidanceOpen ? undefined : 'visually-hidden'}>
                {t('editor.guidance')}
              </h2>
              <button
                type="button"
                className="button button-quiet guidance-toggle"
                aria-expanded={guidanceOpen}
                aria-controls="guidance-body"
                onClick={() => setGuidanceOpen(!guidanceOpen)}
              >
                {guidanceOpen ? t('editor.guidanceHide') : t('editor.guidanceShow')}
              </button>
            </div>
            {guidanceOpen ? (
              <div id="guidance-body" className="guidance-body" {...SOURCE_TEXT}>
                {guidance.map((g, i) => (
                  <p key={i}>{g}</p>
                ))}
              </div>
            ) : null}
          </aside>
        </div>
        <nav className="pager" aria-label={t('editor.pager')}>
          {prev ? (
            <a className="button" href={routeHref({ page: 'edit', part: prev.id, field: null })}>
              {t('editor.prev', { title: prev.number ? t('part.section', { n: prev.number }) : t('part.appendix') })}
            </a>
          ) : (
            <span />
          )}
          {next ? (
            <a className="button button-primary" href={routeHref({ page: 'edit', part: next.id, field: null })}>
              {t('editor.next', { title: next.number ? t('part.section', { n: next.number }) : t('part.appendix') })}
            </a>
          ) : (
            <a className="button button-primary" href={routeHref({ page: 'review' })}>
              {t('nav.review')}
            </a>
          )}
        </nav>
      </div>
      {revising ? (
        <RevisionDialog
          revision={draft.revision}
          onSubmit={(reason) => exports.getState().startRevision(reason)}
          onDone={() => setRevising(false)}
          onClose={() => setRevising(false)}
          t={t}
        />
      ) : null}
    </div>
  );
}
