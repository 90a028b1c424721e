import type { Team, TeamInput } from '../../../api/respondSetup.js';
import type { Problems } from './ruleChecks.js';

/** The team editor's state: a name, a lead (or none) and the members in the order cases go round. */

export interface TeamForm {
  name: string;
  /** Empty: no lead (escalations stay with the case's owner). */
  leadUserId: string;
  memberUserIds: string[];
}

export const emptyTeamForm = (): TeamForm => ({ name: '', leadUserId: '', memberUserIds: [] });

export const teamToForm = (team: Team): TeamForm => ({ name: team.name, leadUserId: team.leadUserId ?? '', memberUserIds: [...team.memberUserIds] });

export const toTeamInput = (form: TeamForm): TeamInput => ({ name: form.name.trim(), leadUserId: form.leadUserId || null, memberUserIds: form.memberUserIds });

/** The list with one item moved a place up (-1) or down (+1); unchanged at the ends. */
export function moveItem<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** Adds a member at the end of the round, once. */
export const withMember = (ids: readonly string[], userId: string): string[] => (userId && !ids.includes(userId) ? [...ids, userId] : [...ids]);

export function checkTeamForm(form: TeamForm): Problems {
  const problems: Problems = {};
  if (!form.name.trim()) problems['name'] = { key: 'field.required' };
  else if (form.name.trim().length > 200) problems['name'] = { key: 'respond.setup.rules.tooLong', params: { max: 200 } };
  return problems;
}
