// The command line's signing-key passphrase: TONGKET_PASSPHRASE, or asked at the terminal (not echoed).
// Asked at most once per command, and only when a key is actually needed.
import { AppError } from '../../shared/errors';
import { passphraseProtector } from '../services/signing/passphrase-protector';
import type { SecretProtector } from '../services/signing/secret-protector';
import type { CliIo } from './io';

async function askHidden(prompt: string): Promise<string> {
  const { stdin, stderr } = process;
  stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  let answer = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done(() => resolve(answer));
        if (ch === '\u0003') return done(() => reject(new AppError('E_PASSPHRASE', 'Đã hủy nhập mật khẩu.')));
        if (ch === '\u007f') answer = answer.slice(0, -1);
        else answer += ch;
      }
    };
    const done = (finish: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
      finish();
    };
    stdin.on('data', onData);
  });
}

export function cliSecrets(io: CliIo): () => Promise<SecretProtector | null> {
  let protector: SecretProtector | null = null;
  return async () => {
    if (protector) return protector;
    let passphrase = io.env.TONGKET_PASSPHRASE;
    if (!passphrase) {
      if (!process.stdin.isTTY) {
        throw new AppError('E_PASSPHRASE', 'Cần mật khẩu bảo vệ khóa ký: hãy đặt biến môi trường TONGKET_PASSPHRASE (ít nhất 8 ký tự).');
      }
      passphrase = await askHidden('Mật khẩu bảo vệ khóa ký: ');
    }
    protector = passphraseProtector(passphrase);
    return protector;
  };
}
