import type { CaseDetail } from '../../api/cases.js';
import { ActionForm } from './ActionForm.js';
import { NoteForm } from './NoteForm.js';
import { ReplyForm } from './ReplyForm.js';
import type { RespondLookups } from './useRespondLookups.js';

export interface CaseFormProps {
  workspaceId: string;
  item: CaseDetail;
  lookups: RespondLookups;
  /** The case as the server answered after a change. */
  onChange: (next: CaseDetail) => void;
}

/** The work on an open case: answer the customer, take an action for them, note what the team should know. A closed case takes notes only. */
export function CaseWork(props: CaseFormProps) {
  const isClosed = props.item.status === 'closed';
  return (
    <>
      {!isClosed && <ReplyForm {...props} />}
      {!isClosed && <ActionForm {...props} />}
      <NoteForm {...props} />
    </>
  );
}
