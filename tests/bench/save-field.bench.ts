// Autosave budget: saving one field (parse, one transaction with synchronous=FULL, revalidate the whole
// report) must stay under 20 ms at p95 on an office PC. Measured on a real file database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openAppServices } from '../../electron/services/app-services';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import type { ReportValues } from '../../shared/report/values';
import { validateReport } from '../../shared/validation/engine';
import { GOOD_SAMPLE, readFixture } from '../helpers/fixtures';
import { report } from './stats';

const dir = mkdtempSync(join(tmpdir(), 'tongket-bench-'));
const services = openAppServices({ dataDir: dir, create: true });
try {
  const { api } = services;
  const sample = readFixture(GOOD_SAMPLE);
  await api.saveProfile({ unitCode: 'LDLD-TAMDUONG' });
  await api.loadDraft({ draft: sample });

  const narrative = String(sample.values['s4.narrative']);
  const saves: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const t0 = performance.now();
    if (i % 2 === 0) await api.saveField({ key: 's5.courses', value: 10 + (i % 7) });
    else await api.saveField({ key: 's4.narrative', value: `${narrative}\n- bổ sung ${i}` });
    saves.push(performance.now() - t0);
  }
  report('Lưu một ô (1.000 lần, đĩa thật, FULL sync)', saves, 20);

  const values = sample.values as ReportValues;
  const validations: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const t0 = performance.now();
    validateReport(campaign1563.template, values, sample.explanations);
    validations.push(performance.now() - t0);
  }
  report('Kiểm tra toàn bộ báo cáo (1.000 lần)', validations);
} finally {
  services.close();
  rmSync(dir, { recursive: true, force: true });
}
