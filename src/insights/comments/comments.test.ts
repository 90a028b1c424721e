import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiAgent } from '../../../test/api-agent.js';
import { testDatabases } from '../../../test/databases.js';
import { useTestKuulo } from '../../../test/kuulo.js';
import { answerNps } from '../../../test/nps-respondent.js';
import { waitFor } from '../../../test/wait-for.js';

/** Comments as customers write them: analysed after each response, listed, filtered, summarised. */
describe.each(testDatabases())('text analytics of comments on $name', (database) => {
  const t = useTestKuulo(database, { setUp: true });
  const base = () => `/api/v1/workspaces/${t.workspaceId}`;
  let survey: { id: string; slug: string };

  /** A customer answers through a personal link; the comment goes to the question the score shows. */
  const answer = (contact: { email: string; attributes?: Record<string, number | string> }, nps: number, comment: string, options: { language?: string; product?: string } = {}) =>
    answerNps(t.kuulo, t.admin, t.workspaceId, survey, { nps, comment, contact, ...(options.language ? { language: options.language } : {}), ...(options.product ? { hidden: { company: options.product } } : {}) });
  const comments = async (query = '', agent = t.admin) => (await agent.get(`${base()}/insights/comments${query}`)).body;

  beforeAll(async () => {
    survey = (await t.admin.post(`${base()}/surveys`, { name: 'Relationship NPS', templateId: 'nps' })).body;
    await t.admin.post(`${base()}/surveys/${survey.id}/publish`);
    await answer({ email: 'maija@example.fi', attributes: { revenue: 12000, plan: 'pro' } }, 2, 'Toimitus oli todella hidas ja asiakaspalvelu ei vastannut viesteihini. Soittakaa 040 123 4567.', { language: 'fi', product: 'Verkkokauppa' });
    await answer({ email: 'jan@example.pl', attributes: { revenue: 800, plan: 'basic' } }, 1, 'Dostawa była bardzo wolna, kurier się spóźnił. Dlaczego nikt nie odpowiada?', { language: 'pl', product: 'Sklep' });
    await answer({ email: 'anna@example.com', attributes: { revenue: 5000, plan: 'pro' } }, 10, 'Great service and fast delivery, thank you!');
    await answer({ email: 'tom@example.com', attributes: { revenue: 300, plan: 'basic' } }, 8, 'Please add dark mode to the app, it would be great.');
    await answer({ email: 'eva@example.com', attributes: { revenue: 9000, plan: 'pro' } }, 7, 'Would love a dark mode in the app.');
    await answer({ email: 'toni@example.fi', attributes: { revenue: 100 } }, 3, 'Toimituksen seuranta ei toimi ollenkaan.', { language: 'fi', product: 'Verkkokauppa' });
  });

  it('analyses each comment after its response is stored: language, sentiment, intents, phrases and personal data', async () => {
    const page = await waitFor(() => comments(), (body) => body.items?.length === 6);
    expect(page.items).toHaveLength(6);
    const finnish = page.items.find((c: { text: string }) => c.text.startsWith('Toimitus oli'));
    expect(finnish).toMatchObject({ lang: 'fi', nps: 2, sentiment: { label: 'negative', model: 'generic', isCorrected: false } });
    expect(finnish.intents.map((i: { intent: string }) => i.intent)).toContain('complaint');
    expect(finnish.personalData).toEqual([{ kind: 'phone', start: expect.any(Number), end: expect.any(Number) }]);
    const phoneAt = finnish.personalData[0];
    expect(finnish.text.slice(phoneAt.start, phoneAt.end)).toBe('040 123 4567');
    const polish = page.items.find((c: { lang: string }) => c.lang === 'pl');
    expect(polish.intents.map((i: { intent: string }) => i.intent)).toEqual(expect.arrayContaining(['complaint', 'question']));
    const praise = page.items.find((c: { text: string }) => c.text.startsWith('Great service'));
    expect(praise).toMatchObject({ lang: 'en', sentiment: { label: 'positive' } });
    // Phrases are keyed by stem, so the two Finnish comments share "toimitus" in two forms.
    const keys = (c: { phrases: { key: string }[] }) => c.phrases.map((p) => p.key);
    const delivery = page.items.filter((c: { lang: string }) => c.lang === 'fi').map(keys);
    expect(delivery[0]!.filter((key: string) => delivery[1]!.includes(key)).length).toBeGreaterThan(0);
    for (const item of page.items) for (const phrase of item.phrases) expect(item.text.slice(phrase.start, phrase.end)).toBe(phrase.text);
  });

  it('masks personal data for those who may not read responses, and moves the highlights with it', async () => {
    const key = await t.admin.post(`${base()}/api-keys`, { name: 'dashboards', scopes: ['insights.read'] });
    const reader = new ApiAgent(t.kuulo, { apiKey: key.body.secret });
    const page = await comments('?lang=fi', reader);
    expect(page.isMasked).toBe(true);
    const masked = page.items.find((c: { text: string }) => c.text.startsWith('Toimitus oli'));
    expect(masked.text).toContain('Soittakaa [phone].');
    expect(masked.text).not.toContain('040');
    for (const phrase of masked.phrases) expect(masked.text.slice(phrase.start, phrase.end)).toBe(phrase.text);
  });

  it('filters by sentiment, intent, language, words and breakdown values, and rejects filters it cannot apply', async () => {
    expect((await comments('?intent=feature_request')).items.map((c: { text: string }) => c.text).sort()).toEqual(['Please add dark mode to the app, it would be great.', 'Would love a dark mode in the app.']);
    expect((await comments('?lang=pl')).items).toHaveLength(1);
    expect((await comments('?sentiment=positive')).items.every((c: { sentiment: { label: string } }) => c.sentiment.label === 'positive')).toBe(true);
    expect((await comments('?q=dark%20mode')).items).toHaveLength(2);
    expect((await comments('?filter=contact.plan:basic')).items).toHaveLength(2);
    expect((await comments('?filter=hidden.company:Verkkokauppa')).items).toHaveLength(2);
    const bad = await t.admin.get(`${base()}/insights/comments?sentiment=angry&filter=answer.nps:3&limit=0`);
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['query.filter', 'query.limit', 'query.sentiment']);
  });

  it('pages through comments newest first without repeating one', async () => {
    const first = await comments('?limit=4');
    expect(first.items).toHaveLength(4);
    const second = await comments(`?limit=4&before=${encodeURIComponent(first.nextBefore)}`);
    expect(second.items).toHaveLength(2);
    expect(second.nextBefore).toBeNull();
    const ids = [...first.items, ...second.items].map((c: { id: string }) => c.id);
    expect(new Set(ids).size).toBe(6);
  });

  it('tags comments with a topic defined by examples in each language, old ones included, and summarises topics with the scores beside them', async () => {
    const created = await t.admin.post(`${base()}/insights/topics`, { name: 'Delivery', examples: { en: ['delivery'], fi: ['toimitus'], pl: ['dostawa', 'kurier'] } });
    expect(created.status).toBe(201);
    const backfill = await waitFor(() => t.admin.get(`${base()}/insights/text/backfill`).then((r) => r.body), (b) => b?.status === 'done');
    expect(backfill).toMatchObject({ status: 'done', done: 6, total: 6 });
    const tagged = await comments(`?topic=${created.body.id}`);
    expect(tagged.items.map((c: { lang: string }) => c.lang).sort()).toEqual(['en', 'fi', 'fi', 'pl']);
    for (const item of tagged.items) {
      const span = item.topics.find((topic: { topicId: string }) => topic.topicId === created.body.id);
      expect(span.name).toBe('Delivery');
      expect(item.text.slice(span.start, span.end).toLowerCase()).toMatch(/^(delivery|toimitu|dostaw|kurier)/);
    }
    const text = (await t.admin.get(`${base()}/insights/text`)).body;
    expect(text.summary.comments).toBe(6);
    const delivery = text.topics.find((topic: { name: string }) => topic.name === 'Delivery');
    // NPS beside the four delivery comments: 2, 1, 10, 3 → one promoter, three detractors.
    expect(delivery).toMatchObject({ comments: 4, previousComments: 0, npsResponses: 4, nps: -50 });
    expect(text.trend.reduce((sum: number, point: { comments: number }) => sum + point.comments, 0)).toBe(6);
    const duplicate = await t.admin.post(`${base()}/insights/topics`, { name: 'delivery', examples: { en: ['shipping'] } });
    expect(duplicate.status).toBe(409);
    const empty = await t.admin.post(`${base()}/insights/topics`, { name: 'Nothing', examples: {} });
    expect(empty.status).toBe(422);
  });

  it('counts complaints per product and ranks feature requests by customers and their value', async () => {
    const bySurvey = (await t.admin.get(`${base()}/insights/text/complaints?by=survey`)).body;
    expect(bySurvey.products).toEqual([expect.objectContaining({ product: survey.id, comments: 6, complaints: expect.any(Number) })]);
    const byProduct = (await t.admin.get(`${base()}/insights/text/complaints?by=hidden.company`)).body.products;
    expect(byProduct.map((p: { product: string }) => p.product).sort()).toEqual(['Sklep', 'Verkkokauppa']);
    const requests = (await t.admin.get(`${base()}/insights/text/feature-requests?value=contact.revenue`)).body;
    expect(requests.requests).toBe(2);
    const darkMode = requests.groups.find((g: { kind: string; label: string }) => g.kind === 'phrase' && /dark mode/i.test(g.label));
    expect(darkMode).toMatchObject({ customers: 2, value: 9300 });
    expect((await t.admin.get(`${base()}/insights/text/feature-requests?value=revenue`)).status).toBe(422);
  });

  it('takes an analyst’s correction of a sentiment and lets it count everywhere', async () => {
    const target = (await comments('?q=dark%20mode&limit=1')).items[0];
    const corrected = await t.admin.put(`${base()}/insights/comments/${target.id}/sentiment`, { label: 'neutral' });
    expect(corrected.status).toBe(200);
    expect(corrected.body.sentiment).toMatchObject({ label: 'neutral', isCorrected: true });
    expect((await comments('?sentiment=neutral')).items.map((c: { id: string }) => c.id)).toContain(target.id);
    expect((await t.admin.put(`${base()}/insights/comments/${randomUUID()}/sentiment`, { label: 'neutral' })).status).toBe(404);
    expect((await t.admin.put(`${base()}/insights/comments/${target.id}/sentiment`, { label: 'angry' })).body.errors).toEqual([{ path: 'body.label', problem: 'must be negative, neutral, positive or null' }]);
    const undone = await t.admin.put(`${base()}/insights/comments/${target.id}/sentiment`, { label: null });
    expect(undone.body.sentiment.isCorrected).toBe(false);
  });

  it('shows which sentiment model each language uses and why', async () => {
    const models = (await t.admin.get(`${base()}/insights/text/models`)).body;
    expect(models.languages.map((l: { lang: string }) => l.lang)).toEqual(['en', 'fi', 'pl']);
    expect(models.languages[1]).toMatchObject({ lang: 'fi', inUse: { kind: 'generic' }, labelledComments: 2 });
    expect(models.languages[1].generic.trainedOn).toContain('XED');
    expect((await t.admin.post(`${base()}/insights/text/models/train`, {})).status).toBe(202);
  });
});
