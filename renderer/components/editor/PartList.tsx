// The side list of the editor: the ten sections and the appendix, each with its state.
import { useEffect, useRef } from 'react';
import type { Translate } from '../../i18n/i18n';
import { routeHref } from '../../routing/route';
import type { PartSummary } from './part-state';
import { SOURCE_TEXT } from '../common/SourceText';

export function PartState({ part, t }: { part: PartSummary; t: Translate }) {
  return (
    <span className="part-state">
      <span className={`badge badge-${part.state}`}>{t(`state.${part.state}`)}</span>
      {part.errors ? <span className="badge badge-error">{t('state.errors', { n: part.errors })}</span> : null}
      {part.warnings ? <span className="badge badge-warn">{t('state.warnings', { n: part.warnings })}</span> : null}
    </span>
  );
}

export function PartList({ parts, current, t }: { parts: PartSummary[]; current: string; t: Translate }) {
  const ref = useRef<HTMLElement>(null);
  // The side list scrolls on its own: keep the current part in sight as the user moves through the report.
  useEffect(() => {
    const list = ref.current;
    const link = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !link) return;
    const top = link.getBoundingClientRect().top - list.getBoundingClientRect().top + list.scrollTop;
    if (top < list.scrollTop || top + link.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = Math.max(0, top - list.clientHeight / 3);
    }
  }, [current]);
  return (
    <nav className="part-list" aria-label={t('editor.parts')} ref={ref}>
      <h2 className="part-list-title">{t('editor.parts')}</h2>
      <ol>
        {parts.map((p) => (
          <li key={p.id}>
            <a href={routeHref({ page: 'edit', part: p.id, field: null })} aria-current={p.id === current ? 'page' : undefined} className="part-link">
              <span className="part-name" {...SOURCE_TEXT}>
                {p.number ? <span className="part-number">{p.number}.</span> : null} {p.title}
              </span>
              <PartState part={p} t={t} />
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
