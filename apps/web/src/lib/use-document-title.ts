import { useEffect } from 'react';

/** "Unit Kerja · Selaras": each page names itself for tabs, history and screen readers. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Selaras` : 'Selaras';
  }, [title]);
}
