// Real files a unit attaches (issue 17): a "scan" of the signed report as a PDF with a page image, a
// JPEG photo made from it by poppler, and a PNG renamed to .pdf (the file whose content is not what
// its name says).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';

function pdfBytes(title: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', info: { CreationDate: new Date('2023-05-19T00:00:00Z') } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(24).text(title, 72, 72);
    doc.rect(72, 140, 450, 600).lineWidth(3).stroke();
    doc.circle(420, 650, 60).lineWidth(4).stroke('red');
    doc.end();
  });
}

export interface AttachmentFiles {
  scanPdf: string;
  photoJpeg: string;
  photoPng: string;
  /** A PNG named .pdf. */
  mislabelled: string;
}

/** Writes the files into `dir` (file names with Vietnamese letters and a space, as users name them). */
export async function makeAttachmentFiles(dir: string): Promise<AttachmentFiles> {
  const scanPdf = join(dir, 'Bao cao da ky dong dau.pdf');
  writeFileSync(scanPdf, await pdfBytes('BAO CAO - ban quet'));
  execFileSync('pdftoppm', ['-jpeg', '-r', '30', '-singlefile', scanPdf, join(dir, 'hoi-nghi')]);
  execFileSync('pdftoppm', ['-png', '-r', '20', '-singlefile', scanPdf, join(dir, 'anh')]);
  const photoJpeg = join(dir, 'hoi-nghi.jpg');
  const photoPng = join(dir, 'anh.png');
  const mislabelled = join(dir, 'bien-ban.pdf');
  writeFileSync(mislabelled, readFileSync(photoPng));
  return { scanPdf, photoJpeg, photoPng, mislabelled };
}
