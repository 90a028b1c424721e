/** The roles a member can have in a workspace, from most to least powerful; what each may do is the platform's (auth/permissions.ts). */
export const roles = ['owner', 'admin', 'manager', 'analyst', 'agent', 'viewer'] as const;
export type Role = (typeof roles)[number];
