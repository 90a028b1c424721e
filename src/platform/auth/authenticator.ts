import { isSecretOf, parseApiKey } from '../api-keys/api-keys.js';
import { markApiKeyUsed, unsafeFindActiveApiKeyById } from '../api-keys/store.js';
import type { Db } from '../db/database.js';
import { AppError } from '../errors/app-error.js';
import { findLiveSession, touchSession } from '../users/store.js';
import { findMembershipRole } from '../workspaces/store.js';
import { isRole, permissionsByRole, type Permission } from './permissions.js';
import type { Authenticator, Principal } from './principal.js';
import { hashToken } from './secrets.js';

/** A session ends after 14 idle days, and after 90 days whatever happens (see findLiveSession). */
export const sessionTtlMs = 14 * 24 * 3600 * 1000;
export const sessionMaxAgeMs = 90 * 24 * 3600 * 1000;
/** Sliding expiry, written at most this often so reading a page is not a write. */
const touchEveryMs = 3600 * 1000;
const markUsedEveryMs = 60 * 1000;

export function createAuthenticator(db: Db): Authenticator {
  return {
    async authenticate({ authorization, sessionToken }): Promise<Principal | null> {
      if (authorization) {
        const [scheme, token] = authorization.split(/\s+/, 2);
        if (scheme?.toLowerCase() !== 'bearer' || !token) throw new AppError('unauthenticated', 'apiKey.sendAsBearer');
        const { id, secret } = parseApiKey(token);
        const key = await unsafeFindActiveApiKeyById(db, id);
        if (!key || !isSecretOf(secret, key.secretHash)) throw new AppError('unauthenticated', 'apiKey.unknown');
        if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > markUsedEveryMs) await markApiKeyUsed(db, key.workspaceId, key.id);
        return { type: 'apiKey', keyId: key.id, workspaceId: key.workspaceId, name: key.name, scopes: key.scopes as Permission[] };
      }
      if (!sessionToken) return null;
      const tokenHash = hashToken(sessionToken);
      const found = await findLiveSession(db, tokenHash);
      if (!found) return null;
      if (Date.now() - found.session.lastSeenAt.getTime() > touchEveryMs) await touchSession(db, tokenHash, new Date(Date.now() + sessionTtlMs));
      const { user, session } = found;
      return {
        type: 'user',
        userId: user.id,
        email: user.email,
        name: user.name,
        locale: user.locale,
        isInstanceAdmin: user.isInstanceAdmin,
        sessionTokenHash: tokenHash,
        csrfToken: session.csrfToken,
      };
    },

    async accessTo(principal, workspaceId) {
      if (principal.type === 'apiKey') {
        return principal.workspaceId === workspaceId ? { workspaceId, role: null, permissions: principal.scopes } : null;
      }
      const role = await findMembershipRole(db, workspaceId, principal.userId);
      if (!role || !isRole(role)) return null;
      return { workspaceId, role, permissions: permissionsByRole[role] };
    },
  };
}
