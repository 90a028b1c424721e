import { useEffect, useRef } from 'react';
import { ChangeCaseForm } from './ChangeCaseForm.js';
import { CloseCaseForm } from './CloseCaseForm.js';
import { ReopenCaseForm } from './ReopenCaseForm.js';
import type { CaseFormProps } from './CaseWork.js';

/** Where the case goes next: its status, priority and assignment, closing it, or reopening it. */
export function CaseControls(props: CaseFormProps) {
  const { item } = props;
  const isOpen = item.status !== 'resolved' && item.status !== 'closed';
  const isClosed = item.status === 'closed';
  const was = useRef({ isOpen, isClosed });

  // Closing or reopening takes away the form that was used: focus goes to the one that takes its place.
  useEffect(() => {
    const before = was.current;
    was.current = { isOpen, isClosed };
    if (isClosed && !before.isClosed) document.getElementById('case-reopen-title')?.focus();
    else if (isOpen && !before.isOpen) document.getElementById('case-change-title')?.focus();
  }, [isOpen, isClosed]);

  return (
    <>
      {!isClosed && <ChangeCaseForm {...props} />}
      {!isClosed && <CloseCaseForm {...props} />}
      {!isOpen && <ReopenCaseForm {...props} />}
    </>
  );
}
