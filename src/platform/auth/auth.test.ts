import { describe, expect, it } from 'vitest';
import { apiKeyScopes, can, canAssignRole, permissions, permissionsByRole, roles } from './permissions.js';
import { createRateLimiter } from './rate-limit.js';
import { hashPassword, verifyPassword } from './secrets.js';

describe('roles and permissions', () => {
  it('maps every role to known permissions, owners to all of them', () => {
    expect(permissionsByRole.owner).toEqual(permissions);
    expect(can('viewer', 'members.manage')).toBe(false);
    expect(can('agent', 'cases.work')).toBe(true);
    expect(can('analyst', 'cases.work')).toBe(false);
    for (const role of roles) for (const p of permissionsByRole[role]) expect(permissions).toContain(p);
  });

  it('keeps ownership in owners\' hands', () => {
    expect(canAssignRole('admin', 'viewer', 'manager')).toBe(true);
    expect(canAssignRole('admin', 'viewer', 'owner')).toBe(false);
    expect(canAssignRole('admin', 'owner', 'viewer')).toBe(false);
    expect(canAssignRole('owner', 'owner', 'viewer')).toBe(true);
  });

  it('never lets an API key manage people or keys', () => {
    expect(apiKeyScopes).not.toContain('members.manage');
    expect(apiKeyScopes).not.toContain('apiKeys.manage');
    expect(apiKeyScopes).not.toContain('workspace.manage');
  });
});

describe('password hashing', () => {
  it('uses argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(hash, 'Correct horse battery')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});

describe('the rate limiter', () => {
  it('allows the limit per window, then says when to come back', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 2, windowSeconds: 60, now: () => now });
    expect(limiter.hit('a').isAllowed).toBe(true);
    expect(limiter.hit('a').isAllowed).toBe(true);
    now = 15_000;
    expect(limiter.hit('a')).toEqual({ isAllowed: false, retryAfterSeconds: 45 });
    expect(limiter.hit('b').isAllowed).toBe(true);
    now = 60_000;
    expect(limiter.hit('a').isAllowed).toBe(true);
    limiter.reset('a');
  });
});
