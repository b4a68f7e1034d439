// A block copied from Excel, LibreOffice or Word, as rows of cell texts: an HTML table when the
// clipboard has one, else tab-separated lines (Excel quotes a cell that holds a tab, a newline or a quote).

/** Tab-separated rows; the trailing newline Excel adds does not make an extra row. */
export function parseTabSeparated(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const s = text.replace(/\r\n?/g, '\n');
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"' && cell === '') {
      // A quoted cell: up to the closing quote, "" is a quote inside.
      let j = i + 1;
      let quoted = '';
      for (; j < s.length; j++) {
        if (s[j] === '"') {
          if (s[j + 1] === '"') {
            quoted += '"';
            j++;
          } else break;
        } else quoted += s[j];
      }
      if (j < s.length && (j + 1 === s.length || s[j + 1] === '\t' || s[j + 1] === '\n')) {
        cell = quoted;
        i = j + 1;
        continue;
      }
    }
    if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The first table of an HTML clipboard, or null when it has none. */
export function parseHtmlTable(html: string): string[][] | null {
  if (!/<table/i.test(html)) return null;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const table = doc.querySelector('table');
  if (!table) return null;
  return [...table.querySelectorAll('tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

/** The block on the clipboard, or null when it is a plain piece of text for the one cell. */
export function clipboardBlock(data: Pick<DataTransfer, 'getData'>): string[][] | null {
  const fromHtml = parseHtmlTable(data.getData('text/html'));
  if (fromHtml && fromHtml.length) return fromHtml;
  const text = data.getData('text/plain');
  if (!/[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''))) return null;
  return parseTabSeparated(text);
}
