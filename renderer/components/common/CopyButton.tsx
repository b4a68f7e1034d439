// A "copy" button with a spoken confirmation, so that a screen-reader user also knows it worked.
import { useEffect, useState } from 'react';
import type { Translate } from '../../i18n/i18n';
import { copyText } from '../../platform/clipboard';

export function CopyButton({ text, label, t }: { text: string; label: string; t: Translate }) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  useEffect(() => {
    if (state !== 'done') return;
    const timer = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <span className="copy">
      <button type="button" className="button" onClick={() => void copyText(text).then((ok) => setState(ok ? 'done' : 'failed'))}>
        {label}
      </button>
      <span role="status" className={`copy-status copy-${state}`}>
        {state === 'done' ? t('common.copied') : state === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </span>
  );
}
