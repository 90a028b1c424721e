import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { upsertResponse } from '../../collect/responses/store.js';
import { newId } from '../../platform/db/ids.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';
import { analyzeText } from '../text/analyzer.js';
import { genericSentimentModels } from '../text/models.js';
import { seeded } from '../text/linear-model.js';
import type { AnalysedComment } from './analyse.js';
import { labelOf } from './learning.js';
import { replaceComments } from './store.js';
import { trainWorkspace } from './training-job.js';
import { workspaceAnalyzer } from './workspace-analyzer.js';

/**
 * A workspace whose customers write in their own slang ("kökkö" for bad, "priima" for great,
 * words the generic Finnish model never saw) and give scores beside it: the workspace's own model,
 * trained from those scores, must beat the generic one on the held-back comments and take over.
 */
const good = ['Palvelu oli ihan priimaa', 'Priima sovellus, toimii', 'Tosi priimaa kamaa taas', 'Kassalla priima meininki', 'Priimaa palvelua joka kerta'];
const bad = ['Palvelu oli ihan kökköä', 'Kökkö sovellus, ei toimi', 'Tosi kökköä kamaa taas', 'Kassalla kökkö meininki', 'Kökköä palvelua joka kerta'];
const fillers = ['tänään', 'eilen', 'taas kerran', 'viime viikolla', 'aamulla', 'illalla', 'kaupassa', 'netissä', 'sovelluksessa', 'puhelimessa'];

describe('which comments teach the workspace model', () => {
  it('takes corrections first, then extreme scores, and skips hints that disagree', () => {
    expect(labelOf({ id: 'a', text: '', corrected: 'neutral', nps: 0, csat: null })).toEqual({ label: 'neutral', weight: 3, source: 'correction' });
    expect(labelOf({ id: 'a', text: '', corrected: null, nps: 3, csat: null })?.label).toBe('negative');
    expect(labelOf({ id: 'a', text: '', corrected: null, nps: null, csat: 5 })?.label).toBe('positive');
    expect(labelOf({ id: 'a', text: '', corrected: null, nps: 10, csat: 1 })).toBeNull();
    expect(labelOf({ id: 'a', text: '', corrected: null, nps: 7, csat: null })).toBeNull();
  });
});

describe.each(testDatabases())('learning from the workspace’s own customers on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true });

  it('trains from scored comments, measures on held-back ones, and uses the workspace model only when it is better', async () => {
    const { db } = t.kuulo.services;
    const survey = (await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/surveys`, { name: 'Store CSAT', templateId: 'csat' })).body;
    await t.admin.post(`/api/v1/workspaces/${t.workspaceId}/surveys/${survey.id}/publish`);
    const random = seeded(3);
    const responseIds: string[] = [];
    const analysed: AnalysedComment[] = [];
    const models = genericSentimentModels();
    for (let i = 0; i < 400; i++) {
      const isGood = i % 2 === 0;
      const base = (isGood ? good : bad)[Math.floor(random() * 5)]!;
      const text = `${base} ${fillers[Math.floor(random() * fillers.length)]}.`;
      const { row } = await upsertResponse(db, {
        workspaceId: t.workspaceId,
        id: newId(),
        surveyId: survey.id,
        surveyVersion: 1,
        submissionId: randomUUID(),
        state: 'complete',
        answers: { csat: isGood ? 5 : 1, [isGood ? 'went_well' : 'went_wrong']: text },
        language: 'fi',
        channel: 'link',
        completedAt: new Date(Date.now() - i * 60_000),
      });
      responseIds.push(row.id);
      analysed.push({
        responseId: row.id,
        questionId: isGood ? 'went_well' : 'went_wrong',
        surveyId: survey.id,
        contactId: null,
        channel: 'link',
        dimensions: {},
        text,
        writtenAt: row.completedAt!,
        analysis: analyzeText(models, text, { lang: 'fi' }),
        sentimentModel: 'generic',
        topics: [],
        nps: null,
        csat: isGood ? 5 : 1,
      });
    }
    await db.transaction((tx) => replaceComments(tx, t.workspaceId, responseIds, analysed));

    const { reports, switched } = await trainWorkspace(db, t.workspaceId);
    const finnish = reports.find((r) => r.lang === 'fi')!;
    expect(finnish.labelled).toEqual({ corrections: 0, scores: 400 });
    expect(finnish.trained + finnish.heldBack).toBe(400);
    expect(finnish.heldBack).toBeGreaterThanOrEqual(30);
    expect(finnish.workspace!.macroF1).toBeGreaterThan(finnish.generic!.macroF1 + 0.02);
    expect(finnish).toMatchObject({ decision: 'in use' });
    expect(switched).toBe(true);
    // English and Polish have no labelled comments: nothing trained, and the reason says so.
    expect(reports.find((r) => r.lang === 'en')).toMatchObject({ decision: 'not used', reason: expect.stringContaining('not enough labelled comments') });

    const analyzer = await workspaceAnalyzer(db, t.workspaceId);
    expect(analyzer.modelNameOf('fi')).toMatch(/^workspace:/);
    expect(analyzer.modelNameOf('en')).toBe('generic');
    const slang = analyzeText(analyzer.models, 'Ihan kökkö juttu.', { lang: 'fi' });
    expect(slang.sentiment).toMatchObject({ label: 'negative' });

    const shown = (await t.admin.get(`/api/v1/workspaces/${t.workspaceId}/insights/text/models`)).body.languages.find((l: { lang: string }) => l.lang === 'fi');
    expect(shown.inUse).toMatchObject({ kind: 'workspace', report: { decision: 'in use' } });
    expect(shown.latest[0].report.reason).toMatch(/macro-F1 .* on \d+ held-back comments, against .* for the generic model/);

    // Trained again on the same comments, the new model is no better than the one in use: it is kept, not used.
    const again = await trainWorkspace(db, t.workspaceId);
    expect(again.reports.find((r) => r.lang === 'fi')).toMatchObject({ decision: 'not used' });
    expect(again.switched).toBe(false);
  });
});
