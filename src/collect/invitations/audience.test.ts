import { describe, expect, it } from 'vitest';
import { conditionHolds, conditionOps, type AttributeCondition, type Audience } from '../../engine/invitations/distributions.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';
import { countAudience } from './audience.js';

/** A small deterministic random source, so a failure can be repeated. */
function random(seed: number) {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe.each(testDatabases())('audiences on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true });

  it('selects in the database exactly the contacts the engine says a segment holds', async () => {
    const next = random(7);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const values = ['pro', 'Pro', 'free', '', '12', '12.5', ' 7 ', '-3', 'x12', 12, 0, -1.5, true, false];
    const contacts: Record<string, unknown>[] = [];
    for (let i = 0; i < 60; i++) {
      const attributes: Record<string, unknown> = {};
      for (const name of ['plan', 'revenue', 'flag']) if (next() < 0.8) attributes[name] = pick(values);
      contacts.push(attributes);
      expect((await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/contacts`, { externalId: `c${i}`, attributes })).status).toBe(201);
    }
    for (let round = 0; round < 120; round++) {
      const conditions: AttributeCondition[] = Array.from({ length: 1 + Math.floor(next() * 2) }, () => {
        const op = pick(conditionOps);
        const numeric = ['gt', 'gte', 'lt', 'lte'].includes(op);
        return { attribute: pick(['plan', 'revenue', 'flag', 'none']), op, ...(op === 'present' || op === 'absent' ? {} : { value: numeric ? pick([0, 7, 12, -2]) : pick(['pro', '12', 'true', 'fre', '']) }) };
      });
      const audience: Audience = { kind: 'segment', match: pick(['all', 'any'] as const), conditions };
      const expected = contacts.filter((attributes) => (audience.match === 'all' ? conditions.every((c) => conditionHolds(c, attributes)) : conditions.some((c) => conditionHolds(c, attributes)))).length;
      const counted = await countAudience(t.kuulo.services.db, t.workspaceId, audience);
      expect(counted.contacts, JSON.stringify(audience)).toBe(expected);
    }
  });
});
