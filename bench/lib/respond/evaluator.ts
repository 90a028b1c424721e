import { randomUUID } from 'node:crypto';
import { SurveyDefinition } from '../../../src/engine/survey/schema.js';
import { surveyTemplates as templates } from '../../../src/engine/survey/templates/index.js';
import { conditionHolds, scoresOf, type ResponseFacts } from '../../../src/respond/rules/evaluate.js';
import { ResponseCondition } from '../../../src/engine/respond/rules.js';
import { benchContacts, benchResponses, surveyTemplates, type SurveyKey } from './responses.js';
import { benchRules, type RuleTargets } from './rules.js';

/**
 * The pure evaluator, in this process and without a database: each response's facts are read once
 * (as the judge reads them), then every one of the 50 rules' conditions is judged on them. The
 * reference is JSON.parse of the same response as the `response.completed` event carries it.
 */

export interface EvaluatorInput {
  facts: ResponseFacts[];
  /** Each response's event data as JSON text. */
  texts: string[];
  /** The 50 rules' conditions, parsed once (as the judge keeps them per rule version). */
  parsed: ResponseCondition[];
}

export function evaluatorInput(count: number): EvaluatorInput {
  const definitions = Object.fromEntries(
    (Object.entries(surveyTemplates) as [SurveyKey, { templateId: string }][]).map(([key, { templateId }]) => [key, SurveyDefinition.parse(templates.find((t) => t.id === templateId)!.definition)]),
  ) as Record<SurveyKey, SurveyDefinition>;
  const contacts = benchContacts(300, ['alice@bench.example', 'carl@bench.example']);
  const responses = benchResponses(count, definitions, contacts, 'respond-evaluator');
  const facts = responses.map((r) => ({
    scores: scoresOf(definitions[r.survey], r.answers),
    answers: r.answers,
    hidden: r.hidden,
    contact: r.contact === null ? {} : contacts[r.contact]!.attributes,
    channel: r.channel,
    language: r.language,
    csatProblemThreshold: 3,
  }));
  const texts = responses.map((r) =>
    JSON.stringify({ surveyId: randomUUID(), surveyName: surveyTemplates[r.survey].name, responseId: randomUUID(), surveyVersion: 1, channel: r.channel, language: r.language, contactId: r.contact === null ? null : randomUUID(), answers: r.answers, hidden: r.hidden, endingId: r.endingId, completedAt: new Date().toISOString() }),
  );
  const ids = () => randomUUID();
  const targets: RuleTargets = { npsSurveyId: ids(), supportSurveyId: ids(), serviceTeamId: ids(), keyAccountsTeamId: ids(), billingTeamId: ids(), managerUserId: ids() };
  // As the database gives them back (plain JSON), parsed once.
  const parsed = benchRules(targets).map((rule) => ResponseCondition.parse(JSON.parse(JSON.stringify(rule.condition))));
  return { facts, texts, parsed };
}

/** Passes over all responses, judged by all conditions; returns responses per second. */
export function evaluateRate(input: EvaluatorInput, passes: number): { perSecond: number; holds: number } {
  let holds = 0;
  const started = performance.now();
  for (let pass = 0; pass < passes; pass++) {
    for (const facts of input.facts) {
      for (const condition of input.parsed) if (conditionHolds(condition, facts).holds) holds++;
    }
  }
  return { perSecond: (passes * input.facts.length) / ((performance.now() - started) / 1000), holds };
}

/** Passes of JSON.parse over every response's event text; returns responses per second. */
export function parseRate(input: EvaluatorInput, passes: number): { perSecond: number; keys: number } {
  let keys = 0;
  const started = performance.now();
  for (let pass = 0; pass < passes; pass++) for (const text of input.texts) keys += Object.keys(JSON.parse(text) as object).length;
  return { perSecond: (passes * input.texts.length) / ((performance.now() - started) / 1000), keys };
}
