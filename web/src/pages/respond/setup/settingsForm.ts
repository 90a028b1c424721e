import { templatePlaceholders, unknownPlaceholders } from '../../../../../src/engine/respond/settings.js';
import type { RespondSettings, RespondSettingsInput } from '../../../api/respondSetup.js';
import type { Problems } from './ruleChecks.js';

/**
 * The Respond settings form: kept as typed, turned into the PATCH body whole (each list replaces
 * the one kept). A new item's id comes from its label unless one is typed; a saved item keeps its
 * id, since closed cases and the API name it.
 */

/** The placeholders a reply template may use (the server refuses any other). */
export { templatePlaceholders };

/** The languages every template offers; a template may hold others, which are kept. */
export const templateLanguages = ['en', 'fi', 'pl'] as const;

export interface RootCauseForm {
  id: string;
  label: string;
  isNew: boolean;
}

export interface EmpoweredForm {
  id: string;
  label: string;
  description: string;
  /** Empty: the action has no amount. */
  unit: string;
  allowedRoles: string[];
  /** Per role, the most it may grant at once, as typed; empty: no limit. */
  maxAmounts: Record<string, string>;
  isNew: boolean;
}

export interface TemplateForm {
  id: string;
  name: string;
  subject: Record<string, string>;
  body: Record<string, string>;
  isNew: boolean;
}

export interface SettingsForm {
  restrictAgentsToTeams: boolean;
  accountOwnerAttribute: string;
  defaultSlaHours: string;
  rootCauses: RootCauseForm[];
  actions: EmpoweredForm[];
  replyTemplates: TemplateForm[];
  /** Empty: no recovery survey. */
  recoverySurveyId: string;
}

export function settingsToForm(settings: RespondSettings): SettingsForm {
  return {
    restrictAgentsToTeams: settings.restrictAgentsToTeams,
    accountOwnerAttribute: settings.accountOwnerAttribute,
    defaultSlaHours: String(settings.defaultSlaHours),
    rootCauses: settings.rootCauses.map((c) => ({ ...c, isNew: false })),
    actions: settings.actions.map((a) => ({
      id: a.id,
      label: a.label,
      description: a.description,
      unit: a.unit ?? '',
      allowedRoles: [...a.allowedRoles],
      maxAmounts: Object.fromEntries(Object.entries(a.maxAmountByRole).map(([role, most]) => [role, String(most)])),
      isNew: false,
    })),
    replyTemplates: settings.replyTemplates.map((tpl) => ({ id: tpl.id, name: tpl.name, subject: { ...tpl.subject }, body: { ...tpl.body }, isNew: false })),
    recoverySurveyId: settings.recoverySurveyId ?? '',
  };
}

export const newRootCause = (): RootCauseForm => ({ id: '', label: '', isNew: true });
export const newEmpoweredAction = (): EmpoweredForm => ({ id: '', label: '', description: '', unit: '', allowedRoles: ['agent', 'manager', 'admin', 'owner'], maxAmounts: {}, isNew: true });
export const newTemplate = (): TemplateForm => ({ id: '', name: '', subject: {}, body: {}, isNew: true });

/** `Goodwill credit (€)` → `goodwill_credit`: an id as the server's keys are written. */
export function keyFrom(label: string): string {
  const plain = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!plain) return '';
  const key = /^[a-z]/.test(plain) ? plain : `x_${plain}`;
  return key.slice(0, 64).replace(/_+$/, '');
}

