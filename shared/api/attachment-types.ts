// Attachments (issue 17): files a unit signs into its package beside the report — above all the scan of
// the signed and stamped paper report, and photos — and that the receiving unit opens or saves.

/** What the pages show of one attachment: its name in the package, its size and what it is. */
export interface AttachmentInfo {
  /** The name under `attachments/` in the package, e.g. "bao-cao-da-ky.pdf". */
  name: string;
  size: number;
  mediaType: string;
  sha256: string;
}

/** One received attachment read out of a verified package, for the page to open or save. */
export interface AttachmentContent extends AttachmentInfo {
  dataBase64: string;
}

/** A received attachment written to the folder the host chose. */
export interface SavedAttachment {
  fileName: string;
  path: string;
  size: number;
}

/** The limits a unit's attachments keep, so that the package stays within what the verifier accepts. */
export const ATTACHMENT_LIMITS = {
  /** One file: a scanned report of a few pages at 300 dpi is 2–5 MB. */
  fileBytes: 20 * 1024 * 1024,
  /** All attachments of one revision together, below the package's own 50 MB. */
  totalBytes: 40 * 1024 * 1024,
  /** Files per revision, well under the package's 64 entries. */
  count: 20,
} as const;

/** Types a unit may attach, by extension: what the verifier at the province accepts. */
export const ATTACHMENT_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png', 'docx', 'xlsx'] as const;
