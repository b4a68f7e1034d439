// Power cut or crash in the middle of typing: a child saves fields in a loop and is killed with
// SIGKILL at random moments. Afterwards the database must pass integrity_check and hold every save
// the child had acknowledged.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openAppServices } from '../../electron/services/app-services';
import { databasePath } from '../../electron/services/data-dir';
import { useTempDirs } from '../helpers/temp';
import { mulberry32 } from '../helpers/prng';

const tempDir = useTempDirs();
const CHILD = fileURLToPath(new URL('../helpers/save-loop-child.ts', import.meta.url));
const KILLS = 20;

function runAndKill(dataDir: string, start: number, afterAcks: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, String(start)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: number[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const l of lines) if (l.startsWith('ACK ')) acks.push(Number(l.slice(4)));
      if (acks.length >= afterAcks && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(acks) : reject(new Error(`tiến trình con tự dừng: ${stderr}`))));
  });
}

describe('crash safety', () => {
  it(`keeps every acknowledged save through ${KILLS} kills at random moments`, async () => {
    const dir = tempDir();
    const setup = openAppServices({ dataDir: dir, create: true });
    await setup.api.saveProfile({ unitCode: 'LDLD-TAMDUONG', signerName: 'Lò Văn Minh' });
    setup.close();
    const random = mulberry32(20230519);
    const acknowledged: number[] = [];
    for (let k = 0; k < KILLS; k++) {
      const start = k * 100_000;
      acknowledged.push(...(await runAndKill(dir, start, 1 + Math.floor(random() * 60))));
      const db = new Database(databasePath(dir));
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const saved = new Set(
          db
            .prepare<[], { new_json: string }>("SELECT new_json FROM audit_log WHERE target = 'field'")
            .all()
            .map((r) => Number(/(\d+)/.exec(r.new_json)?.[1])),
        );
        const lost = acknowledged.filter((n) => !saved.has(n));
        expect(lost, `lần ${k + 1}`).toEqual([]);
      } finally {
        db.close();
      }
    }
    expect(acknowledged.length).toBeGreaterThan(KILLS);
  }, 180_000);
});
