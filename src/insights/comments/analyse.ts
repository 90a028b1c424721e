import { allQuestions } from '../../engine/survey/logic.js';
import type { Question, SurveyDefinition } from '../../engine/survey/schema.js';
import { analyzeText, type SentimentModels, type TextAnalysis } from '../text/analyzer.js';
import { matchTopics, type CompiledTopics } from '../text/topics.js';

/**
 * A complete response's comments, analysed: one per written answer (short or long text) with at
 * least one letter in it. Pure: the caller stores what this returns.
 */

export interface ResponseToAnalyse {
  id: string;
  surveyId: string;
  contactId: string | null;
  answers: Record<string, unknown>;
  hidden: Record<string, unknown>;
  channel: string;
  /** The language the survey was answered in: the hint when a short comment's language is unclear. */
  language: string;
  completedAt: Date;
  contactAttributes: Record<string, unknown>;
}

export interface AnalysedComment {
  responseId: string;
  questionId: string;
  surveyId: string;
  contactId: string | null;
  channel: string;
  dimensions: Record<string, string | number | boolean>;
  text: string;
  writtenAt: Date;
  analysis: TextAnalysis;
  /** The workspace's model that judged it, or "generic". */
  sentimentModel: string | null;
  topics: { topicId: string; start: number; end: number }[];
  nps: number | null;
  csat: number | null;
}

export interface CommentAnalyzer {
  models: SentimentModels;
  /** Which model a language's sentiment comes from: "generic" or "workspace:<id>". */
  modelNameOf: (lang: string) => string;
  topics: CompiledTopics;
  /** Found phrases (by key) an analyst filed under a topic. */
  topicsByPhraseKey: ReadonlyMap<string, readonly string[]>;
}

export function analyseResponse(response: ResponseToAnalyse, definition: SurveyDefinition, analyzer: CommentAnalyzer): AnalysedComment[] {
  const questions = allQuestions(definition).map(({ question }) => question);
  const firstScore = (type: 'nps' | 'csat') => {
    for (const question of questions) {
      const value = response.answers[question.id];
      if (question.type === type && typeof value === 'number') return value;
    }
    return null;
  };
  const nps = firstScore('nps');
  const csat = firstScore('csat');
  const dimensions = dimensionsOf(response);
  const comments: AnalysedComment[] = [];
  for (const question of questions) {
    const answer = response.answers[question.id];
    if (!isComment(question, answer)) continue;
    const text = answer.trim();
    const analysis = analyzeText(analyzer.models, text, { hint: response.language });
    comments.push({
      responseId: response.id,
      questionId: question.id,
      surveyId: response.surveyId,
      contactId: response.contactId,
      channel: response.channel,
      dimensions,
      text,
      writtenAt: response.completedAt,
      analysis,
      sentimentModel: analysis.sentiment === 'not analysed' ? null : analyzer.modelNameOf(analysis.lang),
      topics: topicsOf(analyzer, analysis),
      nps,
      csat,
    });
  }
  return comments;
}

/** A written answer that is analysed as a comment: a short or long text answer with at least one letter. */
export const isComment = (question: Question, answer: unknown): answer is string => (question.type === 'long_text' || question.type === 'short_text') && typeof answer === 'string' && /\p{L}/u.test(answer);

/** Whether a response to `definition` has a comment to analyse. */
export const hasComments = (definition: SurveyDefinition, answers: Readonly<Record<string, unknown>>): boolean =>
  allQuestions(definition).some(({ question }) => isComment(question, answers[question.id]));

/** Topics by their examples, and by the found phrases filed under them; each once, at its first place. */
function topicsOf(analyzer: CommentAnalyzer, analysis: TextAnalysis) {
  const hits = new Map<string, { topicId: string; start: number; end: number }>();
  for (const hit of matchTopics(analyzer.topics, analysis.lang, analysis.tokens, analysis.phrases)) if (!hits.has(hit.topicId)) hits.set(hit.topicId, hit);
  for (const phrase of analysis.phrases) {
    for (const topicId of analyzer.topicsByPhraseKey.get(phrase.key) ?? []) {
      const known = hits.get(topicId);
      if (!known || phrase.start < known.start) hits.set(topicId, { topicId, start: phrase.start, end: phrase.end });
    }
  }
  return [...hits.values()];
}

/** Hidden fields and contact attributes, flat, as Insights names its breakdowns. */
function dimensionsOf(response: ResponseToAnalyse): Record<string, string | number | boolean> {
  const dimensions: Record<string, string | number | boolean> = {};
  const put = (prefix: string, values: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(values)) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') dimensions[`${prefix}.${name}`] = value;
    }
  };
  put('hidden', response.hidden);
  put('contact', response.contactAttributes);
  return dimensions;
}
