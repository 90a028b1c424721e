import { useState } from 'react';
import type { FormEvent } from 'react';
import { replayAlertRule } from '../../../api/respondSetup.js';
import type { AlertRule } from '../../../api/respondSetup.js';
import { Alert } from '../../../components/Alert.js';
import { Dialog } from '../../../components/Dialog.js';
import { TextField } from '../../../components/TextField.js';
import { serverFieldError } from '../../../forms/errors.js';
import { FormErrorAlert } from '../../../forms/FormErrorAlert.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { localDateDaysAgo, startOfDay } from './ruleForm.js';

/** Asks a response rule to judge the responses completed since a day it did not watch (it fires at most once per response). */
export function ReplayDialog({ workspaceId, rule, onDismiss }: { workspaceId: string; rule: AlertRule | null; onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog isOpen={rule !== null} title={t('respond.setup.replay.title', { name: rule?.name ?? '' })} onDismiss={onDismiss}>
      {rule && <ReplayForm key={rule.id} workspaceId={workspaceId} rule={rule} onDismiss={onDismiss} />}
    </Dialog>
  );
}

function ReplayForm({ workspaceId, rule, onDismiss }: { workspaceId: string; rule: AlertRule; onDismiss: () => void }) {
  const { t, formatNumber } = useI18n();
  const [date, setDate] = useState(() => localDateDaysAgo(7));
  const [dateError, setDateError] = useState<string>();
  const [serverError, setServerError] = useState<unknown>(null);
  const [queued, setQueued] = useState<number | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const since = startOfDay(date);
    const isFuture = since !== null && new Date(since).getTime() > Date.now();
    setDateError(since === null ? t('respond.setup.replay.dateRequired') : isFuture ? t('respond.setup.replay.dateFuture') : undefined);
    setServerError(null);
    if (since === null || isFuture) return;
    setIsBusy(true);
    try {
      setQueued((await replayAlertRule(workspaceId, rule.id, since)).queued);
    } catch (error) {
      setServerError(error);
    } finally {
      setIsBusy(false);
    }
  };

  if (queued !== null) {
    return (
      <>
        <Alert tone="success">{queued === 0 ? t('respond.setup.replay.none') : t('respond.setup.replay.queued', { count: formatNumber(queued) })}</Alert>
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={onDismiss}>
            {t('common.close')}
          </button>
        </div>
      </>
    );
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('respond.setup.replay.body')}</p>
      <FormErrorAlert error={serverError} fields={['since']} />
      <TextField
        label={t('respond.setup.replay.since')}
        type="date"
        max={localDateDaysAgo(0)}
        value={date}
        onValueChange={setDate}
        error={dateError ?? serverFieldError(serverError, 'since')}
        required
      />
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onDismiss} disabled={isBusy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={isBusy}>
          {isBusy ? t('respond.setup.replay.busy') : t('respond.setup.replay.submit')}
        </button>
      </div>
    </form>
  );
}
