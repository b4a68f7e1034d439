// English text of backups; must translate exactly the Vietnamese keys.
import type { viBackup } from './vi-backup';

export const enBackup: Record<keyof typeof viBackup, string> = {
  'recovery.title': 'The data is damaged',
  'recovery.help':
    'TongKet wrote nothing to the damaged data file. Restore the latest backup below (usually the daily automatic one); the damaged file is kept in the backup folder.',
  'backup.title': 'Backup and restore',
  'backup.help':
    'A backup holds all the data: the report, its history, received packages and the signing key (always encrypted). The app backs up every day and before each upgrade. To move to a new computer, use "Move to a new computer" above: an ordinary backup cannot carry the signing key.',
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
  'backup.kind.tu-tep': 'File from another computer',
  'backup.fromFile': 'Restore from a file',
  'backup.fromFileHelp': 'Choose a .sqlite file made by TongKet, for example a move file copied from the old computer on a USB stick. The current data is kept as a backup before the restore.',
  'backup.fromFileHelpFirst': 'Choose a .sqlite file made by TongKet, for example a move file copied from the old computer on a USB stick.',
  'backup.fromFileChoose': 'Choose a backup file',
  'backup.fromFileConfirm': 'Replace the current data with the file {name} ({size})?',
  'backup.fromFileBusy': 'Checking and restoring {name}…',
  'firstRun.moveTitle': 'Moving from another computer?',
  'firstRun.moveHelp':
    'If your unit already used TongKet on another computer, do not set it up again: restore the move file (or a backup) brought from the old computer. The report, its history and the signing key come back as they were.',
  'key.title': 'Signing key on this computer',
  'key.openSettings': 'Open Settings → Signing key on this computer',
  'key.none': 'The unit has no signing key yet. It is made at the first export.',
  'key.fingerprint': 'Fingerprint',
  'key.state.ready': 'The signing key works on this computer.',
  'key.state.needs-passphrase':
    'The signing key was moved from another computer and is protected by the move passphrase. Type it once; this computer then protects the key itself and will not ask again.',
  'key.state.unreadable':
    'This computer cannot open the signing key: it is protected by the old computer’s keychain (the data came from an ordinary backup). Best: on the old computer, go to Settings → "Move to a new computer", make a move file and restore it here. If the old computer no longer works, make a new key.',
  'key.state.no-protection': 'This computer has no way to protect a signing key (no system keychain), so reports cannot be signed yet.',
  'key.passphrase': 'Move passphrase',
  'key.adopt': 'Unlock the key on this computer',
  'key.adopted': 'The signing key is unlocked. This computer protects it from now on; the fingerprint is still {fingerprint}, so the level above recognises the key.',
  'key.announce': 'Announce a new key to the level above',
  'key.announceHelp':
    'Replacing the signing key as planned (for example before handing the work to someone else)? The new key is announced in the next package, signed by the current key; from the package after that, reports are signed by the new key. The level above still confirms the new fingerprint by phone.',
  'key.nextWaiting':
    'The new key {fingerprint} will be announced to the level above in the next package (signed by the current key); after that package, reports are signed by the new key.',
  'key.replace': 'Make a new signing key',
  'key.replaceWhen': 'Could the signing key have leaked (for example a lost USB stick with a move file)? Make a new key and ask the level above to revoke the old one.',
  'key.replaceTitle': 'Make a new signing key?',
  'key.replaceIntro':
    'The old key ({fingerprint}) will be revoked on this computer and can no longer sign. The level above will hold reports signed with the new key until it confirms the new fingerprint by phone.',
  'key.replaced':
    'A new signing key was made, fingerprint {fingerprint}. Export the public key file, send it to the level above, read this fingerprint to them by phone so that they can confirm it, and ask them to revoke the old key.',
  'key.exportPublic': 'Export the public key file',
  'key.publicWritten': 'Public key file written: {path}',
  'move.title': 'Move to a new computer',
  'move.help':
    'The signing key on this computer is protected by its keychain, so an ordinary backup cannot open the key elsewhere. A move file carries all the data and the signing key, protected by a passphrase you choose. On the new computer: install TongKet, choose "Restore from a file", then type this passphrase. The level above still recognises the key.',
  'move.passphrase': 'Move passphrase',
  'move.passphraseHelp': 'At least 8 characters. Remember it; do not send it by e-mail with the file.',
  'move.passphraseAgain': 'Type the passphrase again',
  'move.mismatch': 'The two passphrases are not the same.',
  'move.tooShort': 'The move passphrase must have at least 8 characters.',
  'move.create': 'Make a move file',
  'move.made': 'Move file {name} ({size}) written to {file}. Copy it to the new computer (USB stick). Key fingerprint: {fingerprint}.',
  'move.notReady': 'A move file can only be made when the signing key works on this computer.',
};
