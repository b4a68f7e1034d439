// Text as the builder receives it may come from a draft file nobody validated: make it printable here,
// once, so that every block of the model holds clean single-line strings.
import { cleanText } from '../report/values';
import type { Block } from './model';

/** NFC, no XML-forbidden characters, tabs and line breaks folded to single spaces, trimmed. */
export const oneLine = (s: string): string => cleanText(s).replace(/\s+/g, ' ').trim();

/** Replaces `{name}` placeholders; unknown names are left as they are, visibly. */
export const fill = (template: string, vars: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);

const BULLET = /^-\s+/;

/**
 * A narrative as blocks: one paragraph per non-blank line, and a bullet for a line that starts with
 * "- " (how office staff write lists in Word). Blank lines only separate.
 */
export function narrativeBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of cleanText(text).split('\n')) {
    const line = oneLine(raw);
    if (line === '' || line === '-') continue;
    blocks.push(BULLET.test(line) ? { kind: 'bullet', runs: [{ text: line.replace(BULLET, '') }] } : { kind: 'paragraph', runs: [{ text: line }] });
  }
  return blocks;
}

/** "a", "b", … "z", then "aa", "ab", … for sub-headings inside a section. */
export function letter(index: number): string {
  const a = 'abcdefghijklmnopqrstuvwxyz';
  return index < a.length ? (a[index] ?? '') : `${letter(Math.floor(index / a.length) - 1)}${a[index % a.length] ?? ''}`;
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 4 → "IV", for group rows of the appendix tables. */
export function roman(n: number): string {
  let rest = Math.max(1, Math.floor(n));
  let out = '';
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** Upper case the Vietnamese way ("đ" → "Đ"), for the unit names of the header. */
export const upper = (s: string): string => oneLine(s).toLocaleUpperCase('vi');

/** "Hội nghị" → "hội nghị", for labels listed inside a sentence; acronyms like "CĐCS" stay. */
export const lowerFirst = (s: string): string => {
  const first = s.charAt(0);
  const second = s.charAt(1);
  return second && second === second.toLocaleUpperCase('vi') && second !== second.toLocaleLowerCase('vi')
    ? s
    : first.toLocaleLowerCase('vi') + s.slice(1);
};
