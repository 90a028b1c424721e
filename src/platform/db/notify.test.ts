import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';
import { notify } from './notify.js';

describe.each(testDatabases())('notifications on $name', (database) => {
  const t = useTestKuulo(database);

  it('are heard once their transaction commits, and never when it rolls back', async () => {
    const heard: string[] = [];
    const stop = await t.kuulo.services.database.listen('kuulo_test_channel', (payload) => heard.push(payload));
    const { db } = t.kuulo.services;
    await db.transaction(async (tx) => notify(tx, 'kuulo_test_channel', 'committed'));
    await db
      .transaction(async (tx) => {
        await notify(tx, 'kuulo_test_channel', 'rolled back');
        throw new Error('undo');
      })
      .catch(() => {});
    await notify(db, 'kuulo_test_channel', 'on its own');
    await expect.poll(() => heard, { timeout: 5000 }).toEqual(['committed', 'on its own']);
    await stop();
    await notify(db, 'kuulo_test_channel', 'after stop');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard).toEqual(['committed', 'on its own']);
  });
});
