// The numbered sections of the report body, built from any template: narratives as paragraphs and
// bullets, numbers as sentences, tables as tables, and a visible "(chưa có nội dung)" when nothing was
// written, so that a reader (and the review page) sees the gap instead of a silently missing section.
import type { SectionDef, TemplateDef } from '../campaign/model';
import { fieldSentence, fieldTable, hasContent, isListTable, listItems, tableIntro, tableRows } from './fields';
import type { Block, DocSection } from './model';
import { noteBlocks } from './notes';
import { letter, narrativeBlocks, oneLine } from './text';

export const EMPTY_TEXT = '(chưa có nội dung)';

const placeholder = (): Block => ({ kind: 'paragraph', runs: [{ text: EMPTY_TEXT, italic: true }] });

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
  // Consecutive numbers read as one paragraph of sentences rather than a column of one-liners.
  let sentences: string[] = [];
  const flush = () => {
    if (sentences.length) blocks.push({ kind: 'paragraph', runs: [{ text: sentences.join(' ') }] });
    sentences = [];
  };
  for (const def of section.fields) {
    const value = values[def.key];
    if (def.kind === 'narrative') {
      flush();
      const body = typeof value === 'string' ? narrativeBlocks(value) : [];
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
        blocks.push({ kind: 'numbered', items: listItems(def, value) });
      } else {
        blocks.push({ kind: 'paragraph', runs: [{ text: tableIntro(def, tableRows(def, value).length) }] });
        blocks.push({ kind: 'table', table: fieldTable(def, value) });
      }
    } else {
      const s = fieldSentence(def, value);
      if (s) sentences.push(s);
    }
  }
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
