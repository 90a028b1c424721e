import { useId, useRef, useState } from 'react';
import { qrCodeUrl, setSurveyClosed } from '../../api/surveys.js';
import type { SurveyDetail } from '../../api/surveys.js';
import { Alert } from '../../components/Alert.js';
import { Icon } from '../../components/Icon.js';
import { describeError } from '../../forms/errors.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useWorkspace } from '../../workspace/WorkspaceProvider.js';
import { SurveyIcon } from './controls.js';
import { EmbedSection } from './EmbedSection.js';
import { SettingsForm } from './SettingsForm.js';
import { StatusBadge } from './StatusBadge.js';
import { WidgetSection } from './WidgetSection.js';
import './widget.css';

interface DistributeTabProps {
  workspaceId: string;
  detail: SurveyDetail;
  onChange: (detail: SurveyDetail) => void;
}

/** How the survey reaches people: its link and QR code, whether it takes answers and when, the website widget and the embed. */
export function DistributeTab({ workspaceId, detail, onChange }: DistributeTabProps) {
  const { t } = useI18n();
  const { can } = useWorkspace();
  const canManage = can('surveys.manage');
  const isPublished = detail.latestVersion !== null;

  return (
    <div className="distribute">
      {!isPublished && <Alert tone="info">{t('surveys.distribute.notPublished')}</Alert>}
      <section className="builder-card" aria-labelledby="link-title">
        <h2 id="link-title">{t('surveys.distribute.link')}</h2>
        <p className="muted">{t('surveys.distribute.linkIntro')}</p>
        <CopyLink url={detail.publicUrl} isPublished={isPublished} />
      </section>
      <section className="builder-card" aria-labelledby="qr-title">
        <h2 id="qr-title">{t('surveys.distribute.qr')}</h2>
        <div className="qr-layout">
          <img className="qr-image" src={qrCodeUrl(workspaceId, detail.id, 'svg')} alt={t('surveys.distribute.qrAlt', { url: detail.publicUrl })} width={200} height={200} />
          <div className="stack">
            <p className="muted">{t('surveys.distribute.qrIntro')}</p>
            <div className="button-row">
              <a className="button button-secondary" href={qrCodeUrl(workspaceId, detail.id, 'svg')} download>
                <SurveyIcon name="download" />
                {t('surveys.distribute.downloadSvg')}
              </a>
              <a className="button button-secondary" href={qrCodeUrl(workspaceId, detail.id, 'png', 1024)} download>
                <SurveyIcon name="download" />
                {t('surveys.distribute.downloadPng')}
              </a>
            </div>
          </div>
        </div>
      </section>
      <OpenClose workspaceId={workspaceId} detail={detail} onChange={onChange} canManage={canManage} />
      <SettingsForm workspaceId={workspaceId} detail={detail} onSaved={onChange} canManage={canManage} />
      <WidgetSection workspaceId={workspaceId} detail={detail} onChange={onChange} canManage={canManage} />
      <EmbedSection detail={detail} />
    </div>
  );
}

function CopyLink({ url, isPublished }: { url: string; isPublished: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopyState('copied');
    } catch {
      inputRef.current?.select();
      setCopyState('failed');
    }
  };
  return (
    <div className="field">
      <label htmlFor={id} className="visually-hidden">
        {t('surveys.distribute.link')}
      </label>
      <div className="link-row">
        <input ref={inputRef} id={id} className="link-value" readOnly value={url} onFocus={(event) => event.target.select()} spellCheck={false} />
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          <Icon name="copy" />
          {t('surveys.distribute.copy')}
        </button>
        {isPublished && (
          <a className="button button-secondary" href={url} target="_blank" rel="noopener noreferrer">
            <SurveyIcon name="external" />
            {t('surveys.distribute.open')}
            <span className="visually-hidden"> {t('surveys.distribute.newTab')}</span>
          </a>
        )}
      </div>
      <p className="field-hint" role="status">
        {copyState === 'copied' ? t('surveys.distribute.copied') : copyState === 'failed' ? t('surveys.distribute.copyFailed') : ''}
      </p>
    </div>
  );
}

function OpenClose({ workspaceId, detail, onChange, canManage }: DistributeTabProps & { canManage: boolean }) {
  const { t } = useI18n();
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const isPublished = detail.latestVersion !== null;
  // The API says "closed" for both a survey closed by hand and one past its closing time; only the first reopens.
  const isPastClosing = detail.settings.closesAt !== null && new Date(detail.settings.closesAt) <= new Date();
  const isClosedByHand = detail.status === 'closed' && !isPastClosing;

  const toggle = async () => {
    setIsBusy(true);
    setError(null);
    try {
      onChange(await setSurveyClosed(workspaceId, detail.id, !isClosedByHand));
    } catch (failure) {
      setError(failure);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="builder-card" aria-labelledby="status-title">
      <h2 id="status-title">{t('surveys.distribute.status')}</h2>
      <p className="status-line">
        <StatusBadge status={detail.status} />
        <span>{t(`surveys.statusHint.${detail.status}`)}</span>
      </p>
      {isPastClosing && <p className="muted">{t('surveys.distribute.pastClosing')}</p>}
      {error !== null && <Alert tone="error">{describeError(t, error)}</Alert>}
      {canManage && isPublished && (
        <div>
          <button type="button" className={`button ${isClosedByHand ? 'button-primary' : 'button-secondary'}`} disabled={isBusy} onClick={() => void toggle()}>
            {isClosedByHand ? t('surveys.distribute.reopen') : t('surveys.distribute.close')}
          </button>
        </div>
      )}
    </section>
  );
}
