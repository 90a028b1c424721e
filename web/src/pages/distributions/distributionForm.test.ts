import { describe, expect, it } from 'vitest';
import { DistributionInput } from '../../../../src/engine/invitations/distributions.js';
import {
  checkDistributionForm,
  defaultScheduleTime,
  distributionToForm,
  emptyDistributionForm,
  isAudienceCountable,
  isoToLocalInput,
  localInputToIso,
  reachOf,
  shownPaths,
  splitDelay,
  toAudience,
  toDistributionInput,
  triggerCurl,
} from './distributionForm.js';
import type { DistributionForm } from './distributionForm.js';

const surveyId = '0190a0b0-0000-7000-8000-000000000001';
const contactIds = ['0190a0b0-0000-7000-8000-000000000002', '0190a0b0-0000-7000-8000-000000000003'];
const form = (changes: Partial<DistributionForm> = {}): DistributionForm => ({ ...emptyDistributionForm(surveyId), name: ' Q4 NPS ', ...changes });
const parses = (body: unknown) => {
  const result = DistributionInput.safeParse(body);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
};

describe('toDistributionInput', () => {
  it('makes a one-off send to everyone with the built-in templates, in a shape the server accepts', () => {
    const body = toDistributionInput(form());
    expect(body).toEqual({
      kind: 'once',
      name: 'Q4 NPS',
      surveyId,
      invitationTemplateId: null,
      reminderTemplateId: null,
      embedFirstQuestion: false,
      reminders: { afterDays: 3, maxReminders: 1 },
      linkValidDays: 30,
      senderName: null,
      audience: { kind: 'all' },
    });
    expect(parses(body)).toEqual(body);
  });

  it('types segment values: numbers for comparisons, text otherwise, none for present and absent', () => {
    const body = toDistributionInput(
      form({
        audience: 'segment',
        match: 'any',
        conditions: [
          { attribute: 'plan', op: 'eq', value: ' pro ' },
          { attribute: 'orders', op: 'gte', value: '3' },
          { attribute: 'region', op: 'present', value: 'left over' },
          { attribute: 'code', op: 'contains', value: '12' },
        ],
      }),
    );
    expect(body.kind === 'once' && body.audience).toEqual({
      kind: 'segment',
      match: 'any',
      conditions: [
        { attribute: 'plan', op: 'eq', value: 'pro' },
        { attribute: 'orders', op: 'gte', value: 3 },
        { attribute: 'region', op: 'present' },
        { attribute: 'code', op: 'contains', value: '12' },
      ],
    });
    expect(parses(body)).toEqual(body);
  });

  it('sends chosen contacts by id, and a trigger with its delay in minutes and no audience', () => {
    const chosen = toDistributionInput(form({ audience: 'contacts', contacts: contactIds.map((id) => ({ id, label: null })) }));
    expect(chosen.kind === 'once' && chosen.audience).toEqual({ kind: 'contacts', contactIds });
    expect(parses(chosen)).toEqual(chosen);

    const trigger = toDistributionInput(form({ kind: 'trigger', event: ' order.delivered ', delay: '2', delayUnit: 'hours', invitationTemplateId: 'builtin-invitation', senderName: ' Acme ', embedFirstQuestion: true, maxReminders: '0' }));
    expect(trigger).toMatchObject({ kind: 'trigger', trigger: { event: 'order.delivered', delayMinutes: 120 }, invitationTemplateId: 'builtin-invitation', senderName: 'Acme', embedFirstQuestion: true, reminders: { afterDays: 3, maxReminders: 0 } });
    expect(trigger).not.toHaveProperty('audience');
    expect(parses(trigger)).toEqual(trigger);
  });
});

describe('distributionToForm', () => {
  it('round-trips every kind of distribution through the form', () => {
    const inputs = [
      toDistributionInput(form({ audience: 'segment', conditions: [{ attribute: 'orders', op: 'lt', value: '10' }, { attribute: 'vip', op: 'absent', value: '' }] })),
      toDistributionInput(form({ audience: 'contacts', contacts: contactIds.map((id) => ({ id, label: null })), reminderTemplateId: 'abc', linkValidDays: '90' })),
      toDistributionInput(form({ kind: 'trigger', event: 'case.resolved', delay: '3', delayUnit: 'days' })),
      toDistributionInput(form({ kind: 'trigger', event: 'order.delivered', delay: '90', delayUnit: 'minutes' })),
    ];
    for (const input of inputs) expect(toDistributionInput(distributionToForm({ settings: parses(input) }))).toEqual(input);
    expect(distributionToForm({ settings: parses(inputs[1]) }).contacts).toEqual(contactIds.map((id) => ({ id, label: null })));
  });

  it('says a delay in the largest unit that says it exactly', () => {
    expect(splitDelay(0)).toEqual({ delay: '0', delayUnit: 'hours' });
    expect(splitDelay(90)).toEqual({ delay: '90', delayUnit: 'minutes' });
    expect(splitDelay(120)).toEqual({ delay: '2', delayUnit: 'hours' });
    expect(splitDelay(2880)).toEqual({ delay: '2', delayUnit: 'days' });
  });
});

