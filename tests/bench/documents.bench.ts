// Document budget: rendering the DOCX report, its PDF and the XLSX appendix of the sample report must
// take at most 1 s warm on an office PC. Run alone: npx tsx tests/bench/documents.bench.ts
import { performance } from 'node:perf_hooks';
import { renderDocx, renderPdf, renderReportDocuments, renderXlsx } from '../../electron/services/documents/index';
import { buildReportDocument } from '../../shared/documents/build';
import { sampleInput } from '../documents/helpers';
import { report } from './stats';

const WARMUP = 5;
const RUNS = 30;

async function time(fn: () => Promise<unknown> | unknown): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

const input = await sampleInput();
const model = buildReportDocument(input);
const sizes = await renderReportDocuments(input);
console.log(`Mẫu Tam Đường: DOCX ${Math.round(sizes.docx.length / 1024)} KB, PDF ${Math.round(sizes.pdf.length / 1024)} KB, XLSX ${Math.round(sizes.xlsx.length / 1024)} KB`);
report('Dựng mô hình văn bản', await time(() => buildReportDocument(input)));
report('Xuất DOCX (từ mô hình)', await time(() => renderDocx(model)));
report('Xuất XLSX (từ mô hình)', await time(() => renderXlsx(model)));
report('Xuất PDF (từ mô hình)', await time(() => renderPdf(model)));
report('Cả ba văn bản (renderReportDocuments)', await time(() => renderReportDocuments(input)), 1000);
