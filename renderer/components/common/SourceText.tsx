// Text that the campaign or the user wrote (a title, guidance, a field's name, a unit's name, a
// validation message of the report) stays as written whatever the interface language. It is marked
// data-source-text and lang="vi", so that screen readers read it as Vietnamese in the English
// interface, and so that the language test can tell it from interface text.
import { Fragment, type ReactNode } from 'react';
import type { Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';

/** Props that mark an element as holding source text (for elements that are not a plain span). */
export const SOURCE_TEXT = { 'data-source-text': '', lang: 'vi' } as const;

export function Src({ children }: { children: ReactNode }) {
  return <span {...SOURCE_TEXT}>{children}</span>;
}

const MARK = '\u0001';

/**
 * An interface sentence with source text inside it ("Fix «{field}»"): the sentence is translated,
 * each named value is shown as source text. Numbers stay plain values, so that plurals still work.
 */
export function rich(t: Translate, key: MessageKey, values: Record<string, string | number>, source: string[]): ReactNode {
  const marked = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, source.includes(k) ? `${MARK}${k}${MARK}` : v]));
  const parts = t(key, marked).split(MARK);
  return parts.map((p, i) => (i % 2 === 1 ? <Src key={i}>{values[p]}</Src> : <Fragment key={i}>{p}</Fragment>));
}
