// English text of backups; must translate exactly the Vietnamese keys.
import type { viBackup } from './vi-backup';

export const enBackup: Record<keyof typeof viBackup, string> = {
  'recovery.title': 'The data is damaged',
  'recovery.help':
    'TongKet wrote nothing to the damaged data file. Restore the latest backup below (usually the daily automatic one); the damaged file is kept in the backup folder.',
  'backup.title': 'Backup and restore',
  'backup.help':
    'A backup holds all the data: the report, its history, received packages and the signing key (always encrypted). The app backs up every day and before each upgrade. To move to a new computer, copy a backup there and restore it.',
  'backup.now': 'Back up now',
  'backup.made': 'Backed up and checked: {name} ({size}).',
  'backup.restored': 'Data restored from {name}. The data it replaced was kept as a backup.',
  'backup.list': 'Backups on this computer',
  'backup.none': 'No backup yet.',
  'backup.when': 'Time',
  'backup.kind': 'Kind',
  'backup.kind.hang-ngay': 'Daily, automatic',
  'backup.kind.truoc-nang-cap': 'Before an upgrade',
  'backup.kind.truoc-khoi-phuc': 'Before a restore',
  'backup.kind.thu-cong': 'Made by hand',
  'backup.kind.hong': 'Damaged copy kept',
  'backup.file': 'File',
  'backup.size': 'Size',
  'backup.actions': 'Actions',
  'backup.restore': 'Restore',
  'backup.restoreLabel': 'Restore backup {name}',
  'backup.confirm': 'Replace the current data with this one?',
  'backup.restoreYes': 'Restore',
};
