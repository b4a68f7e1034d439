// Layout checks for small office screens: every control can be reached without an inner horizontal
// scrollbar (the control itself answers elementFromPoint at its centre once scrolled into view), and the
// page header stays small.
import type { Page } from 'playwright-core';

export interface LayoutReport {
  headerHeight: number;
  /** Scroll boxes wider than their frame (an inner horizontal scrollbar), and the page itself. */
  horizontalScrollers: string[];
  /** Controls that another element covers, or that sit outside the window, after scrollIntoView. */
  unreachable: string[];
}

export async function checkLayout(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const describe = (el: Element): string => {
      const label = el.getAttribute('aria-label') ?? el.id ?? '';
      const text = (el.textContent ?? '').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${label || text}`.trim();
    };
    const header = document.querySelector('header.topbar');
    const horizontalScrollers: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) horizontalScrollers.push(`page ${document.documentElement.scrollWidth}px`);
    for (const el of document.querySelectorAll('main *')) {
      const style = getComputedStyle(el);
      if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
        horizontalScrollers.push(`${describe(el)} ${el.scrollWidth}>${el.clientWidth}`);
      }
    }
    const unreachable: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>('header a, header button, main a[href], main button, main input, main textarea, main select');
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      if (box.width <= 2 || box.height <= 2 || el.closest('[hidden], .visually-hidden, details:not([open]) > :not(summary)')) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      // A link that wraps has several boxes: its first line is where a person clicks.
      const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const hit = x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight ? document.elementFromPoint(x, y) : null;
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
      const ok = hit !== null && (hit === el || el.contains(hit) || (label?.contains(hit) ?? false) || hit.closest('label')?.contains(el) === true);
      if (!ok) unreachable.push(`${describe(el)} → ${hit ? describe(hit) : 'outside the window'}`);
    }
    window.scrollTo(0, 0);
    return { headerHeight: header?.getBoundingClientRect().height ?? 0, horizontalScrollers, unreachable };
  });
}
