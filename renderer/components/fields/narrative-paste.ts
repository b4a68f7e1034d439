// Text pasted from Word into a narrative: one paragraph per line, and Word's bullets and numbering
// turned into the report's list lines ("- …"), which the documents render as a bulleted paragraph.

// "•", "·", "", "o", "§", "–", "-", "+", "*", or "1.", "1)", "a)", "i." at the start of a line.
const MARKER = /^\s*(?:[•·▪◦●○■□\u2022\u00b7\uf0b7\uf0a7\uf076o§–—\-+*]|\(?(?:\d{1,3}|[a-zđ]|[ivx]{1,4})[.)])\s+/i;

/** Plain text: blank lines dropped (a line is a paragraph), list markers made "- ". */
export function narrativeFromText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\t\u00a0 ]+/g, ' ').trim())
    .filter((line) => line !== '')
    .map((line) => (MARKER.test(line) ? `- ${line.replace(MARKER, '').trim()}` : line))
    .join('\n');
}

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, div, td';

/** Word's HTML: each paragraph a line; list items (HTML lists or Word's "mso-list" paragraphs) "- …". */
export function narrativeFromHtml(html: string): string | null {
  if (!/<(p|li|div|h\d)[\s>]/i.test(html)) return null;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // Word writes the bullet or number itself in a span marked "mso-list:Ignore": not text to keep.
  doc.querySelectorAll('[style*="mso-list:Ignore"], [style*="mso-list: Ignore"]').forEach((n) => n.remove());
  const lines: string[] = [];
  for (const el of doc.body.querySelectorAll<HTMLElement>(BLOCKS)) {
    // Only the innermost blocks carry their own text.
    if (el.querySelector(BLOCKS)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const listed = el.tagName === 'LI' || /mso-list/i.test(el.getAttribute('style') ?? '') || /MsoListParagraph/i.test(el.className);
    lines.push(listed ? `- ${text.replace(MARKER, '').trim()}` : text);
  }
  return lines.length ? lines.join('\n') : null;
}
