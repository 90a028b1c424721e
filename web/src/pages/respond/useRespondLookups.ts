import { getCaseSettings, listCaseTeams, listMembers } from '../../api/cases.js';
import type { RespondSettings, Team } from '../../api/cases.js';
import type { Member } from '../../api/types.js';
import { useLoad } from '../../hooks/useLoad.js';
import type { Loaded } from '../../hooks/useLoad.js';

export interface RespondLookups {
  teams: Team[];
  settings: RespondSettings;
  /** Empty when the caller may not list members. */
  members: Member[];
}

/** The teams, members and Respond settings the case screens choose from, loaded together once per page. */
export function useRespondLookups(workspaceId: string): Loaded<RespondLookups> {
  return useLoad(`respond-lookups:${workspaceId}`, async () => {
    const [teams, settings, members] = await Promise.all([listCaseTeams(workspaceId), getCaseSettings(workspaceId), listMembers(workspaceId).catch(() => [] as Member[])]);
    return { teams, settings, members };
  });
}
