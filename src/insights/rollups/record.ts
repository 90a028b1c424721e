import type { SurveyDefinition } from '../../engine/survey/schema.js';
import type { Db } from '../../platform/db/database.js';
import { rollupEntriesOf, stoppingPageOf } from './entries.js';
import { dayIn, RollupRows } from './rows.js';
import { addChoiceRollups, addPageRollups, addQuestionRollups, addResponseRollups, findRollupSettings, fixRollupTimeZone, lockSurveyRollups } from './store.js';

/** A response as it was just stored, and what changed: what the rollups need from the intake. */
export interface StoredResponseChange {
  workspaceId: string;
  surveyId: string;
  responseId: string;
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
  /** The response as it stood before this save (null for a new one), with the version it answered then. */
  previous: { state: string; answers: Readonly<Record<string, unknown>>; hidden: Readonly<Record<string, unknown>>; definition: SurveyDefinition } | null;
  /** Its state after this save. */
  state: string;
  /** It was completed by this save (a complete response never changes again, so this happens once). */
  isNowComplete: boolean;
  /** The linked contact's attributes, read only if a segment needs them. */
  contactAttributes: () => Promise<Readonly<Record<string, unknown>>>;
}

/**
 * Adds a stored response to the rollups. Call it in the transaction that stored the response, so a
 * dashboard is never behind and an accepted response is never missing from it. UUIDv7 ids compare
 * as text in time order, which the rebuild's cursor relies on.
 */
export async function recordInRollups(db: Db, change: StoredResponseChange): Promise<void> {
  const { response, previous } = change;
  const stoppedBefore = previous?.state === 'partial' ? stoppingPageOf(previous.definition, previous) : null;
  const stoppedNow = change.state === 'partial' ? stoppingPageOf(change.definition, response) : null;
  if (!change.isNew && !change.isNowComplete && stoppedBefore === stoppedNow) return;
  await lockSurveyRollups(db, change.surveyId, 'shared');
  const settings = await findRollupSettings(db, change.workspaceId, { surveyId: change.surveyId });
  if (!settings) return;
  // A rebuild under way counts this response itself when it reaches it.
  const { rebuild } = settings;
  if (rebuild && (rebuild.cursor === null || change.responseId > rebuild.cursor) && change.responseId <= rebuild.watermark) return;
  if (!settings.isStored) await fixRollupTimeZone(db, change.workspaceId, settings.timeZone);
  const rows = new RollupRows(change.workspaceId, change.surveyId);
  const startedDay = dayIn(settings.timeZone, response.startedAt);
  if (change.isNew) rows.addStarted(response, startedDay);
  if (stoppedBefore !== stoppedNow) {
    if (stoppedBefore !== null) rows.addStopped(stoppedBefore, startedDay, -1);
    if (stoppedNow !== null) rows.addStopped(stoppedNow, startedDay, 1);
  }
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
  await addPageRollups(db, rows.pages);
}