/** Ids for a list: a typed or saved id as it is, else one from the label, made unique with _2, _3… */
export function idsFor(items: readonly { id: string; label: string }[]): string[] {
  const taken = new Set(items.map((item) => item.id.trim()).filter(Boolean));
  return items.map((item) => {
    if (item.id.trim()) return item.id.trim();
    const base = keyFrom(item.label) || 'item';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 60)}_${n}`;
    taken.add(id);
    return id;
  });
}

/** A template's texts without the languages left empty. */
const filled = (texts: Record<string, string>) => Object.fromEntries(Object.entries(texts).filter(([, text]) => text.trim() !== ''));

export function toSettingsInput(form: SettingsForm): RespondSettingsInput {
  const causeIds = idsFor(form.rootCauses);
  const actionIds = idsFor(form.actions);
  const templateIds = idsFor(form.replyTemplates.map((tpl) => ({ id: tpl.id, label: tpl.name })));
  return {
    restrictAgentsToTeams: form.restrictAgentsToTeams,
    accountOwnerAttribute: form.accountOwnerAttribute.trim(),
    defaultSlaHours: Number(form.defaultSlaHours),
    rootCauses: form.rootCauses.map((c, i) => ({ id: causeIds[i]!, label: c.label.trim() })),
    actions: form.actions.map((a, i) => {
      const unit = a.unit.trim();
      const limits = unit ? a.allowedRoles.filter((role) => (a.maxAmounts[role] ?? '').trim() !== '').map((role) => [role, Number(a.maxAmounts[role])]) : [];
      return {
        id: actionIds[i]!,
        label: a.label.trim(),
        description: a.description.trim(),
        unit: unit || null,
        allowedRoles: a.allowedRoles as RespondSettings['actions'][number]['allowedRoles'],
        maxAmountByRole: Object.fromEntries(limits),
      };
    }),
    replyTemplates: form.replyTemplates.map((tpl, i) => ({ id: templateIds[i]!, name: tpl.name.trim(), subject: filled(tpl.subject), body: filled(tpl.body) })),
    recoverySurveyId: form.recoverySurveyId || null,
  };
}

const keyPattern = /^[a-z][a-z0-9_]{0,63}$/;
const required = { key: 'field.required' } as const;

function checkIds(items: readonly { id: string; label: string }[], ids: readonly string[], list: string, problems: Problems): void {
  ids.forEach((id, i) => {
    if (!items[i]!.id.trim()) return;
    if (!keyPattern.test(id)) problems[`${list}.${i}.id`] = { key: 'respond.setup.rules.keyFormat' };
    else if (ids.indexOf(id) < i) problems[`${list}.${i}.id`] = { key: 'respond.setup.settings.duplicateId' };
  });
}

export function checkSettingsForm(form: SettingsForm): Problems {
  const problems: Problems = {};
  if (!/^[A-Za-z][\w.-]{0,63}$/.test(form.accountOwnerAttribute.trim())) problems['accountOwnerAttribute'] = { key: 'respond.setup.rules.attributeFormat' };
  const sla = Number(form.defaultSlaHours);
  if (form.defaultSlaHours.trim() === '' || !Number.isInteger(sla) || sla < 1 || sla > 24 * 90) problems['defaultSlaHours'] = { key: 'respond.setup.settings.slaRange', params: { min: 1, max: 24 * 90 } };

  form.rootCauses.forEach((c, i) => {
    if (!c.label.trim()) problems[`rootCauses.${i}.label`] = required;
  });
  checkIds(form.rootCauses, idsFor(form.rootCauses), 'rootCauses', problems);

  form.actions.forEach((a, i) => {
    if (!a.label.trim()) problems[`actions.${i}.label`] = required;
    if (a.allowedRoles.length === 0) problems[`actions.${i}.allowedRoles`] = { key: 'respond.setup.settings.needsRole' };
    if (a.unit.trim()) {
      for (const role of a.allowedRoles) {
        const most = (a.maxAmounts[role] ?? '').trim();
        if (most !== '' && !(Number.isFinite(Number(most)) && Number(most) >= 0)) problems[`actions.${i}.maxAmountByRole.${role}`] = { key: 'respond.setup.settings.amountFormat' };
      }
    }
  });
  checkIds(form.actions, idsFor(form.actions), 'actions', problems);

  const templates = form.replyTemplates.map((tpl) => ({ id: tpl.id, label: tpl.name }));
  form.replyTemplates.forEach((tpl, i) => {
    if (!tpl.name.trim()) problems[`replyTemplates.${i}.name`] = required;
    for (const part of ['subject', 'body'] as const) {
      for (const [language, text] of Object.entries(tpl[part])) {
        const unknown = unknownPlaceholders(text);
        if (unknown.length) problems[`replyTemplates.${i}.${part}.${language}`] = { key: 'respond.setup.settings.unknownPlaceholder', params: { name: `{{${unknown[0]}}}` } };
      }
    }
    if (Object.keys(filled(tpl.subject)).length === 0 || Object.keys(filled(tpl.body)).length === 0) problems[`replyTemplates.${i}`] = { key: 'respond.setup.settings.templateNeedsText' };
  });
  checkIds(templates, idsFor(templates), 'replyTemplates', problems);
  return problems;
}

/** Every path the settings form shows a problem at, for the summary above it to leave those out. */
export function settingsPaths(form: SettingsForm): string[] {
  const paths = ['restrictAgentsToTeams', 'accountOwnerAttribute', 'defaultSlaHours', 'recoverySurveyId', 'rootCauses', 'actions', 'replyTemplates'];
  form.rootCauses.forEach((_, i) => paths.push(`rootCauses.${i}`, `rootCauses.${i}.id`, `rootCauses.${i}.label`));
  form.actions.forEach((a, i) => {
    paths.push(...['', '.id', '.label', '.description', '.unit', '.allowedRoles', '.maxAmountByRole'].map((end) => `actions.${i}${end}`));
    a.allowedRoles.forEach((role, r) => paths.push(`actions.${i}.allowedRoles.${r}`, `actions.${i}.maxAmountByRole.${role}`));
  });
  form.replyTemplates.forEach((tpl, i) => {
    paths.push(`replyTemplates.${i}`, `replyTemplates.${i}.id`, `replyTemplates.${i}.name`, `replyTemplates.${i}.subject`, `replyTemplates.${i}.body`);
    for (const language of new Set([...templateLanguages, ...Object.keys(tpl.subject), ...Object.keys(tpl.body)])) paths.push(`replyTemplates.${i}.subject.${language}`, `replyTemplates.${i}.body.${language}`);
  });
  return paths;
}
