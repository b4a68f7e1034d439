// Finds interface text that is still Vietnamese while the English interface is chosen: every visible
// text and every accessible name or hint written in attributes, except inside elements that hold a
// text the campaign or the user wrote (marked data-source-text: titles, guidance, field names, unit
// names, the printed report), which stay as written. An attribute cannot mark part of itself: an
// accessible name such as "Kết quả, No. 1" is checked without the source texts shown on the page.
import type { Page } from 'playwright-core';

export interface Leak {
  text: string;
  where: string;
}

export async function vietnameseLeaks(page: Page): Promise<Leak[]> {
  return page.evaluate(() => {
    // Letters only Vietnamese uses among the interface's two languages (đ, ơ, ư and the tone marks).
    const VI = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
    const leaks: { text: string; where: string }[] = [];
    const path = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
        parts.unshift(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${typeof e.className === 'string' && e.className ? `.${e.className.split(' ')[0]}` : ''}`);
      }
      return parts.join(' > ');
    };
    const exempt = (el: Element): boolean => el.closest('[data-source-text], textarea, title, script, style') !== null;
    const visible = (el: Element): boolean => {
      if (el.closest('[hidden], [aria-hidden="true"]')) return false;
      const s = getComputedStyle(el);
      return s.display !== 'none' && s.visibility !== 'hidden';
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement;
      if (!text || !el || exempt(el) || !VI.test(text)) continue;
      // Visually hidden text is read by screen readers: it counts too.
      if (!visible(el) && !el.closest('.visually-hidden')) continue;
      leaks.push({ text: text.slice(0, 80), where: path(el) });
    }
    const sources = [...new Set([...document.querySelectorAll('[data-source-text]')].map((e) => (e.textContent ?? '').trim()).filter(Boolean))];
    // Longest first, so that a name is removed whole before a shorter name inside it.
    sources.sort((a, b) => b.length - a.length);
    const withoutSources = (v: string): string => sources.reduce((acc, s) => acc.split(s).join(' '), v);
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (exempt(el)) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(attr);
        if (v && VI.test(withoutSources(v))) leaks.push({ text: `${attr}=${v.slice(0, 80)}`, where: path(el) });
      }
    }
    return leaks;
  });
}
