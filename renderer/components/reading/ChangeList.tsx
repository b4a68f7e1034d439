// Every changed field of two revisions, old beside new, grouped by the part of the report it sits
// in. Texts keep their lines; a table lists the cells that changed by row and column.
import type { FieldChange } from '../../../shared/review/compare';
import type { TemplateDef } from '../../../shared/campaign/model';
import type { Translate } from '../../i18n/i18n';

function partTitle(template: TemplateDef, part: string, t: Translate): string {
  const s = template.sections.find((x) => x.id === part);
  if (s) return `${s.number}. ${s.title}`;
  if (part === 'appendix') return template.appendix.title;
  if (part === 'explanations') return t('compare.explanations');
  return t('compare.unknownPart');
}

function Value({ text, t }: { text: string; t: Translate }) {
  return text === '' ? <span className="muted">{t('compare.empty')}</span> : <span className="pre-line">{text}</span>;
}

function Change({ c, t }: { c: FieldChange; t: Translate }) {
  return (
    <tr data-testid="change" data-field={c.key}>
      <th scope="row">
        {c.label}
        {c.kind === 'explanation' ? <span className="cell-note"> ({t('compare.explanation')})</span> : null}
      </th>
      {c.cells ? (
        <td colSpan={2}>
          <table className="grid data-table change-cells">
            <caption className="visually-hidden">{t('compare.cellsOf', { field: c.label })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('compare.row')}</th>
                <th scope="col">{t('compare.column')}</th>
                <th scope="col">{t('compare.old')}</th>
                <th scope="col">{t('compare.new')}</th>
              </tr>
            </thead>
            <tbody>
              {c.cells.map((x, i) => (
                <tr key={i} data-testid="cell-change">
                  <td className="num">{x.row}</td>
                  <td>{x.column}</td>
                  <td className="change-old">
                    <Value text={x.old} t={t} />
                  </td>
                  <td className="change-new">
                    <Value text={x.new} t={t} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </td>
      ) : (
        <>
          <td className="change-old" data-testid="change-old">
            <Value text={c.old} t={t} />
          </td>
          <td className="change-new" data-testid="change-new">
            <Value text={c.new} t={t} />
          </td>
        </>
      )}
    </tr>
  );
}

export function ChangeList({ changes, template, t }: { changes: FieldChange[]; template: TemplateDef; t: Translate }) {
  const parts: { part: string; changes: FieldChange[] }[] = [];
  for (const c of changes) {
    const last = parts[parts.length - 1];
    if (last && last.part === c.part) last.changes.push(c);
    else parts.push({ part: c.part, changes: [c] });
  }
  if (changes.length === 0) return <p className="muted" data-testid="no-changes">{t('compare.none')}</p>;
  return (
    <>
      {parts.map((p, i) => (
        <section key={`${p.part}-${i}`} className="panel" aria-labelledby={`h-part-${i}`}>
          <h2 id={`h-part-${i}`}>{partTitle(template, p.part, t)}</h2>
          <div className="table-scroll">
            <table className="grid data-table change-table">
              <caption className="visually-hidden">{partTitle(template, p.part, t)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('compare.field')}</th>
                  <th scope="col">{t('compare.old')}</th>
                  <th scope="col">{t('compare.new')}</th>
                </tr>
              </thead>
              <tbody>
                {p.changes.map((c) => (
                  <Change key={c.key} c={c} t={t} />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
