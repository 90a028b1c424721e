import { can, type Role } from '../../platform/auth/permissions.js';
import type { Principal, WorkspaceAccess } from '../../platform/auth/principal.js';
import type { Db } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors/app-error.js';
import { findRespondSettings, teamIdsOf } from '../settings/store.js';
import type { CaseActor } from './open-case.js';
import type { CaseRow } from './store.js';

/**
 * Who is looking at cases, and which they may see. Where the workspace keeps agents to their teams,
 * a member without `cases.manage` sees and touches only cases of a team they belong to or lead, and
 * cases they own; a case outside that answers 404, as if it did not exist.
 */
export interface CaseViewer {
  actor: CaseActor;
  userId: string | null;
  role: Role | null;
  canManage: boolean;
  teamIds: string[];
  /** Null: every case of the workspace. */
  restrictedTo: { userId: string; teamIds: string[] } | null;
}

export async function caseViewerOf(db: Db, context: { principal: Principal | null; access: WorkspaceAccess | null }): Promise<CaseViewer> {
  const access = context.access!;
  const principal = context.principal!;
  const canManage = access.permissions.includes('cases.manage');
  if (principal.type !== 'user') {
    return { actor: { userId: null, label: `API key "${principal.name}"` }, userId: null, role: null, canManage, teamIds: [], restrictedTo: null };
  }
  const teamIds = await teamIdsOf(db, access.workspaceId, principal.userId);
  const settings = await findRespondSettings(db, access.workspaceId);
  const isRestricted = settings.restrictAgentsToTeams && !canManage;
  return {
    actor: { userId: principal.userId, label: principal.name },
    userId: principal.userId,
    role: access.role,
    canManage,
    teamIds,
    restrictedTo: isRestricted ? { userId: principal.userId, teamIds } : null,
  };
}

export function canSee(viewer: CaseViewer, row: CaseRow): boolean {
  if (!viewer.restrictedTo) return true;
  return row.ownerUserId === viewer.restrictedTo.userId || (row.teamId !== null && viewer.restrictedTo.teamIds.includes(row.teamId));
}

/** Whether the viewer may work the case (change, reply, act, close): `cases.work`, and seeing it. */
export function canWork(viewer: CaseViewer, permissions: readonly string[], row: CaseRow): boolean {
  return permissions.includes('cases.work') && canSee(viewer, row);
}

/** The role an API key acts with when an empowered action asks for one: keys act as managers. */
export const roleForLimits = (viewer: CaseViewer): Role => viewer.role ?? 'manager';

export function requireRoleCan(role: Role, permission: 'cases.manage'): void {
  if (!can(role, permission)) throw new AppError('forbidden', 'case.manageOnly');
}
