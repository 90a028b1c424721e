import os from 'node:os';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { allQuestions } from '../../../src/engine/survey/logic.js';
import type { Question, SurveyDefinition } from '../../../src/engine/survey/schema.js';
import { kindOf } from '../../../src/insights/rollups/entries.js';
import { addDays } from '../../../src/insights/metrics/periods.js';
import type { DashboardNumbers, OverviewQuestion, SurveyQuestion } from './numbers.js';
import { timeZone } from './plan.js';

/**
 * The reference: DuckDB (in memory, in this process) loads the same raw response rows from the
 * generated file and answers each dashboard question by scanning them, the way an analytics
 * engine would without rollups. Answers become a STRUCT column (DuckDB's columnar nested type),
 * not JSON text, so the scan reads only the answers it needs: a strong reference, not a straw man.
 */

type Row = Record<string, unknown>;

function answerType(question: Question): string {
  switch (question.type) {
    case 'nps':
    case 'csat':
    case 'ces':
    case 'rating':
      return 'INTEGER';
    case 'single_choice':
    case 'dropdown':
    case 'short_text':
    case 'long_text':
    case 'date':
      return 'VARCHAR';
    case 'multiple_choice':
    case 'ranking':
      return 'VARCHAR[]';
    case 'consent':
      return 'BOOLEAN';
    case 'cli':
      return 'STRUCT(recommend INTEGER, buy_again INTEGER, try_other INTEGER)';
    case 'matrix':
      return 'MAP(VARCHAR, VARCHAR)';
  }
}

/** One STRUCT type for the answers of every survey: question id → its answer's type. */
function answersStruct(definitions: Iterable<SurveyDefinition>): string {
  const types = new Map<string, string>();
  for (const definition of definitions) {
    for (const { question } of allQuestions(definition)) {
      const type = answerType(question);
      if (types.has(question.id) && types.get(question.id) !== type) throw new Error(`question ${question.id} has two answer types across surveys`);
      types.set(question.id, type);
    }
  }
  return `STRUCT(${[...types].map(([id, type]) => `"${id}" ${type}`).join(', ')})`;
}

const day = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`not a day: ${value}`);
  return value;
};
/** The instant a day starts in the workspace's time zone. */
const startOf = (value: string) => `(TIMESTAMP '${day(value)} 00:00:00' AT TIME ZONE '${timeZone}')`;
const localDay = (column: string) => `(${column} AT TIME ZONE '${timeZone}')::DATE`;
const npsScore = (minResponses: number) => `CASE WHEN n >= ${minResponses} THEN 100::DOUBLE * (p - d) / n END`;

