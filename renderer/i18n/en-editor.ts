// English for vi-editor.ts, key for key.
import type { viEditor } from './vi-editor';

export const enEditor: Record<keyof typeof viEditor, string> = {
  'aggregate.status.counted': 'Counted',
  'aggregate.status.missing': 'Not received',
  'aggregate.status.held': 'Held',
  'aggregate.status.not-accepted': 'Not accepted',
  'aggregate.status.conflict': 'Conflict',
  'aggregate.status.invalid': 'Data errors',
  'aggregate.status.template': 'Other template',
  'aggregate.status.unexpected': 'Not on the list',
  'aggregate.basis.accepted': 'accepted reports',
  'aggregate.basis.received': 'latest received',
};
