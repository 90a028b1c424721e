import { useCallback, useEffect, useRef, useState } from 'react';
import type { SurveyDefinition } from '../../../../src/engine/survey/schema.js';
import { ApiError } from '../../api/client.js';
import { getSurvey, updateSurvey } from '../../api/surveys.js';
import type { SurveyDetail, SurveyProblem } from '../../api/surveys.js';
import { problemsFromSaveError } from './problems.js';

/** How long the builder waits after the last edit before saving the draft. */
const autosaveDelayMs = 1000;

/** `conflict`: someone else saved the survey since this editor loaded it; the person chooses whose version stays. */
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed' | 'conflict';

export interface SurveyDraft {
  /** The server's last word on the survey: status, settings, versions, logic problems. */
  detail: SurveyDetail;
  definition: SurveyDefinition;
  name: string;
  saveState: SaveState;
  saveError: unknown;
  /** The logic check's problems, and what a refused save said about the current draft. */
  problems: SurveyProblem[];
  edit: (change: (definition: SurveyDefinition) => SurveyDefinition) => void;
  rename: (name: string) => void;
  /**
   * Saves now if anything is unsaved; resolves to the saved survey, or null when saving failed.
   * `overwrite` replaces what someone else saved meanwhile (after a conflict, by choice).
   */
  save: (options?: { overwrite?: boolean }) => Promise<SurveyDetail | null>;
  /** Drops the local edits and loads the survey as it is saved now (after a conflict, by choice). */
  reload: () => Promise<void>;
  /** Takes a newer copy from the server after another action (publish, close, settings) without touching the draft. */
  setDetail: (detail: SurveyDetail) => void;
}

/**
 * The survey's draft as the builder edits it: changes stay local and are saved a moment after the
 * last one (and when the editor closes), one save at a time. A save's answer never replaces what
 * the person typed meanwhile; only the logic check's problems and the survey's state come from it.
 */
export function useSurveyDraft(workspaceId: string, initial: SurveyDetail): SurveyDraft {
  const [detail, setDetail] = useState(initial);
  const [definition, setDefinition] = useState(initial.definition);
  const [name, setName] = useState(initial.name);
  const [revision, setRevision] = useState(0);
  const [savedRevision, setSavedRevision] = useState(0);
  const [failedRevision, setFailedRevision] = useState<number | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);

  const latest = useRef({ definition, name, revision, savedRevision });
  latest.current = { definition, name, revision, savedRevision };
  const inFlight = useRef<Promise<SurveyDetail | null> | null>(null);
  const lastSaved = useRef<SurveyDetail>(initial);
  // The server's draft revision this editor's changes build on: a save from an older one is refused.
  const baseRevision = useRef(initial.draftRevision);

  const save = useCallback(async ({ overwrite = false }: { overwrite?: boolean } = {}): Promise<SurveyDetail | null> => {
    while (inFlight.current) await inFlight.current;
    const snapshot = latest.current;
    if (snapshot.revision === snapshot.savedRevision) return lastSaved.current;
    setIsSaving(true);
    const trimmed = snapshot.name.trim();
    const changes = { definition: snapshot.definition, ...(trimmed ? { name: trimmed } : {}), ...(overwrite ? {} : { baseRevision: baseRevision.current }) };
    const attempt = updateSurvey(workspaceId, initial.id, changes).then(
      (saved) => {
        lastSaved.current = saved;
        baseRevision.current = saved.draftRevision;
        latest.current.savedRevision = snapshot.revision;
        setSavedRevision(snapshot.revision);
        setFailedRevision(null);
        setSaveError(null);
        setDetail(saved);
        return saved;
      },
      (error: unknown) => {
        setFailedRevision(snapshot.revision);
        setSaveError(error);
        return null;
      },
    );
    inFlight.current = attempt;
    try {
      return await attempt;
    } finally {
      inFlight.current = null;
      setIsSaving(false);
    }
  }, [workspaceId, initial.id]);

  const isDirty = revision !== savedRevision;

  useEffect(() => {
    if (!isDirty || isSaving || failedRevision === revision) return;
    const timer = window.setTimeout(() => void save(), autosaveDelayMs);
    return () => window.clearTimeout(timer);
  }, [isDirty, isSaving, failedRevision, revision, save]);

  // Closing the tab with unsaved edits asks first; leaving the editor inside the app saves them.
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);
  useEffect(() => () => void save(), [save]);

  const edit = useCallback((change: (definition: SurveyDefinition) => SurveyDefinition) => {
    setDefinition((current) => change(current));
    setRevision((n) => n + 1);
  }, []);

  const rename = useCallback((next: string) => {
    setName(next);
    setRevision((n) => n + 1);
  }, []);

  const takeDetail = useCallback((next: SurveyDetail) => {
    lastSaved.current = next;
    setDetail(next);
  }, []);

  const reload = useCallback(async () => {
    const current = await getSurvey(workspaceId, initial.id);
    lastSaved.current = current;
    baseRevision.current = current.draftRevision;
    setDetail(current);
    setDefinition(current.definition);
    setName(current.name);
    latest.current.savedRevision = latest.current.revision;
    setSavedRevision(latest.current.revision);
    setFailedRevision(null);
    setSaveError(null);
  }, [workspaceId, initial.id]);

  const refused = saveError instanceof ApiError && failedRevision === revision ? problemsFromSaveError(saveError.errors) : [];
  let saveState: SaveState = 'saved';
  if (isSaving) saveState = 'saving';
  else if (failedRevision === revision && isDirty) saveState = saveError instanceof ApiError && saveError.code === 'edit_conflict' ? 'conflict' : 'failed';
  else if (isDirty) saveState = 'unsaved';

  return {
    detail,
    definition,
    name,
    saveState,
    saveError: saveState === 'failed' ? saveError : null,
    problems: [...refused, ...detail.problems],
    edit,
    rename,
    save,
    reload,
    setDetail: takeDetail,
  };
}
