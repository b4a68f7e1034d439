// The report as it will print, read from the same document model as the DOCX renderer, so that the
// order, headings and numbers on screen are the ones on paper.
import type { ReactNode } from 'react';
import type { Block, DocCell, DocTable, ReportDocument, Run } from '../../../shared/documents';
import { displayCell } from '../../../shared/documents';
import { appendixKey } from '../../../shared/campaign/keys';

/**
 * Pointing at fields (the province's comments on a received report): a block or an appendix cell
 * that shows a field can be clicked, and says so to screen readers with a button of its own.
 */
export interface Annotate {
  /** Field keys of the template: appendix cells are named by row and column (e.g. pl.chairs.end). */
  fields: ReadonlySet<string>;
  /** Fields that already carry a comment, marked on the paper. */
  commented: ReadonlySet<string>;
  /** The button's accessible name for a field, e.g. "Góp ý: Ưu điểm". */
  buttonLabel(key: string): string;
  onField(key: string): void;
}

/** The field an appendix cell shows: an indicator at a point in time, or a count of the activity table. */
function cellField(annotate: Annotate, rowId: string, colId: string): string | null {
  const candidates = [appendixKey(rowId, colId), colId === 'value' ? rowId : ''];
  return candidates.find((k) => k !== '' && annotate.fields.has(k)) ?? null;
}

function Cell({ cell, rowId, colId, annotate }: { cell: DocCell; rowId: string; colId: string; annotate?: Annotate | undefined }) {
  const key = annotate ? cellField(annotate, rowId, colId) : null;
  if (!annotate || !key) return <>{displayCell(cell)}</>;
  return (
    <button
      type="button"
      className={`doc-cell-button${annotate.commented.has(key) ? ' doc-commented' : ''}`}
      data-field={key}
      aria-label={`${annotate.buttonLabel(key)} (${displayCell(cell) || '—'})`}
      onClick={() => annotate.onField(key)}
    >
      {displayCell(cell) || '\u00a0'}
    </button>
  );
}

/** Consecutive blocks of one field as one clickable region; other blocks as they are. */
function FieldBlocks({ blocks, annotate }: { blocks: Block[]; annotate?: Annotate | undefined }) {
  const groups: { field: string | null; blocks: Block[] }[] = [];
  for (const b of blocks) {
    const field = annotate && b.field && annotate.fields.has(b.field) ? b.field : null;
    const last = groups[groups.length - 1];
    if (last && field !== null && last.field === field) last.blocks.push(b);
    else groups.push({ field, blocks: [b] });
  }
  return (
    <>
      {groups.map((g, i) => {
        const body: ReactNode = g.blocks.map((b, j) => <BlockView key={j} block={b} />);
        if (!annotate || g.field === null) return <div key={i} className="doc-plain">{body}</div>;
        const key = g.field;
        return (
          <div key={i} className={`doc-field${annotate.commented.has(key) ? ' doc-commented' : ''}`} data-field={key} onClick={() => annotate.onField(key)}>
            {body}
            <button
              type="button"
              className="doc-comment-button"
              aria-label={annotate.buttonLabel(key)}
              onClick={(e) => {
                e.stopPropagation();
                annotate.onField(key);
              }}
            >
              <span aria-hidden="true">✎</span>
            </button>
          </div>
        );
      })}
    </>
  );
}
import { SOURCE_TEXT } from '../common/SourceText';

function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((r, i) => {
        const inner = r.italic ? <em>{r.text}</em> : r.text;
        return <span key={i}>{r.bold ? <strong>{inner}</strong> : inner}</span>;
      })}
    </>
  );
}

