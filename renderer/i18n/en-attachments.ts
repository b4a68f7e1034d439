// English text of attachments (issue 17); the keys are those of vi-attachments.ts.
import type { viAttachments } from './vi-attachments';

export const enAttachments: Record<keyof typeof viAttachments, string> = {
  'attach.title': 'Attachments',
  'attach.help': 'Attach the scan of the signed and stamped report (PDF, JPEG, PNG) and photos; they are signed with the package. Up to 20 MB per file, up to 20 files.',
  'attach.frozen': 'This revision has been exported: the files below are signed in its package. To change them, open a new revision.',
  'attach.choose': 'Choose files…',
  'attach.busy': 'Attaching…',
  'attach.drop': 'or drag and drop files here.',
  'attach.none': 'No attachments yet.',
  'attach.remove': 'Remove',
  'attach.removeFile': 'Remove file {name}',
  'attach.refused': '{n} files could not be attached',
  'attach.received': 'Attachments ({n})',
  'attach.receivedUnit': 'Attachments of {unit}',
  'attach.receivedTitle': 'Attachments — {unit}, revision {revision}',
  'attach.open': 'Open',
  'attach.openFile': 'Open file {name}',
  'attach.save': 'Save…',
  'attach.saveFile': 'Save file {name}',
  'attach.saved': 'Saved {path}',
  'attach.dropHint': 'Drop files here to attach them to the report',
  'attach.close': 'Close',
};
