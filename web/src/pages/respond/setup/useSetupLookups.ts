import { listTeams } from '../../../api/respondSetup.js';
import type { Team } from '../../../api/respondSetup.js';
import { listSurveys } from '../../../api/surveys.js';
import type { SurveySummary } from '../../../api/surveys.js';
import type { Member } from '../../../api/types.js';
import { listMembers } from '../../../api/workspaces.js';
import { useLoad } from '../../../hooks/useLoad.js';
import type { Loaded } from '../../../hooks/useLoad.js';

export interface SetupLookups {
  teams: Team[];
  /** Empty when the caller may not list them. */
  members: Member[];
  surveys: SurveySummary[];
}

/** The teams, members and surveys the set-up pages pick from, loaded together; only the teams must load. */
export function useSetupLookups(workspaceId: string): Loaded<SetupLookups> {
  return useLoad(`respond-setup:${workspaceId}`, async () => {
    const [teams, members, surveys] = await Promise.all([
      listTeams(workspaceId),
      listMembers(workspaceId).catch(() => [] as Member[]),
      listSurveys(workspaceId).catch(() => [] as SurveySummary[]),
    ]);
    return { teams, members, surveys };
  });
}

/** Looks up names by id, saying so when the thing is gone. */
export function nameOf<T>(items: readonly T[], id: (item: T) => string, name: (item: T) => string, missing: (id: string) => string) {
  const byId = new Map(items.map((item) => [id(item), name(item)]));
  return (key: string) => byId.get(key) ?? missing(key);
}
