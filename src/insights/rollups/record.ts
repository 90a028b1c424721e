import type { SurveyDefinition } from '../../engine/survey/schema.js';
import type { Db } from '../../platform/db/database.js';
import { rollupEntriesOf } from './entries.js';
import { dayIn, RollupRows } from './rows.js';
import { addChoiceRollups, addQuestionRollups, addResponseRollups, findRollupSettings, fixRollupTimeZone, lockSurveyRollups } from './store.js';

/** A response as it was just stored, and what changed: what the rollups need from the intake. */
export interface StoredResponseChange {
  workspaceId: string;
  surveyId: string;
  /** The version the response answered. */
  definition: SurveyDefinition;
  response: {
    answers: Readonly<Record<string, unknown>>;
    hidden: Readonly<Record<string, unknown>>;
    channel: string;
    language: string;
    startedAt: Date;
    completedAt: Date | null;
  };
  /** Its first save: it counts as started. */
  isNew: boolean;
  /** It was completed by this save (a complete response never changes again, so this happens once). */
  isNowComplete: boolean;
  /** The linked contact's attributes, read only if a segment needs them. */
  contactAttributes: () => Promise<Readonly<Record<string, unknown>>>;
}

/**
 * Adds a stored response to the rollups. Call it in the transaction that stored the response, so a
 * dashboard is never behind and an accepted response is never missing from it.
 */
export async function recordInRollups(db: Db, change: StoredResponseChange): Promise<void> {
  if (!change.isNew && !change.isNowComplete) return;
  await lockSurveyRollups(db, change.surveyId, 'shared');
  const settings = await findRollupSettings(db, change.workspaceId);
  if (!settings) return;
  if (!settings.isStored) await fixRollupTimeZone(db, change.workspaceId, settings.timeZone);
  const rows = new RollupRows(change.workspaceId, change.surveyId);
  const { response } = change;
  if (change.isNew) rows.addStarted(response, dayIn(settings.timeZone, response.startedAt));
  if (change.isNowComplete && response.completedAt) {
    const needsContact = settings.segments.some((segment) => segment.startsWith('contact.'));
    const contactAttributes = needsContact ? await change.contactAttributes() : {};
    const entries = rollupEntriesOf(change.definition, response, { segments: settings.segments, contactAttributes });
    rows.addCompleted(entries, dayIn(settings.timeZone, response.completedAt));
  }
  await writeRollupRows(db, rows);
}

export async function writeRollupRows(db: Db, rows: RollupRows): Promise<void> {
  await addResponseRollups(db, rows.responses);
  await addQuestionRollups(db, rows.questions);
  await addChoiceRollups(db, rows.choices);
}
