// A campaign draft exactly as a unit will see it: the editor's own parts (side list, fields, guidance,
// appendix) on an empty report, clearly marked as a preview. What is typed here checks like the real
// editor but stays in this screen: nothing is saved.
import { useMemo, useState, type MouseEvent } from 'react';
import type { TemplateDef } from '../../../shared/campaign/model';
import type { RawCells, RawInputs } from '../../../shared/report/raw-inputs';
import type { FieldValue, ReportValues } from '../../../shared/report/values';
import { reportProgress } from '../../../shared/report/progress';
import { validateReport } from '../../../shared/validation/engine';
import { AppendixEditor } from '../../components/editor/AppendixEditor';
import { FieldEditor, type EditorCallbacks } from '../../components/editor/FieldEditor';
import { issuesByField } from '../../components/editor/issues-by-field';
import { PartList } from '../../components/editor/PartList';
import { partSummaries } from '../../components/editor/part-state';
import { PageTitle } from '../../components/layout/PageTitle';
import type { Translate } from '../../i18n/i18n';
import { routeHref } from '../../routing/route';

const without = <T,>(o: Record<string, T>, key: string): Record<string, T> => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

export interface DeskPreviewProps {
  draftId: number;
  template: TemplateDef;
  part: string;
  t: Translate;
}

export function DeskPreview({ draftId, template, part, t }: DeskPreviewProps) {
  const [values, setValues] = useState<ReportValues>({});
  const [raw, setRaw] = useState<RawInputs>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Open, as a unit first sees it; the unit's own choice is remembered on its computer, not here.
  const [guidanceOpen, setGuidanceOpen] = useState(true);
  const validation = useMemo(() => validateReport(template, values, {}, raw), [template, values, raw]);
  const progress = useMemo(() => reportProgress(template, values), [template, values]);
  const on: EditorCallbacks = useMemo(
    () => ({
      change: (key: string, value: FieldValue | null, cells?: RawCells) => {
        setValues((v) => (value === null ? without(v, key) : { ...v, [key]: value }));
        setRaw((r) => (cells ? { ...r, [key]: cells } : without(r, key)));
        setErrors((e) => without(e, key));
      },
      localError: (key: string, message: string | null) => setErrors((e) => (message ? { ...e, [key]: message } : without(e, key))),
      blur: () => undefined,
      explain: () => undefined,
    }),
    [],
  );
  const parts = partSummaries(template, progress, validation, template.appendix.title);
  const issueMap = issuesByField(template, validation);
  const issuesAt = (key: string) => (issueMap.get(key) ?? []).filter((i) => i.primary);
  const current = parts.find((p) => p.id === part) ?? parts[0];
  const index = parts.findIndex((p) => p.id === current?.id);
  const section = template.sections.find((s) => s.id === current?.id);
  const guidance = section ? section.guidance : template.appendix.guidance;
  const heading = section ? `${section.number}. ${section.title}` : template.appendix.title;
  const href = (id: string) => routeHref({ page: 'desk', draft: draftId, preview: id });
  // The side list links to the editor's own addresses: in the preview they move between parts here.
  const stay = (e: MouseEvent) => {
    const link = (e.target as HTMLElement).closest('a');
    const m = link ? /^#\/edit\/([^?]+)/.exec(link.getAttribute('href') ?? '') : null;
    if (!m) return;
    e.preventDefault();
    window.location.hash = href(m[1] ?? 's1');
  };
  const prev = index > 0 ? parts[index - 1] : undefined;
  const next = index >= 0 && index < parts.length - 1 ? parts[index + 1] : undefined;

  return (
    <div className="desk-preview">
      <div className="alert alert-warn desk-preview-banner" role="status">
        <p>
          <strong>{t('desk.preview.banner')}</strong> {t('desk.preview.help')}
        </p>
        <a className="button" href={routeHref({ page: 'desk', draft: draftId, preview: null })}>
          {t('desk.preview.back')}
        </a>
      </div>
      <div className="editor" data-preview="true">
        <div onClickCapture={stay}>
          <PartList parts={parts} current={current?.id ?? ''} t={t} />
        </div>
        <div className="editor-main" key={current?.id}>
          <PageTitle>{heading}</PageTitle>
          <div className={`editor-columns${guidanceOpen ? '' : ' guidance-closed'}`}>
            <fieldset className="editor-fields">
              <legend className="visually-hidden">{heading}</legend>
              {section ? (
                section.fields.map((def) => (
                  <FieldEditor key={def.key} def={def} value={values[def.key]} raw={raw[def.key]} error={errors[def.key]} issues={issuesAt(def.key)} explanationErrors={{}} on={on} t={t} />
                ))
              ) : (
                <AppendixEditor appendix={template.appendix} values={values} raw={raw} errors={errors} issuesAt={issuesAt} groupOf={() => []} reviewOf={() => undefined} explanationErrors={{}} on={on} t={t} />
              )}
            </fieldset>
            <aside className="guidance" aria-labelledby="guidance-title">
              <div className="guidance-head">
                <h2 id="guidance-title" className={guidanceOpen ? undefined : 'visually-hidden'}>
                  {t('editor.guidance')}
                </h2>
                <button type="button" className="button button-quiet guidance-toggle" aria-expanded={guidanceOpen} aria-controls="guidance-body" onClick={() => setGuidanceOpen(!guidanceOpen)}>
                  {guidanceOpen ? t('editor.guidanceHide') : t('editor.guidanceShow')}
                </button>
              </div>
              {guidanceOpen ? (
                <div id="guidance-body" className="guidance-body">
                  {guidance.map((g, i) => (
                    <p key={i}>{g}</p>
                  ))}
                </div>
              ) : null}
            </aside>
          </div>
          <nav className="pager" aria-label={t('editor.pager')}>
            {prev ? (
              <a className="button" href={href(prev.id)}>
                {t('editor.prev', { title: prev.number ? t('part.section', { n: prev.number }) : t('part.appendix') })}
              </a>
            ) : (
              <span />
            )}
            {next ? (
              <a className="button button-primary" href={href(next.id)}>
                {t('editor.next', { title: next.number ? t('part.section', { n: next.number }) : t('part.appendix') })}
              </a>
            ) : (
              <span />
            )}
          </nav>
        </div>
      </div>
    </div>
  );
}
