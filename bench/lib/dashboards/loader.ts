import fs from 'node:fs';
import readline from 'node:readline';
import { SurveyDefinition } from '../../../src/engine/survey/schema.js';
import { validateResponse } from '../../../src/engine/survey/validate-response.js';
import type { Database } from '../../../src/platform/db/database.js';
import type { RawResponse } from './generator.js';

/**
 * Loads the generated files straight into collect's tables, past the HTTP intake: a few thousand
 * rows per INSERT … SELECT FROM json_to_recordset (one parameter each, on both databases). The
 * rollups are not written here: a rebuild makes them afterwards.
 */

const batchSize = 5000;

/** Every `sampleEvery`-th response is checked with the engine against the version it names. */
const sampleEvery = 499;

const insertContacts = `
  INSERT INTO contacts (workspace_id, id, external_id, email, name, language, attributes)
  SELECT $1::uuid, c.id, c.external_id, c.email, c.name, c.language, c.attributes
  FROM json_to_recordset($2::json) AS c(id uuid, external_id text, email text, name text, language text, attributes jsonb)`;

const insertResponses = `
  INSERT INTO responses (workspace_id, id, survey_id, survey_version, submission_id, state, answers, hidden, language, channel, ending_id, contact_id, context, started_at, updated_at, completed_at)
  SELECT $1::uuid, r.id, s.value::uuid, r.survey_version, r.submission_id, r.state, r.answers, r.hidden, r.language, r.channel, r.ending_id, r.contact_id, '{}'::jsonb,
         r.started_at, coalesce(r.completed_at, r.started_at), r.completed_at
  FROM json_to_recordset($2::json) AS r(id uuid, survey text, survey_version int, submission_id uuid, state text, answers jsonb, hidden jsonb,
                                        language text, channel text, ending_id text, contact_id uuid, started_at timestamptz, completed_at timestamptz)
  JOIN json_each_text($3::json) AS s ON s.key = r.survey`;

async function* lineBatches(file: string): AsyncGenerator<string[]> {
  let batch: string[] = [];
  for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    if (!line) continue;
    batch.push(line);
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** The published versions the responses name, as the database holds them: what validation checks against. */
export async function publishedDefinitions(database: Database, workspaceId: string, surveyIds: Record<string, string>): Promise<Map<string, SurveyDefinition>> {
  const result = await database.execute('SELECT survey_id, version, definition FROM survey_versions WHERE workspace_id = $1', [workspaceId]);
  const byId = new Map(result.rows.map((row) => [`${String(row['survey_id'])}:${String(row['version'])}`, row['definition']]));
  return new Map(Object.entries(surveyIds).map(([key, id]) => [key, SurveyDefinition.parse(byId.get(`${id}:1`))]));
}

function checkSample(line: string, definitions: Map<string, SurveyDefinition>): void {
  const row = JSON.parse(line) as RawResponse;
  const definition = definitions.get(row.survey);
  if (!definition || row.survey_version !== 1) throw new Error(`generated response ${row.id} names no published version (${row.survey} v${row.survey_version})`);
  const check = validateResponse(definition, { answers: row.answers, hidden: row.hidden }, { isComplete: row.state === 'complete' });
  if (!check.isValid) throw new Error(`generated response ${row.id} to ${row.survey} is not valid for its version: ${JSON.stringify(check.problems)}`);
  if (row.ending_id !== null && row.ending_id !== check.ending.id) throw new Error(`generated response ${row.id} names ending ${row.ending_id}, its path ends at ${check.ending.id}`);
}

export interface LoadResult {
  responses: number;
  checked: number;
  seconds: number;
}

/** Loads contacts, then responses (with `surveyIds`: plan key → this database's survey id); checks a sample first. */
export async function loadWorkspace(
  database: Database,
  workspaceId: string,
  surveyIds: Record<string, string>,
  files: { contactsFile: string; responsesFile: string },
  onProgress?: (loaded: number) => void,
): Promise<LoadResult> {
  const definitions = await publishedDefinitions(database, workspaceId, surveyIds);
  const started = performance.now();
  for await (const batch of lineBatches(files.contactsFile)) await database.execute(insertContacts, [workspaceId, `[${batch.join(',')}]`]);
  const mapping = JSON.stringify(surveyIds);
  let responses = 0;
  let checked = 0;
  for await (const batch of lineBatches(files.responsesFile)) {
    for (let i = (sampleEvery - (responses % sampleEvery)) % sampleEvery; i < batch.length; i += sampleEvery) {
      checkSample(batch[i]!, definitions);
      checked++;
    }
    const inserted = await database.execute(insertResponses, [workspaceId, `[${batch.join(',')}]`, mapping]);
    if (inserted.rowCount !== batch.length) throw new Error(`inserted ${inserted.rowCount} of ${batch.length} responses: a survey key has no id`);
    responses += batch.length;
    if (responses % 500_000 < batchSize) onProgress?.(responses);
  }
  return { responses, checked, seconds: (performance.now() - started) / 1000 };
}
