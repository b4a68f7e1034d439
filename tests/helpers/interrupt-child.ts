// Child process of export-interrupt.test.ts, killed with SIGKILL at random moments. Writes forever:
//   buffer FILE SIZE — writeFileAtomic of a SIZE-byte self-checking file (stamped-buffer.ts), new content each time
//   export DATA OUT — the real export in a loop, opening a new revision (reason + a changed field) each time
// Prints "ready" once the loop is about to start, so that the parent times its kill from there.
import { openAppServices } from '../../electron/services/app-services';
import { writeFileAtomic } from '../../electron/services/fs/atomic-write';
import { passphraseProtector } from '../../electron/services/signing/passphrase-protector';
import { TEST_PASSPHRASE } from './cli';
import { background, stamped } from './stamped-buffer';

async function bufferLoop(file: string, size: number): Promise<never> {
  const base = background(size);
  process.stdout.write('ready\n');
  for (let n = 1; ; n++) writeFileAtomic(file, stamped(base, n));
}

async function exportLoop(dataDir: string, out: string): Promise<never> {
  const { api } = openAppServices({
    dataDir,
    host: { appVersion: '0.1.0', secrets: async () => passphraseProtector(TEST_PASSPHRASE), chooseExportDir: async () => out },
  });
  process.stdout.write('ready\n');
  for (let n = 0; ; n++) {
    if ((await api.getDraft({})).status === 'frozen') {
      await api.startRevision({ reason: `Sửa số liệu lần ${n}` });
      await api.saveField({ key: 's5.courses', value: 10 + (n % 50) });
    }
    await api.exportPackage({});
  }
}

const [mode, a, b] = process.argv.slice(2);
if (mode === 'buffer' && a && b) await bufferLoop(a, Number(b));
else if (mode === 'export' && a && b) await exportLoop(a, b);
else throw new Error('usage: interrupt-child.ts buffer FILE SIZE | export DATA OUT');
