import { describe, expect, it } from 'vitest';
import { RespondSettingsInput, defaultRespondSettings } from '../../../../../src/engine/respond/settings.js';
import { checkSettingsForm, idsFor, keyFrom, newEmpoweredAction, newRootCause, newTemplate, settingsPaths, settingsToForm, toSettingsInput } from './settingsForm.js';

const recovery = '0190a0b0-0000-7000-8000-000000000004';

describe('settings form', () => {
  it('gives back the settings it was given, in a shape the server accepts', () => {
    const body = toSettingsInput(settingsToForm({ ...defaultRespondSettings, recoverySurveyId: recovery }));
    expect(body).toEqual({ ...defaultRespondSettings, recoverySurveyId: recovery });
    expect(RespondSettingsInput.parse(body)).toEqual(body);
  });

  it('sends no recovery survey as null and the SLA as a number', () => {
    const form = { ...settingsToForm(defaultRespondSettings), recoverySurveyId: '', defaultSlaHours: '48' };
    expect(toSettingsInput(form)).toMatchObject({ recoverySurveyId: null, defaultSlaHours: 48 });
  });

  it('makes ids for new items from their labels, unique in their list', () => {
    const form = settingsToForm(defaultRespondSettings);
    form.rootCauses.push({ ...newRootCause(), label: 'Delivery' }, { ...newRootCause(), label: 'Delivery' }, { ...newRootCause(), label: 'Łódź – zwrot', id: '' });
    form.actions.push({ ...newEmpoweredAction(), label: 'Free shipping', unit: 'EUR', maxAmounts: { agent: '10', manager: '' } });
    form.replyTemplates.push({ ...newTemplate(), name: 'Thanks', subject: { en: 'Thanks, {{contact.name}}', fi: '' }, body: { en: 'Thank you.' } });
    const body = RespondSettingsInput.parse(toSettingsInput(form));
    expect(body.rootCauses?.slice(-3).map((c) => c.id)).toEqual(['delivery_2', 'delivery_3', 'lodz_zwrot']);
    expect(body.actions?.at(-1)).toEqual({ id: 'free_shipping', label: 'Free shipping', description: '', unit: 'EUR', allowedRoles: ['agent', 'manager', 'admin', 'owner'], maxAmountByRole: { agent: 10 } });
    expect(body.replyTemplates?.at(-1)).toEqual({ id: 'thanks', name: 'Thanks', subject: { en: 'Thanks, {{contact.name}}' }, body: { en: 'Thank you.' } });
  });

  it('drops the limits of an action without an amount', () => {
    const form = settingsToForm(defaultRespondSettings);
    form.actions[0] = { ...form.actions[0]!, unit: ' ' };
    expect(toSettingsInput(form).actions?.[0]).toMatchObject({ unit: null, maxAmountByRole: {} });
  });

  it('writes keys as the server wants them', () => {
    expect(keyFrom('Goodwill credit (€)')).toBe('goodwill_credit');
    expect(keyFrom('Hyvitys äkkiä')).toBe('hyvitys_akkia');
    expect(keyFrom('2nd call')).toBe('x_2nd_call');
    expect(keyFrom('')).toBe('');
    expect(idsFor([{ id: '', label: '' }])).toEqual(['item']);
  });
});

describe('checkSettingsForm', () => {
  it('passes the defaults', () => {
    expect(checkSettingsForm(settingsToForm(defaultRespondSettings))).toEqual({});
  });

  it('names each problem at the path the server would use', () => {
    const form = settingsToForm(defaultRespondSettings);
    form.accountOwnerAttribute = '1owner';
    form.defaultSlaHours = '0';
    form.rootCauses.push({ id: 'delivery', label: ' ', isNew: true });
    form.actions[0] = { ...form.actions[0]!, allowedRoles: [], label: '' };
    form.actions[1] = { ...form.actions[1]!, unit: 'EUR', maxAmounts: { agent: '-1' } };
    form.replyTemplates[0] = { ...form.replyTemplates[0]!, subject: { en: 'Hi {{contact.first_name}}' } };
    form.replyTemplates.push({ ...newTemplate(), name: 'Empty' });
    const problems = checkSettingsForm(form);
    expect(Object.keys(problems).sort()).toEqual(
      ['accountOwnerAttribute', 'defaultSlaHours', 'rootCauses.7.label', 'rootCauses.7.id', 'actions.0.label', 'actions.0.allowedRoles', 'actions.1.maxAmountByRole.agent', 'replyTemplates.0.subject.en', 'replyTemplates.1'].sort(),
    );
    expect(problems['replyTemplates.0.subject.en']).toEqual({ key: 'respond.setup.settings.unknownPlaceholder', params: { name: '{{contact.first_name}}' } });
    for (const path of Object.keys(problems)) expect(settingsPaths(form)).toContain(path);
  });
});