describe('checkDistributionForm', () => {
  it('finds the problems the server would, by the API path of the field', () => {
    expect(checkDistributionForm(form())).toEqual({});
    const problems = checkDistributionForm(
      form({
        name: ' ',
        surveyId: '',
        audience: 'segment',
        conditions: [
          { attribute: 'Plan', op: 'eq', value: '' },
          { attribute: 'orders', op: 'gt', value: 'many' },
          { attribute: 'vip', op: 'present', value: '' },
        ],
        afterDays: '0',
        maxReminders: '1.5',
        linkValidDays: '',
      }),
    );
    expect(Object.keys(problems).sort()).toEqual(['audience.conditions.0.attribute', 'audience.conditions.0.value', 'audience.conditions.1.value', 'linkValidDays', 'name', 'reminders.afterDays', 'reminders.maxReminders', 'surveyId']);
    expect(problems['reminders.afterDays']).toEqual({ key: 'distributions.problem.range', params: { min: 1, max: 60 } });
    expect(problems['audience.conditions.1.value']?.key).toBe('distributions.problem.number');
  });

  it('checks a trigger\'s event name and delay, and not the audience it does not have', () => {
    expect(checkDistributionForm(form({ kind: 'trigger', event: 'Order Delivered', delay: '-1', audience: 'segment', conditions: [] }))).toEqual({
      'trigger.event': { key: 'distributions.problem.event' },
      'trigger.delayMinutes': { key: 'distributions.problem.range', params: { min: 0, max: 2160 } },
    });
    expect(checkDistributionForm(form({ kind: 'trigger', event: 'order.delivered', delay: '90', delayUnit: 'days' }))).toEqual({});
  });
});

describe('the audience', () => {
  it('is counted only once it is complete', () => {
    expect(isAudienceCountable(form())).toBe(true);
    expect(isAudienceCountable(form({ audience: 'segment' }))).toBe(false);
    expect(isAudienceCountable(form({ audience: 'segment', conditions: [{ attribute: 'plan', op: 'eq', value: 'pro' }] }))).toBe(true);
    expect(isAudienceCountable(form({ kind: 'trigger' }))).toBe(false);
    expect(toAudience(form({ audience: 'contacts' }))).toEqual({ kind: 'contacts', contactIds: [] });
  });

  it('reaches those with an email plus those added by hand', () => {
    expect(reachOf({ withEmail: 1200 }, 3)).toBe(1203);
    expect(reachOf(null, 2)).toBe(2);
  });

  it('shows the fields of the audience in use', () => {
    expect(shownPaths(form({ audience: 'segment', conditions: [{ attribute: 'a', op: 'eq', value: 'b' }] }))).toContain('audience.conditions.0.value');
    expect(shownPaths(form({ kind: 'trigger' }))).toContain('trigger.event');
    expect(shownPaths(form())).not.toContain('trigger.event');
  });
});

describe('scheduling', () => {
  it('reads a datetime-local value in the reader\'s time zone and writes one back', () => {
    const iso = localInputToIso('2026-12-01T09:30');
    expect(iso).not.toBeNull();
    expect(isoToLocalInput(new Date(iso!))).toBe('2026-12-01T09:30');
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('tomorrow')).toBeNull();
    expect(defaultScheduleTime(new Date(2026, 11, 31, 22, 15))).toBe('2027-01-01T09:00');
  });
});

describe('triggerCurl', () => {
  it('shows a call an integration can copy, with the key kept out of it', () => {
    const curl = triggerCurl('https://kuulo.example', 'ws1', 'order.delivered');
    expect(curl).toContain("curl -X POST 'https://kuulo.example/api/v1/workspaces/ws1/trigger-events'");
    expect(curl).toContain('"Authorization: Bearer $KUULO_API_KEY"');
    const body = JSON.parse(/-d '(.*)'$/m.exec(curl)![1]!);
    expect(body).toMatchObject({ event: 'order.delivered', contact: { externalId: 'C-1' } });
  });
});
