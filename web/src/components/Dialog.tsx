import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

interface DialogProps {
  isOpen: boolean;
  title: string;
  /** Called when the person dismisses the dialog (Escape, or a close button that calls it). */
  onDismiss: () => void;
  children: ReactNode;
  tone?: 'default' | 'danger';
}

/**
 * A modal built on the native <dialog>: the browser traps focus, handles
 * Escape and hides the rest of the page from screen readers.
 */
export function Dialog({ isOpen, title, onDismiss, children, tone = 'default' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${tone}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onDismiss();
      }}
    >
      {isOpen && (
        <>
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          {children}
        </>
      )}
    </dialog>
  );
}
