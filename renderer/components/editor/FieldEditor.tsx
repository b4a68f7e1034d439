// One field of a section, whatever its kind, in its frame with its validation notes.
import type { FieldDef } from '../../../shared/campaign/model';
import type { RawCells } from '../../../shared/report/raw-inputs';
import type { FieldValue } from '../../../shared/report/values';
import type { Translate } from '../../i18n/i18n';
import { fieldDomId } from '../../routing/route';
import { FieldFrame } from '../fields/FieldFrame';
import { ChoicesInput, NarrativeInput, NumberInput, TextInput, type InputBinding } from '../fields/inputs';
import { IssueNotes, issueDomId, type FieldIssue } from '../fields/IssueNotes';
import { TableInput } from '../fields/TableInput';
import { SOURCE_TEXT } from '../common/SourceText';
import { rich, Src } from '../common/SourceText';

export interface EditorCallbacks {
  change(key: string, value: FieldValue | null, raw?: RawCells, typed?: string): void;
  localError(key: string, message: string | null): void;
  blur(): void;
  explain(ruleId: string, text: string): void;
}

export interface FieldEditorProps {
  def: FieldDef;
  value: unknown;
  /** The field's cells kept as typed (not readable yet). */
  raw: RawCells | undefined;
  error: string | undefined;
  issues: FieldIssue[];
  /** The messages of a group this field belongs to, said once at another field of the page (DOM ids). */
  group?: string[] | undefined;
  /** The level above's comment on this field when it returned the report, until the next revision is sent. */
  reviewComment?: ReviewComment | undefined;
  explanationErrors: Record<string, string>;
  on: EditorCallbacks;
  t: Translate;
}

const hintOf = (def: FieldDef, t: Translate): string | undefined => (def.kind === 'narrative' ? t('narrative.hint') : undefined);

export interface ReviewComment {
  issuer: string;
  revision: number;
  comment: string;
}

export function ReviewNote({ fieldId, note, t }: { fieldId: string; note: ReviewComment; t: Translate }) {
  return (
    <p className="review-note" id={`${fieldId}-review`}>
      <strong>{rich(t, 'editor.reviewComment', { issuer: note.issuer, n: note.revision }, ['issuer'])}: </strong>
      <Src>{note.comment}</Src>
    </p>
  );
}

export function FieldEditor({ def, value, raw, error, issues, group = [], reviewComment, explanationErrors, on, t }: FieldEditorProps) {
  const id = fieldDomId(def.key);
  const issueIds = issues.map((i) => issueDomId(id, i.ruleId));
  return (
    <FieldFrame
      id={id}
      label={def.label}
      help={def.help}
      hint={hintOf(def, t)}
      optional={def.optional}
      error={error}
      t={t}
      as={def.kind === 'choices' || def.kind === 'table' ? 'group' : 'field'}
      describedBy={[
        ...(def.kind === 'integer' || def.kind === 'money' ? [`${id}-unit`] : []),
        ...(reviewComment ? [`${id}-review`] : []),
        ...issueIds,
        ...group,
      ]}
      invalid={issues.some((i) => i.severity === 'error') || group.length > 0}
      notes={
        <>
          {reviewComment ? <ReviewNote fieldId={id} note={reviewComment} t={t} /> : null}
          <IssueNotes fieldId={id} issues={issues} explanationErrors={explanationErrors} onExplain={on.explain} onExplainBlur={on.blur} t={t} />
        </>
      }
    >
      {(aria) => {
        const bind: InputBinding = {
          id,
          describedBy: aria.describedBy,
          invalid: aria.invalid,
          onChange: (v, r, typed) => on.change(def.key, v, r, typed),
          onLocalError: (m) => on.localError(def.key, m),
          onBlur: on.blur,
          t,
        };
        switch (def.kind) {
          case 'narrative':
            return <NarrativeInput {...bind} value={value} raw={raw} placeholder={def.placeholder} />;
          case 'text':
            return <TextInput {...bind} value={value} raw={raw} />;
          case 'integer':
          case 'money':
            return (
              <div className="input-row">
                <NumberInput {...bind} value={value} raw={raw} integer />
                <span className="input-unit" id={`${id}-unit`} {...SOURCE_TEXT}>
                  {def.unit}
                </span>
              </div>
            );
          case 'choices':
            return <ChoicesInput {...bind} value={value} label={def.label} options={def.options} />;
          case 'table':
            return <TableInput {...bind} value={value} raw={raw} def={def} label={def.label} optional={def.optional} />;
        }
      }}
    </FieldFrame>
  );
}
