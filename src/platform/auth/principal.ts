import type { Permission, Role } from './permissions.js';

/** Who is calling: a person signed in through the browser, or a system holding an API key. */
export type Principal =
  | {
      type: 'user';
      userId: string;
      email: string;
      name: string;
      locale: string | null;
      isInstanceAdmin: boolean;
      sessionTokenHash: string;
      csrfToken: string;
    }
  | { type: 'apiKey'; keyId: string; workspaceId: string; name: string; scopes: readonly Permission[] };

/** What the caller may do in the workspace a route names. */
export interface WorkspaceAccess {
  workspaceId: string;
  role: Role | null;
  permissions: readonly Permission[];
}

export interface Authenticator {
  /** Reads the bearer key or the session cookie; null when neither is present. Throws when one is present but wrong. */
  authenticate(input: { authorization?: string; sessionToken?: string }): Promise<Principal | null>;
  /** Null when the caller has no access to the workspace at all (the route then answers 404). */
  accessTo(principal: Principal, workspaceId: string): Promise<WorkspaceAccess | null>;
}
