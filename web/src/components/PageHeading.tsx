import type { ReactNode } from 'react';

/**
 * The page's one <h1>. It can take focus (tabIndex -1) so that after a
 * client-side navigation, focus lands here and screen readers announce the new page.
 */
export function PageHeading({ children, eyebrow, lead }: { children: ReactNode; eyebrow?: string; lead?: string }) {
  return (
    <div className="page-heading">
      {eyebrow && <p className="page-eyebrow">{eyebrow}</p>}
      <h1 tabIndex={-1}>{children}</h1>
      {lead && <p className="page-lead">{lead}</p>}
    </div>
  );
}
