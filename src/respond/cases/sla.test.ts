import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';
import type { Db } from '../../platform/db/database.js';
import type { Assignment } from '../../engine/respond/rules.js';
import { defaultRespondSettings } from '../../engine/respond/settings.js';
import { kuuloActor, openCase } from './open-case.js';
import { escalateBreached, raisedPriority } from './sla.js';
import { findCase, listCaseEvents } from './store.js';
import { changeCase } from './work.js';

const hour = 3_600_000;

describe('raising priority', () => {
  it('goes one step up and stays at urgent', () => {
    expect(['low', 'normal', 'high', 'urgent'].map(raisedPriority)).toEqual(['normal', 'high', 'urgent', 'urgent']);
  });
});

describe.each(testDatabases())('assignment and SLA escalation on $name, with a clock the test holds', (database) => {
  const t = useTestKuulo(database, { setUp: true });
  const ids: Record<string, string> = {};
  const base = () => `/api/v1/workspaces/${t.workspaceId}`;
  const services = () => t.kuulo.services;
  const open = (assign: Assignment, now: Date, attributes: Record<string, unknown> = {}) =>
    services().db.transaction(async (tx: Db) =>
      openCase(
        tx,
        services().config,
        { workspaceId: t.workspaceId, title: 'Late delivery', priority: 'normal', slaHours: 2, assign, contactId: null, contactAttributes: attributes, surveyId: null, responseIds: [], ruleId: null, language: 'en', context: {}, accountOwnerAttribute: 'account_owner', actor: kuuloActor },
        now,
      ),
    );

  beforeAll(async () => {
    for (const [name, role] of [['Alice', 'agent'], ['Bob', 'agent'], ['Mia', 'manager']] as const) {
      ids[name] = (await t.admin.post(`${base()}/members`, { email: `${name.toLowerCase()}@acme.example`, name, role, password: `${name} password 123` })).body.userId;
    }
    ids['team'] = (await t.admin.post(`${base()}/teams`, { name: 'Service', leadUserId: ids['Mia'], memberUserIds: [ids['Alice'], ids['Bob']] })).body.id;
  });

  it('hands cases out in turn, to the account owner, or to the fallback queue', async () => {
    const now = new Date();
    const turns = [];
    for (let i = 0; i < 3; i++) turns.push((await open({ kind: 'team', teamId: ids['team']!, roundRobin: true }, now)).row.ownerUserId);
    expect(turns).toEqual([ids['Alice'], ids['Bob'], ids['Alice']]);
    const owned = await open({ kind: 'account_owner', fallbackTeamId: ids['team']! }, now, { account_owner: 'MIA@acme.example' });
    expect(owned.row).toMatchObject({ ownerUserId: ids['Mia'], teamId: null });
    const unknown = await open({ kind: 'account_owner', fallbackTeamId: ids['team']! }, now, { account_owner: 'someone@else.example' });
    expect(unknown.row).toMatchObject({ ownerUserId: null, teamId: ids['team'] });
    expect((await listCaseEvents(services().db, t.workspaceId, unknown.row.id))[0]!.data).toMatchObject({ how: 'to the Service queue (no account owner found)' });
  });

  it('stops the clock while waiting for the customer, then escalates once to the lead', async () => {
    const t0 = new Date(Date.now() + 1000);
    const { row } = await open({ kind: 'team', teamId: ids['team']!, roundRobin: true }, t0);
    expect(row.dueAt).toEqual(new Date(t0.getTime() + 2 * hour));
    const actor = { userId: row.ownerUserId, label: 'Agent' };
    const waiting = await services().db.transaction((tx: Db) => changeCase(tx, services().config, row, { status: 'waiting_for_customer' }, actor, new Date(t0.getTime() + 0.5 * hour)));
    const level = async () => (await findCase(services().db, t.workspaceId, row.id))!.escalationLevel;
    // While paused, even far past the due time, it does not escalate (the other test's cases do).
    expect(await escalateBreached(services(), new Date(t0.getTime() + 5 * hour))).toBe(5);
    expect(await level()).toBe(0);
    const resumed = await services().db.transaction((tx: Db) => changeCase(tx, services().config, waiting.row, { status: 'in_progress' }, actor, new Date(t0.getTime() + 1.5 * hour)));
    expect(resumed.row.dueAt).toEqual(new Date(t0.getTime() + 3 * hour));

    expect(await escalateBreached(services(), new Date(t0.getTime() + 2.9 * hour))).toBe(0);
    expect(await escalateBreached(services(), new Date(t0.getTime() + 3.1 * hour))).toBe(1);
    const escalated = (await findCase(services().db, t.workspaceId, row.id))!;
    expect(escalated).toMatchObject({ ownerUserId: ids['Mia'], priority: 'high', escalationLevel: 1 });
    const timeline = await listCaseEvents(services().db, t.workspaceId, row.id);
    expect(timeline.at(-1)).toMatchObject({ type: 'escalated', actorLabel: 'Kuulo', data: { fromOwnerUserId: row.ownerUserId, toOwnerUserId: ids['Mia'], priorityFrom: 'normal', priorityTo: 'high', overdueMinutes: 6, to: 'team lead' } });
    // Once is enough: a later sweep leaves it alone.
    expect(await escalateBreached(services(), new Date(t0.getTime() + 10 * hour))).toBe(0);
    expect(await level()).toBe(1);
    const events = await services().database.execute("SELECT data FROM domain_events WHERE type = 'case.escalated' AND data->>'caseId' = $1", [row.id]);
    expect(events.rows).toHaveLength(1);

    // Resolved after its due time: the SLA was missed, and the case says so.
    const resolved = await services().db.transaction((tx: Db) => changeCase(tx, services().config, escalated, { status: 'resolved' }, actor, new Date(t0.getTime() + 11 * hour)));
    expect(resolved.row.isSlaMet).toBe(false);
    expect(defaultRespondSettings.defaultSlaHours).toBe(24);
  });
});
