// JSON from a package, read strictly: the bytes must be valid UTF-8, and the text must not hold what
// JSON.parse silently tolerates — a key twice in one object (the last one wins, so two readers can
// see two values) or a lone surrogate such as "\ud800" (no Unicode text; it breaks canonicalisation
// and every later writer). Returns the parsed value, or the reason in Vietnamese.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export type StrictJson = { ok: true; value: unknown } | { ok: false; why: string };

export function parseStrictJson(bytes: Buffer): StrictJson {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, why: 'không phải văn bản UTF-8 hợp lệ' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, why: 'không phải JSON' };
  }
  const duplicate = duplicateKey(text);
  if (duplicate !== null) return { ok: false, why: `khóa ${JSON.stringify(duplicate.slice(0, 60))} xuất hiện hai lần trong một đối tượng` };
  if (!wellFormed(value)) return { ok: false, why: 'có ký tự Unicode không hợp lệ (nửa cặp thay thế)' };
  return { ok: true, value };
}

/** The first key repeated within one object of `text` (already known to be valid JSON), or null. */
function duplicateKey(text: string): string | null {
  const stack: Set<string>[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') stack.push(new Set());
    else if (c === '}') stack.pop();
    else if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      let after = end + 1;
      while (/\s/.test(text[after] ?? '')) after++;
      if (text[after] === ':') {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        const keys = stack[stack.length - 1];
        if (keys?.has(key)) return key;
        keys?.add(key);
      }
      i = end;
    }
  }
  return null;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function wellFormed(value: unknown): boolean {
  if (typeof value === 'string') return !LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.every(wellFormed);
  if (value !== null && typeof value === 'object') return Object.entries(value).every(([k, v]) => !LONE_SURROGATE.test(k) && wellFormed(v));
  return true;
}
