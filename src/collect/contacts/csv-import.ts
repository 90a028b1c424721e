import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { Db } from '../../platform/db/database.js';
import { defineJob } from '../../platform/jobs/job-queue.js';
import { AppError } from '../../platform/errors/app-error.js';
import { ContactFields, withoutNulls } from './contacts.js';
import { findContactImport, updateContactImport } from './import-store.js';
import { findContactByKeys, upsertContact, type ContactRow } from './store.js';

/** Columns with a meaning of their own; every other column becomes an attribute. */
const knownColumns: Record<string, 'externalId' | 'email' | 'name' | 'language'> = {
  external_id: 'externalId',
  externalid: 'externalId',
  id: 'externalId',
  email: 'email',
  e_mail: 'email',
  name: 'name',
  language: 'language',
  lang: 'language',
};

export interface CsvRow {
  /** The line the row starts on, counting the header as line 1. */
  line: number;
  cells: Record<string, string>;
}

/**
 * Reads a contacts CSV: a header row, then one contact per row. Comma or semicolon separated
 * (spreadsheets in Finland and Poland save with semicolons), UTF-8 with or without a BOM.
 * A broken header is refused at once; rows are judged one by one later.
 */
export function readContactsCsv(csv: string): { columns: string[]; rows: CsvRow[] } {
  const firstLine = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csv, { bom: true, delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as never;
  } catch (error) {
    throw new AppError('invalid_input', 'csv.notValid', { params: { reason: (error as Error).message }, errors: [{ path: 'body.csv', key: 'field.csvNotValid' }] });
  }
  const [header, ...body] = records;
  if (!header) throw new AppError('invalid_input', 'csv.empty', { errors: [{ path: 'body.csv', key: 'field.csvNoHeader' }] });
  const normalised = header.record.map(normaliseColumn);
  const bad = header.record.filter((_, i) => normalised[i] === null);
  const columns = normalised.filter((column): column is string => column !== null);
  if (bad.length) throw new AppError('invalid_input', 'csv.badColumnNames', { params: { columns: bad.map((b) => `"${b}"`).join(', ') }, errors: [{ path: 'body.csv', key: 'field.csvBadColumnName' }] });
  if (!columns.some((column) => knownColumns[column] === 'externalId' || knownColumns[column] === 'email')) {
    throw new AppError('invalid_input', 'csv.noIdColumn', { errors: [{ path: 'body.csv', key: 'field.csvNoIdColumn' }] });
  }
  const rows = body.map(({ record, info }) => {
    // The parser counts the line a record ends on; a quoted value may span lines.
    const line = info.lines - record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
    const cells = Object.fromEntries(normalised.flatMap((column, i) => (column ? [[column, record[i] ?? '']] : [])));
    return { line, cells };
  });
  return { columns, rows };
}

/** `First Name` → `first_name`; null when nothing usable is left. */
function normaliseColumn(name: string): string | null {
  const key = name.trim().toLowerCase().replace(/[\s-]+/g, '_').replace(/[^a-z0-9_]/g, '');
  return /^[a-z][a-z0-9_]{0,63}$/.test(key) ? key : null;
}

/** One row as contact fields, or what is wrong with it. */
export function contactOfRow(row: CsvRow): { fields: ContactFields } | { problem: string } {
  const input: Record<string, unknown> = {};
  const attributes: Record<string, string> = {};
  for (const [column, value] of Object.entries(row.cells)) {
    if (!value) continue;
    const field = knownColumns[column];
    if (field) input[field] = field === 'language' ? value.toLowerCase() : value;
    else attributes[column] = value;
  }
  if (Object.keys(attributes).length) input.attributes = attributes;
  if (!input.externalId && !input.email) return { problem: 'needs an external_id or an email' };
  const parsed = ContactFields.safeParse(input);
  if (parsed.success) return { fields: parsed.data };
  const issue = parsed.error.issues[0]!;
  const column = Object.entries(knownColumns).find(([, field]) => field === issue.path[0])?.[0] ?? String(issue.path.at(-1));
  return { problem: `${column} ${issue.message}` };
}

const batchSize = 200;

/** What an import of a distribution's recipients does with each contact it took, and when it is done. */
export interface RecipientImport {
  /** Adds the contact; returns a problem for the row (a duplicate) or null. */
  add(tx: Db, workspaceId: string, distributionId: string, contact: ContactRow, line: number): Promise<string | null>;
  finished(workspaceId: string, distributionId: string): Promise<void>;
}

/** The job that takes an import's rows: good rows are kept, bad ones reported by line, progress saved per batch. */
export function contactImportJob(db: Db, recipients?: RecipientImport) {
  return defineJob({
    name: 'collect.contact-import',
    payload: z.object({ workspaceId: z.uuid(), importId: z.uuid() }).strict(),
    retry: { limit: 2, delaySeconds: 30, backoff: true },
    handler: async ({ workspaceId, importId }) => {
      const job = await findContactImport(db, workspaceId, importId);
      if (!job || job.status === 'done') return { skipped: true };
      const { rows } = readContactsCsv(job.csv);
      // A retried job resumes after the rows it already took.
      let { created, updated, processedRows } = job;
      const failures = [...(job.failures as { line: number; problem: string }[])];
      await updateContactImport(db, workspaceId, importId, { status: 'running', totalRows: rows.length });
      for (let start = processedRows; start < rows.length; start += batchSize) {
        await db.transaction(async (tx) => {
          for (const row of rows.slice(start, start + batchSize)) {
            const result = contactOfRow(row);
            if ('problem' in result) {
              failures.push({ line: row.line, problem: result.problem });
              continue;
            }
            const holderOfEmail = result.fields.email && result.fields.externalId ? await findContactByKeys(tx, workspaceId, { email: result.fields.email }) : null;
            const holderOfId = result.fields.externalId ? await findContactByKeys(tx, workspaceId, { externalId: result.fields.externalId }) : null;
            if (holderOfEmail && holderOfId && holderOfEmail.id !== holderOfId.id) {
              failures.push({ line: row.line, problem: `email belongs to another contact (external id ${holderOfEmail.externalId ?? 'none'})` });
              continue;
            }
            const { row: contact, isNew } = await upsertContact(tx, workspaceId, withoutNulls(result.fields));
            if (isNew) created++;
            else updated++;
            const problem = job.distributionId && recipients ? await recipients.add(tx, workspaceId, job.distributionId, contact, row.line) : null;
            if (problem) failures.push({ line: row.line, problem });
          }
          processedRows = Math.min(rows.length, start + batchSize);
          await updateContactImport(tx, workspaceId, importId, { processedRows, created, updated, failures });
        });
      }
      await updateContactImport(db, workspaceId, importId, { status: 'done', processedRows: rows.length, finishedAt: new Date() });
      if (job.distributionId && recipients) await recipients.finished(workspaceId, job.distributionId);
      return { created, updated, failed: failures.length };
    },
  });
}
