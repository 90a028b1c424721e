import { SurveyDefinition } from '../../engine/survey/schema.js';
import type { Db } from '../../platform/db/database.js';
import * as store from './store.js';

/**
 * Published versions never change and slugs never move, so both are kept in memory once read:
 * taking a response then costs one query for the survey's current state and the write itself,
 * instead of re-reading and re-parsing the whole definition every time.
 */
export interface PublishedSurveys {
  findBySlug(slug: string): Promise<store.SurveyRow | null>;
  version(workspaceId: string, surveyId: string, version: number): Promise<SurveyDefinition | null>;
}

export function createPublishedSurveys(db: Db, capacity = 1000): PublishedSurveys {
  const slugs = new LruMap<string, { workspaceId: string; surveyId: string }>(capacity);
  const versions = new LruMap<string, SurveyDefinition>(capacity);
  return {
    async findBySlug(slug) {
      const known = slugs.get(slug);
      if (known) return store.findSurvey(db, known.workspaceId, known.surveyId);
      const survey = await store.unsafeFindSurveyBySlug(db, slug);
      if (survey) slugs.set(slug, { workspaceId: survey.workspaceId, surveyId: survey.id });
      return survey;
    },
    async version(workspaceId, surveyId, version) {
      const key = `${workspaceId}/${surveyId}/${version}`;
      const known = versions.get(key);
      if (known) return known;
      const row = await store.findSurveyVersion(db, workspaceId, surveyId, version);
      if (!row) return null;
      const definition = SurveyDefinition.parse(row.definition);
      versions.set(key, definition);
      return definition;
    },
  };
}

/** A Map that forgets the least recently used entry beyond its capacity. */
class LruMap<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly capacity: number) {}
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: K, value: V) {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }
}
