// Which command-line arguments are TongKet files to import when the OS opens one with the app.
import { describe, expect, it } from 'vitest';
import { MAX_OPENED_FILES, openablePaths, packagePathsFromArgv } from '../../electron/main/open-files';

describe('packagePathsFromArgv', () => {
  it('finds packages and receipts among Chromium switches, in order, made absolute', () => {
    const argv = ['/opt/TongKet/tongket', '--allow-file-access-from-files', '/home/an/hop-thu/LDLD-TAMDUONG_1563_r1.tongket', '--original-process-start-time=1', 'bien-nhan/LDLD-LAICHAU.tongket-receipt'];
    expect(packagePathsFromArgv(argv, '/home/an', true)).toEqual(['/home/an/hop-thu/LDLD-TAMDUONG_1563_r1.tongket', '/home/an/bien-nhan/LDLD-LAICHAU.tongket-receipt']);
  });

  it('skips the app folder Electron is given while developing', () => {
    expect(packagePathsFromArgv(['electron', 'out/electron-app', 'a.tongket'], '/w', false)).toEqual(['/w/a.tongket']);
    expect(packagePathsFromArgv(['electron', 'x.tongket'], '/w', false)).toEqual([]);
    expect(packagePathsFromArgv(['/opt/TongKet/tongket'], '/w', true)).toEqual([]);
  });

  it('accepts file:// URLs (Linux desktop files pass %U) and upper-case extensions', () => {
    expect(openablePaths(['file:///home/an/B%C3%A1o%20c%C3%A1o.TONGKET'], '/')).toEqual(['/home/an/Báo cáo.TONGKET']);
  });

  it('ignores switches, other files, other URLs and duplicates', () => {
    const argv = ['--inspect=9229', '-e', 'report.docx', 'thu.eml', 'folder/', 'https://evil.example/x.tongket', 'app://tongket/x.tongket', 'file://remote-host/x.tongket', '/a.tongket', '/a.tongket', 'a.tongket.zip'];
    expect(openablePaths(argv, '/')).toEqual(['/a.tongket']);
  });

  it('stops at a sane number of files', () => {
    const many = Array.from({ length: MAX_OPENED_FILES + 50 }, (_, i) => `/f${i}.tongket`);
    expect(openablePaths(many, '/')).toHaveLength(MAX_OPENED_FILES);
  });
});
