// The page's one h1. When the user moves to another page it takes focus (unless a field was asked
// for), so that keyboard and screen-reader users start at the top of the new content. On the very
// first page it does not, so that Tab starts with the skip link as on any web page.
import { useEffect, useRef, type ReactNode } from 'react';

let firstPageShown = false;

export function PageTitle({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!firstPageShown) {
      firstPageShown = true;
      return;
    }
    if (!window.location.hash.includes('field=')) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
