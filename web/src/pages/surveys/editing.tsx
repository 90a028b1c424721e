import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';

/**
 * Whether the person may change the draft (`surveys.manage`). Without it the builder still opens,
 * folds and previews; only the editing controls are disabled.
 */
export const CanEditContext = createContext(true);

export const useCanEdit = (): boolean => useContext(CanEditContext);

/** Disables every control inside at once when the draft is read-only (a disabled fieldset does that natively). */
export function Editable({ children, className }: { children: ReactNode; className?: string }) {
  const canEdit = useCanEdit();
  return (
    <fieldset className={['plain-fieldset', className].filter(Boolean).join(' ')} disabled={!canEdit}>
      {children}
    </fieldset>
  );
}
