import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { sendDistribution } from '../../api/distributions.js';
import type { Distribution } from '../../api/distributions.js';
import { Alert } from '../../components/Alert.js';
import { Dialog } from '../../components/Dialog.js';
import { TextField } from '../../components/TextField.js';
import { describeError } from '../../forms/errors.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useAudienceCount } from './AudienceCount.js';
import { defaultScheduleTime, isoToLocalInput, localInputToIso, reachOf } from './distributionForm.js';

interface SendDialogProps {
  workspaceId: string;
  distribution: Distribution;
  isOpen: boolean;
  onSent: (distribution: Distribution) => void;
  onDismiss: () => void;
}

/** Sends a draft now or at a time of the reader's choosing, saying first how many will get it. */
export function SendDialog({ isOpen, onDismiss, ...rest }: SendDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog isOpen={isOpen} title={t('distributions.send.title', { name: rest.distribution.name })} onDismiss={onDismiss}>
      {isOpen && <SendForm onDismiss={onDismiss} {...rest} />}
    </Dialog>
  );
}

function SendForm({ workspaceId, distribution, onSent, onDismiss }: Omit<SendDialogProps, 'isOpen'>) {
  const { t, formatNumber, formatDateTime } = useI18n();
  const whenName = useId();
  const settings = distribution.settings;
  const audience = useAudienceCount(workspaceId, settings.kind === 'once' ? settings.audience : null);
  const [isLater, setIsLater] = useState(false);
  const [at, setAt] = useState(() => defaultScheduleTime(new Date()));
  const [atError, setAtError] = useState<string>();
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const reach = reachOf(audience.count, distribution.counts.draft);
  const atIso = isLater ? localInputToIso(at) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (isLater && (!atIso || new Date(atIso).getTime() <= Date.now())) return setAtError(t('distributions.send.atFuture'));
    setAtError(undefined);
    setIsBusy(true);
    try {
      onSent(await sendDistribution(workspaceId, distribution.id, atIso ?? undefined));
    } catch (failure) {
      setError(failure);
      setIsBusy(false);
    }
  };

  let summary: string;
  if (audience.error) summary = describeError(t, audience.error);
  else if (audience.isLoading) summary = t('distributions.count.counting');
  else if (isLater) summary = t('distributions.send.confirmLater', { count: formatNumber(reach), at: atIso ? formatDateTime(atIso) : '—' });
  else summary = t('distributions.send.confirmNow', { count: formatNumber(reach) });

  return (
    <form className="form send-form" onSubmit={(event) => void submit(event)} noValidate>
      {error !== null && <Alert tone="error">{describeError(t, error)}</Alert>}
      <fieldset className="checkbox-group">
        <legend>{t('distributions.send.when')}</legend>
        <label className="checkbox">
          <input type="radio" name={whenName} checked={!isLater} onChange={() => setIsLater(false)} />
          {t('distributions.send.now')}
        </label>
        <label className="checkbox">
          <input type="radio" name={whenName} checked={isLater} onChange={() => setIsLater(true)} />
          {t('distributions.send.later')}
        </label>
      </fieldset>
      {isLater && (
        <TextField
          label={t('distributions.send.at')}
          hint={t('distributions.send.timeZone', { timeZone })}
          type="datetime-local"
          value={at}
          min={isoToLocalInput(new Date())}
          onValueChange={setAt}
          error={atError}
        />
      )}
      <div className="send-summary" role="status">
        <p>{summary}</p>
        {!audience.isLoading && !audience.error && reach === 0 && <p className="field-error">{t('distributions.send.nobody')}</p>}
        <p className="field-hint">{t('distributions.send.fixed')}</p>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onDismiss} disabled={isBusy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={isBusy || audience.isLoading}>
          {isBusy ? t('distributions.send.sending') : isLater ? t('distributions.send.scheduleButton', { count: formatNumber(reach) }) : t('distributions.send.nowButton', { count: formatNumber(reach) })}
        </button>
      </div>
    </form>
  );
}
