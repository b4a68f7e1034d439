// A compiled passage as the unit wrote it: paragraphs, list lines and tables keep their structure,
// and the block grows with its text (nothing below it, like the insert button, can cover it).
import type { ReactElement } from 'react';
import type { PassageBlock } from '../../../shared/aggregate/compile';
import { SOURCE_TEXT } from '../common/SourceText';

export function PassageView({ blocks, label }: { blocks: PassageBlock[]; label: string }) {
  const out: ReactElement[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) {
      out.push(
        <ul key={`l${out.length}`} className="passage-list">
          {list.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>,
      );
    }
    list = [];
  };
  for (const b of blocks) {
    if (b.kind === 'bullet') {
      list.push(b.text);
      continue;
    }
    flush();
    if (b.kind === 'paragraph') {
      out.push(
        <p key={`p${out.length}`} className="passage-p">
          {b.text}
        </p>,
      );
    } else {
      out.push(
        <div key={`t${out.length}`} className="table-scroll">
          <table className="grid data-table passage-table">
            <caption className="visually-hidden">{label}</caption>
            <thead>
              <tr>
                {b.columns.map((c, i) => (
                  <th key={i} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {b.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>,
      );
    }
  }
  flush();
  return (
    <div className="passage" data-testid="passage" {...SOURCE_TEXT}>
      {out}
    </div>
  );
}
