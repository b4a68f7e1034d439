// How the private key is kept on disk: never in the clear. The desktop app protects it with Electron's
// safeStorage (the OS keychain / DPAPI); the command line with a key derived from a passphrase.
// Both sit behind this interface so that the rest of the code does not know which.
export interface SecretProtector {
  /** Stored beside the blob, so that the right protector is asked to open it. */
  readonly scheme: string;
  protect(secret: Buffer): Promise<Buffer>;
  unprotect(blob: Buffer): Promise<Buffer>;
}
