/**
 * Roles and what they may do. Every route names the permission it needs; `can` is the one check.
 * Rooms add their permissions here as they arrive, so the whole map stays in one place.
 */
import { roles, type Role } from '../../engine/roles.js';

export { roles, type Role };

export const permissions = [
  'workspace.read',
  'workspace.manage',
  'members.read',
  'members.manage',
  'apiKeys.manage',
  'audit.read',
  'surveys.read',
  'surveys.manage',
  'contacts.read',
  'contacts.manage',
  'responses.read',
  'responses.write',
  'insights.read',
  'insights.manage',
  'cases.read',
  'cases.work',
  'cases.manage',
  'share.manage',
] as const;
export type Permission = (typeof permissions)[number];

const readAll: Permission[] = ['workspace.read', 'members.read', 'surveys.read', 'contacts.read', 'responses.read', 'insights.read', 'cases.read'];

export const permissionsByRole: Record<Role, readonly Permission[]> = {
  owner: permissions,
  admin: permissions,
  manager: [...readAll, 'insights.manage', 'surveys.manage', 'contacts.manage', 'responses.write', 'cases.work', 'cases.manage', 'share.manage', 'audit.read'],
  analyst: [...readAll, 'insights.manage'],
  agent: ['workspace.read', 'members.read', 'contacts.read', 'responses.read', 'cases.read', 'cases.work'],
  viewer: ['workspace.read', 'surveys.read', 'insights.read'],
};

/**
 * What an API key may be granted. Keys are for systems, not people: they never manage members,
 * keys or workspace settings, so a leaked key cannot lock the owners out.
 */
export const apiKeyScopes = [
  'workspace.read',
  'audit.read',
  'surveys.read',
  'surveys.manage',
  'contacts.read',
  'contacts.manage',
  'responses.read',
  'responses.write',
  'insights.read',
  'insights.manage',
  'cases.read',
  'cases.work',
  'cases.manage',
] as const satisfies readonly Permission[];
export type ApiKeyScope = (typeof apiKeyScopes)[number];

export const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);

/** @example can('agent', 'cases.work') // true */
export const can = (role: Role, permission: Permission): boolean => permissionsByRole[role].includes(permission);

/** Only an owner may make or unmake owners; admins manage everyone else. */
export const canAssignRole = (actor: Role, from: Role | null, to: Role): boolean =>
  actor === 'owner' || (actor === 'admin' && to !== 'owner' && from !== 'owner');
