import type { ReactNode } from 'react';
import { SubmitButton } from '../forms/SubmitButton.js';
import { Alert } from './Alert.js';

interface SaveBarProps {
  isSaved: boolean;
  savedText: string;
  /** Without it (a member who may only read), there is no button. */
  canSave: boolean;
  isBusy: boolean;
  label: string;
  /** The box around the button and any `children` beside it. */
  className?: string;
  children?: ReactNode;
}

/** The end of an editor's form: the note that it was saved, and the button that saves it. */
export function SaveBar({ isSaved, savedText, canSave, isBusy, label, className, children }: SaveBarProps) {
  return (
    <>
      {isSaved && <Alert tone="success">{savedText}</Alert>}
      {canSave && (
        <div className={className}>
          <SubmitButton isBusy={isBusy} label={label} />
          {children}
        </div>
      )}
    </>
  );
}
