import type { Case, CaseChange, EmpoweredAction, ReplyTemplate } from '../../api/cases.js';

/** Pure parts of the case forms: what a role may do, amounts as typed, what a change changes. */

/** The actions a role may take; with no role known (an instance administrator), every one. */
export const actionsFor = (actions: readonly EmpoweredAction[], role: string | null): EmpoweredAction[] => (role ? actions.filter((a) => a.allowedRoles.includes(role)) : [...actions]);

/** The most a role may grant at once; undefined when there is no limit (or no amount). */
export function limitOf(action: EmpoweredAction, role: string | null): number | undefined {
  if (action.unit === null || !role) return undefined;
  return action.maxAmountByRole[role];
}

export type AmountProblem = 'required' | 'number' | 'positive' | 'overLimit';

/** An amount as typed ("12,50" too), or why it cannot be sent. */
export function readAmount(text: string, limit: number | undefined): { amount: number } | { problem: AmountProblem } {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return { problem: 'required' };
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return { problem: 'number' };
  const amount = Number(trimmed);
  if (!(amount > 0)) return { problem: 'positive' };
  if (limit !== undefined && amount > limit) return { problem: 'overLimit' };
  return { amount };
}

export interface CaseFields {
  status: string;
  priority: string;
  teamId: string;
  ownerUserId: string;
}

export const fieldsOf = (item: Case): CaseFields => ({ status: item.status, priority: item.priority, teamId: item.teamId ?? '', ownerUserId: item.ownerUserId ?? '' });

/** Only what the form changed, so a save never undoes someone else's change to another field. */
export function changeOf(item: Case, fields: CaseFields): CaseChange {
  const change: CaseChange = {};
  if (fields.status !== item.status && fields.status !== 'closed') change.status = fields.status as NonNullable<CaseChange['status']>;
  if (fields.priority !== item.priority) change.priority = fields.priority as NonNullable<CaseChange['priority']>;
  if (fields.teamId !== (item.teamId ?? '')) change.teamId = fields.teamId || null;
  if (fields.ownerUserId !== (item.ownerUserId ?? '')) change.ownerUserId = fields.ownerUserId || null;
  return change;
}

/** The languages a template is written in (its body's), in the order the settings keep them. */
export const templateLanguages = (template: ReplyTemplate | undefined): string[] => (template ? Object.keys(template.body) : []);
