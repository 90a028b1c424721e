import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { Workspace } from '../api/types.js';
import { getWorkspace } from '../api/workspaces.js';
import { useLoad } from '../hooks/useLoad.js';
import type { Loaded } from '../hooks/useLoad.js';

/** The open workspace with the caller's permissions in it, loaded once for every page inside it. */

interface WorkspaceValue extends Loaded<Workspace> {
  workspaceId: string;
  /** Whether the signed-in person may do this here; false while the workspace is loading. */
  can: (permission: string) => boolean;
}

const WorkspaceContext = createContext<WorkspaceValue | null>(null);

export function WorkspaceProvider({ workspaceId, children }: { workspaceId: string; children: ReactNode }) {
  const loaded = useLoad(workspaceId, () => getWorkspace(workspaceId));
  const permissions = loaded.data?.id === workspaceId ? loaded.data.permissions : [];
  const value: WorkspaceValue = {
    ...loaded,
    workspaceId,
    can: (permission) => permissions.includes(permission),
  };
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): WorkspaceValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace must be used inside <WorkspaceProvider>');
  return value;
}
