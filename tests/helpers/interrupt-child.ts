// Child process of export-interrupt.test.ts, killed with SIGKILL at a point it announces. Writes in a loop:
//   buffer FILE SIZE STOP — writeFileAtomic of a SIZE-byte self-checking file (stamped-buffer.ts), new content each time
//   export DATA OUT STOP — the real export in a loop, opening a new revision (reason + a changed field) each time
// At the STOP-th atomic write, once its temporary file is complete and just before the rename, it prints
// "stopped" and waits for ever: the parent kills it there, whatever the speed of the machine.
import { openAppServices } from '../../electron/services/app-services';
import { atomicWriteProbe, writeFileAtomic } from '../../electron/services/fs/atomic-write';
import { passphraseProtector } from '../../electron/services/signing/passphrase-protector';
import { TEST_PASSPHRASE } from './cli';
import { background, stamped } from './stamped-buffer';

function stopAt(stop: number): void {
  let writes = 0;
  atomicWriteProbe.beforeRename = () => {
    if (++writes < stop) return;
    process.stdout.write('stopped\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  };
}

function bufferLoop(file: string, size: number): never {
  const base = background(size);
  for (let n = 1; ; n++) writeFileAtomic(file, stamped(base, n));
}

async function exportLoop(dataDir: string, out: string): Promise<never> {
  const { api } = openAppServices({
    dataDir,
    host: { appVersion: '0.1.0', secrets: async () => passphraseProtector(TEST_PASSPHRASE), chooseExportDir: async () => out },
  });
  for (let n = 0; ; n++) {
    if ((await api.getDraft({})).status === 'frozen') {
      await api.startRevision({ reason: `Sửa số liệu lần ${n}` });
      await api.saveField({ key: 's5.courses', value: 10 + (n % 50) });
    }
    await api.exportPackage({});
  }
}

const [mode, a, b, stop] = process.argv.slice(2);
if (!stop || !(Number(stop) >= 1)) throw new Error('usage: interrupt-child.ts buffer FILE SIZE STOP | export DATA OUT STOP');
stopAt(Number(stop));
if (mode === 'buffer' && a && b) bufferLoop(a, Number(b));
else if (mode === 'export' && a && b) await exportLoop(a, b);
else throw new Error('usage: interrupt-child.ts buffer FILE SIZE STOP | export DATA OUT STOP');