export class DuckReference {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    private readonly definitions: Map<string, SurveyDefinition>,
  ) {}

  /** Loads the responses file into a table; extensions are never downloaded (JSON and ICU are built in). */
  static async load(responsesFile: string, definitions: Map<string, SurveyDefinition>): Promise<DuckReference> {
    const instance = await DuckDBInstance.create(':memory:', { threads: String(os.availableParallelism()), autoinstall_known_extensions: 'false' });
    const connection = await instance.connect();
    const columns = {
      id: 'UUID',
      survey: 'VARCHAR',
      survey_version: 'INTEGER',
      submission_id: 'UUID',
      state: 'VARCHAR',
      answers: answersStruct(definitions.values()),
      hidden: 'JSON',
      language: 'VARCHAR',
      channel: 'VARCHAR',
      ending_id: 'VARCHAR',
      contact_id: 'UUID',
      started_at: 'TIMESTAMPTZ',
      completed_at: 'TIMESTAMPTZ',
    };
    const spec = `{${Object.entries(columns).map(([name, type]) => `${name}: '${type}'`).join(', ')}}`;
    const file = responsesFile.replaceAll("'", "''");
    await connection.run(`CREATE TABLE responses AS SELECT * FROM read_json('${file}', format = 'newline_delimited', columns = ${spec})`);
    return new DuckReference(instance, connection, definitions);
  }

  async count(): Promise<number> {
    return Number((await this.rows('SELECT count(*) AS n FROM responses'))[0]!['n']);
  }

  private async rows(sql: string): Promise<Row[]> {
    return (await this.connection.runAndReadAll(sql)).getRowObjectsJson() as Row[];
  }

  /** NPS over all surveys: the period, the one before, each trend bucket, each channel; responses started and completed. */
  overviewSql(q: OverviewQuestion, minResponses: number): string {
    const npsIds = [...this.definitions.values()].flatMap((d) => allQuestions(d).filter(({ question }) => question.type === 'nps').map(({ question }) => question.id));
    const score = [...new Set(npsIds)].map((id) => `answers."${id}"`).join(', ');
    const counts = `count(*) AS n, count(*) FILTER (score >= 9) AS p, count(*) FILTER (score <= 6) AS d`;
    const lo = startOf(q.from);
    const hi = startOf(addDays(q.to, 1));
    return `
      WITH scored AS (
        SELECT ${localDay('completed_at')} AS day, coalesce(${score}) AS score, channel FROM responses
        WHERE state = 'complete' AND coalesce(${score}) IS NOT NULL
          AND completed_at >= ${startOf(q.previousFrom)} AND completed_at < ${hi}
      ), keyed AS (
        SELECT CASE WHEN day < DATE '${day(q.from)}' THEN 'previous' ELSE 'bucket:' || strftime(date_trunc('${q.interval}', day), '%Y-%m-%d') END AS key, score, channel FROM scored
      ), grouped AS (
        SELECT key, ${counts} FROM keyed GROUP BY key
        UNION ALL SELECT 'value', ${counts} FROM keyed WHERE key <> 'previous'
        UNION ALL SELECT 'breakdown:' || channel, ${counts} FROM keyed WHERE key <> 'previous' GROUP BY channel
      ), period AS (
        SELECT started_at >= ${lo} AND started_at < ${hi} AS is_started, state = 'complete' AND completed_at >= ${lo} AND completed_at < ${hi} AS is_completed
        FROM responses WHERE started_at >= ${lo} AND started_at < ${hi} OR completed_at >= ${lo} AND completed_at < ${hi}
      )
      SELECT key, n, ${npsScore(minResponses)} AS score FROM grouped
      UNION ALL SELECT 'started', count(*) FILTER (is_started), NULL FROM period
      UNION ALL SELECT 'completed', count(*) FILTER (is_completed), NULL FROM period`;
  }

  async overview(sql: string): Promise<Row[]> {
    return this.rows(sql);
  }

  overviewNumbers(rows: Row[]): DashboardNumbers {
    const numbers: DashboardNumbers = new Map();
    for (const row of rows) {
      const key = String(row['key']);
      const n = Number(row['n']);
      if (key === 'started' || key === 'completed') numbers.set(key, n);
      else if (n > 0) {
        numbers.set(`${key}.n`, n);
        if (row['score'] !== null) numbers.set(`${key}.score`, Number(row['score']));
      }
    }
    return numbers;
  }

  /** One survey's report: answered and the distribution of each question it measures; responses started and completed. */
  surveySql(q: SurveyQuestion): string {
    const definition = this.definitions.get(q.surveyKey)!;
    const lo = startOf(q.from);
    const hi = startOf(addDays(q.to, 1));
    const measures = allQuestions(definition).flatMap(({ question }) => {
      const kind = kindOf(question);
      const column = `answers."${question.id}"`;
      if (kind === 'cli') return [`count(*) FILTER (done AND (${column}.recommend IS NOT NULL OR ${column}.buy_again IS NOT NULL OR ${column}.try_other IS NOT NULL)) AS "n:${question.id}"`];
      if (kind === 'choice' && question.type === 'multiple_choice') throw new Error('the reference does not count multiple choice questions');
      return kind ? [`histogram(${column}) FILTER (done) AS "h:${question.id}"`] : [];
    });
    return `
      SELECT count(*) FILTER (started_at >= ${lo} AND started_at < ${hi}) AS started, count(*) FILTER (done) AS completed, ${measures.join(', ')}
      FROM (SELECT *, state = 'complete' AND completed_at >= ${lo} AND completed_at < ${hi} AS done FROM responses
            WHERE survey = '${q.surveyKey.replaceAll("'", "''")}' AND (started_at >= ${lo} AND started_at < ${hi} OR completed_at >= ${lo} AND completed_at < ${hi}))`;
  }

  async survey(sql: string): Promise<Row[]> {
    return this.rows(sql);
  }

  surveyNumbers(rows: Row[], minResponses: number): DashboardNumbers {
    const row = rows[0]!;
    const numbers: DashboardNumbers = new Map([
      ['started', Number(row['started'])],
      ['completed', Number(row['completed'])],
    ]);
    for (const [column, value] of Object.entries(row)) {
      const [what, id] = column.split(':');
      if (what === 'n' && Number(value) > 0) numbers.set(`question:${id}.n`, Number(value));
      if (what !== 'h' || !Array.isArray(value)) continue;
      const entries = (value as { key: unknown; value: unknown }[]).map((e) => [String(e.key), Number(e.value)] as const);
      const n = entries.reduce((sum, [, count]) => sum + count, 0);
      if (n > 0) numbers.set(`question:${id}.n`, n);
      if (n >= minResponses) for (const [key, count] of entries) numbers.set(`question:${id}=${key}`, count);
    }
    return numbers;
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