function TableView({ table, annotate }: { table: DocTable; annotate?: Annotate | undefined }) {
  const total = table.columns.reduce((a, c) => a + c.width, 0) || 1;
  return (
    <div className="doc-table-wrap">
      {table.title ? <p className="doc-table-title">{table.title}</p> : null}
      <table className="doc-table">
        <colgroup>
          {table.columns.map((c) => (
            <col key={c.id} style={{ width: `${((c.width / total) * 100).toFixed(1)}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.id} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) =>
            row.kind === 'group' ? (
              <tr key={row.id} className="doc-group">
                <td>{row.label}</td>
                <td colSpan={Math.max(1, table.columns.length - 1)}>{row.text}</td>
              </tr>
            ) : (
              <tr key={row.id} className={row.bold ? 'doc-bold' : undefined}>
                {row.cells.map((cell, i) => (
                  <td key={i} className={`align-${table.columns[i]?.align ?? 'left'}${i === 1 && row.indent ? ' doc-indent' : ''}`}>
                    <Cell cell={cell} rowId={row.id} colId={table.columns[i]?.id ?? ''} annotate={annotate} />
                  </td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

export function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading':
      return <h4 className="doc-heading">{block.text}</h4>;
    case 'subheading':
      return <h5 className="doc-subheading">{block.text}</h5>;
    case 'paragraph':
      return (
        <p className="doc-p">
          <Runs runs={block.runs} />
        </p>
      );
    case 'bullet':
      return (
        <p className="doc-p doc-bullet">
          - <Runs runs={block.runs} />
        </p>
      );
    case 'numbered':
      return (
        <ol className="doc-numbered">
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ol>
      );
    case 'table':
      return <TableView table={block.table} />;
  }
}

export function DocumentView({ doc, label, annotate }: { doc: ReportDocument; label: string; annotate?: Annotate }) {
  const h = doc.header;
  return (
    <article className="paper" aria-label={label} {...SOURCE_TEXT}>
      <div className="doc-header">
        <div className="doc-header-left">
          {h.parentUnit ? <p>{h.parentUnit}</p> : null}
          <p className="doc-strong doc-rule">{h.issuingUnit}</p>
          <p>{h.number}</p>
        </div>
        <div className="doc-header-right">
          <p className="doc-strong">{h.nationalTitle}</p>
          <p className="doc-strong doc-rule doc-motto">{h.motto}</p>
          <p className="doc-date">{h.dateLine}</p>
        </div>
      </div>
      <h3 className="doc-kind">{doc.kind}</h3>
      <p className="doc-summary">{doc.summary}</p>
      {doc.opening.map((b, i) => (
        <BlockView key={`o${i}`} block={b} />
      ))}
      {doc.sections.map((s) => (
        <section key={s.id} id={`doc-${s.id}`} className={s.empty ? 'doc-section doc-empty' : 'doc-section'}>
          <h4 className="doc-heading">{s.heading}</h4>
          {annotate ? (
            <FieldBlocks blocks={s.blocks} annotate={annotate} />
          ) : (
            s.blocks.map((b, i) => <BlockView key={i} block={b} />)
          )}
        </section>
      ))}
      {doc.closing.map((b, i) => (
        <BlockView key={`c${i}`} block={b} />
      ))}
      <div className="doc-signature">
        <div className="doc-recipients">
          <p className="doc-strong">
            <em>{doc.signature.recipientsLabel}</em>
          </p>
          {doc.signature.recipients.map((r, i) => (
            <p key={i}>{r}</p>
          ))}
        </div>
        <div className="doc-signer">
          {doc.signature.authority ? <p className="doc-strong">{doc.signature.authority}</p> : null}
          <p className="doc-strong">{doc.signature.title}</p>
          <p className="doc-sign-space" aria-hidden="true" />
          <p className="doc-strong">{doc.signature.signerName || '\u00a0'}</p>
        </div>
      </div>
      {doc.appendix ? (
        <section id="doc-appendix" className="doc-appendix">
          <h3 className="doc-kind">{doc.appendix.heading}</h3>
          <p className="doc-summary">{doc.appendix.title}</p>
          <p className="doc-reference">{doc.appendix.reference}</p>
          {doc.appendix.tables.map((t) => (
            <TableView key={t.id} table={t} annotate={annotate} />
          ))}
          {doc.appendix.notes.map((b, i) => (
            <BlockView key={`n${i}`} block={b} />
          ))}
        </section>
      ) : null}
    </article>
  );
}
