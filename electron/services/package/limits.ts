// Limits for reading a package that came by e-mail from anywhere (SPEC §6, issue 5). A real package is
// about 100 KB; these leave room for scanned attachments and refuse zip bombs before inflating.
export const LIMITS = {
  packageBytes: 50 * 1024 * 1024,
  entries: 64,
  entryBytes: 25 * 1024 * 1024,
  totalBytes: 50 * 1024 * 1024,
  compressionRatio: 100,
  manifestBytes: 256 * 1024,
  signatureBytes: 1024,
  nameLength: 200,
  /** A unit revises its report a handful of times; a signed revision above this is absurd (issue 12). */
  revision: 1000,
} as const;
