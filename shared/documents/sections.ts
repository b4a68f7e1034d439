// The numbered sections of the report body, built from any template: narratives as paragraphs and
// bullets, tables as tables, and a visible "(chưa có nội dung)" when nothing was written, so that a
// reader (and the review page) sees the gap instead of a silently missing section.
// Counts and amounts live in the appendix's activity table. In the body a count reads as a sentence
// only where the template gives it one, and not when the narrative already says that number: the
// writer's own words come first, and the section then points to the appendix for the figures.
import type { SectionDef, TemplateDef } from '../campaign/model';
import { fieldSentence, fieldTable, hasContent, isListTable, listItems, tableIntro, tableRows } from './fields';
import { formatNumber } from '../format/vi';
import type { Block, DocSection } from './model';
import { noteBlocks } from './notes';
import { letter, narrativeBlocks, oneLine } from './text';

export const EMPTY_TEXT = '(chưa có nội dung)';

const placeholder = (): Block => ({ kind: 'paragraph', runs: [{ text: EMPTY_TEXT, italic: true }] });

/** Where the body sends the reader for the figures of a section. */
export const APPENDIX_POINTER = 'chi tiết tại Phụ lục kèm theo';

const isCount = (def: SectionDef['fields'][number]): boolean => def.kind === 'integer' || def.kind === 'money';

/** Whether the narrative already states the number, as "1.850" or "1850" (not inside a longer number). */
export function saysNumber(narrative: string, value: number): boolean {
  const forms = [formatNumber(value, 0), String(value)].map((f) => f.replace(/[.,]/g, (c) => `\\${c}`));
  return forms.some((f) => new RegExp(`(?<![\\d.,])${f}(?![\\d]|[.,]\\d)`).test(narrative));
}

export const sectionHeading = (section: SectionDef): string => `${section.number}. ${oneLine(section.title)}`;

export const sectionIsEmpty = (section: SectionDef, values: Record<string, unknown>): boolean =>
  section.fields.every((f) => !hasContent(f, values[f.key]));

/** Sections that would print "(chưa có nội dung)", in order, for the review page. */
export function emptySections(template: TemplateDef, values: Record<string, unknown>): { id: string; number: number; title: string }[] {
  return template.sections.filter((s) => sectionIsEmpty(s, values)).map((s) => ({ id: s.id, number: s.number, title: s.title }));
}

function fieldBlocks(section: SectionDef, values: Record<string, unknown>): Block[] {
  const blocks: Block[] = [];
  // Several narratives (strengths, limitations, causes…) each get a lettered sub-heading.
  const narratives = section.fields.filter((f) => f.kind === 'narrative');
  const lettered = narratives.length > 1;
  const written = narratives.map((f) => values[f.key]).filter((v): v is string => typeof v === 'string').join('\n');
  const counted = section.fields.some((f) => isCount(f) && hasContent(f, values[f.key]));
  // Consecutive numbers read as one paragraph of sentences rather than a column of one-liners.
  let sentences: string[] = [];
  // The field of a paragraph of sentences, when they all come from one field.
  let sentenceFields = new Set<string>();
  const flush = () => {
    const [only] = sentenceFields;
    if (sentences.length) blocks.push({ kind: 'paragraph', runs: [{ text: sentences.join(' ') }], ...(sentenceFields.size === 1 && only ? { field: only } : {}) });
    sentences = [];
    sentenceFields = new Set();
  };
  const ofField = (key: string, list: Block[]): Block[] => list.map((b) => ({ ...b, field: key }));
  for (const def of section.fields) {
    const value = values[def.key];
    if (def.kind === 'narrative') {
      flush();
      const body = typeof value === 'string' ? ofField(def.key, narrativeBlocks(value)) : [];
      if (lettered) {
        blocks.push({ kind: 'subheading', text: `${letter(narratives.indexOf(def))}) ${oneLine(def.label)}` });
        blocks.push(...(body.length ? body : [placeholder()]));
      } else {
        blocks.push(...body);
      }
    } else if (def.kind === 'table') {
      flush();
      if (!hasContent(def, value)) continue;
      if (isListTable(def)) {
        blocks.push({ kind: 'numbered', items: listItems(def, value), field: def.key });
      } else {
        blocks.push({ kind: 'paragraph', runs: [{ text: tableIntro(def, tableRows(def, value).length) }], field: def.key });
        blocks.push({ kind: 'table', table: fieldTable(def, value), field: def.key });
      }
    } else if (isCount(def)) {
      if (!def.sentence || typeof value !== 'number' || saysNumber(written, value)) continue;
      const s = fieldSentence(def, value);
      if (s) {
        sentences.push(s);
        sentenceFields.add(def.key);
      }
    } else {
      const s = fieldSentence(def, value);
      if (s) {
        sentences.push(s);
        sentenceFields.add(def.key);
      }
    }
  }
  // The figures of the section are in the appendix: say so once, after the section's own lines.
  if (counted) sentences.push(`Số liệu ${APPENDIX_POINTER}.`);
  flush();
  return blocks;
}

export function buildSection(section: SectionDef, values: Record<string, unknown>, notes: string[]): DocSection {
  const empty = sectionIsEmpty(section, values);
  return {
    id: section.id,
    heading: sectionHeading(section),
    blocks: empty ? [placeholder(), ...noteBlocks(notes)] : [...fieldBlocks(section, values), ...noteBlocks(notes)],
    empty,
  };
}
