import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { insightsTextPath } from '../../../router/routes.js';
import type { TextSection } from '../../../router/routes.js';
import type { InsightsView } from '../useInsightsView.js';
import { drillDown } from './textQuery.js';
import type { TextQuery } from './textQuery.js';

/** What every part of a text view needs: the workspace, the view in the address, who may change things, and links to the comments behind a number. */
export interface TextViewValue {
  workspaceId: string;
  view: InsightsView<TextQuery>;
  canManage: boolean;
  /** The comment list filtered as the view is, with a number's own filters on top. */
  commentsHref: (changes: Partial<TextQuery>) => string;
  /** Another page of the text views, keeping the view's filters. */
  sectionHref: (section: TextSection) => string;
  /** Changes with the history analysis (its id and status), so numbers load again when it finishes. */
  analysisKey: string;
}

const TextViewContext = createContext<TextViewValue | null>(null);

export function TextViewProvider({ value, children }: { value: Omit<TextViewValue, 'commentsHref' | 'sectionHref'>; children: ReactNode }) {
  const { workspaceId, view, canManage, analysisKey } = value;
  const full = useMemo<TextViewValue>(
    () => ({
      workspaceId,
      view,
      canManage,
      analysisKey,
      commentsHref: (changes) => insightsTextPath(workspaceId, 'comments', drillDown(view.query, changes)),
      sectionHref: (section) => insightsTextPath(workspaceId, section, drillDown(view.query, {})),
    }),
    [workspaceId, view, canManage, analysisKey],
  );
  return <TextViewContext.Provider value={full}>{children}</TextViewContext.Provider>;
}

export function useTextView(): TextViewValue {
  const value = useContext(TextViewContext);
  if (!value) throw new Error('useTextView must be used inside <TextViewProvider>');
  return value;
}
