import { useState } from 'react';
import { deleteAlertRule, listAlertRules, replaceAlertRule } from '../../../api/respondSetup.js';
import type { AlertRule } from '../../../api/respondSetup.js';
import type { ResponseChannel } from '../../../api/surveys.js';
import type { Topic } from '../../../api/textInsights.js';
import { Alert } from '../../../components/Alert.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { LoadError } from '../../../components/LoadError.js';
import { Loading } from '../../../components/Loading.js';
import { describeError } from '../../../forms/errors.js';
import { useLoad } from '../../../hooks/useLoad.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useTopicList } from '../../../hooks/useTopics.js';
import { useResponseLabels } from '../../surveys/responseLabels.js';
import { RespondFrame } from '../RespondFrame.js';
import { useCaseLabels } from '../useCaseLabels.js';
import { ReplayDialog } from './ReplayDialog.js';
import { RuleDialog } from './RuleDialog.js';
import { inputOf } from './ruleForm.js';
import { actionSummary, conditionSummary, surveysSummary } from './ruleText.js';
import type { Names } from './ruleText.js';
import { nameOf, useSetupLookups } from './useSetupLookups.js';
import type { SetupLookups } from './useSetupLookups.js';
import './setup.css';

type Notice = { tone: 'success' | 'error'; text: string } | null;

/** The Respond room's alert rules: what they watch, what they do, how often they fired. */
export function RulesPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  return (
    <RespondFrame workspaceId={workspaceId} current="rules" title={t('respond.setup.rules.title')} lead={t('respond.setup.rules.lead')}>
      {(canManage) => <RulesView workspaceId={workspaceId} canManage={canManage} />}
    </RespondFrame>
  );
}

function RulesView({ workspaceId, canManage }: { workspaceId: string; canManage: boolean }) {
  const { t } = useI18n();
  const rules = useLoad(`alert-rules:${workspaceId}`, () => listAlertRules(workspaceId));
  const lookups = useSetupLookups(workspaceId);
  // Only to name topics: a member who may not read them still sees the rules.
  const topics = useTopicList(workspaceId);
  const [editing, setEditing] = useState<{ rule: AlertRule | null } | null>(null);
  const [deleting, setDeleting] = useState<AlertRule | null>(null);
  const [replaying, setReplaying] = useState<AlertRule | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  if (rules.error || lookups.error) return <LoadError error={rules.error ?? lookups.error} onRetry={rules.error ? rules.reload : lookups.reload} />;
  if (!rules.data || !lookups.data || (topics.isLoading && !topics.data)) return <Loading />;

  const replace = (saved: AlertRule) =>
    rules.setData((list) => list?.map((r) => (r.id === saved.id ? { ...saved, firings: saved.firings ?? r.firings ?? 0, lastFiredAt: saved.lastFiredAt ?? r.lastFiredAt ?? null } : r)));

  const confirmDelete = async () => {
    if (!deleting) return;
    await deleteAlertRule(workspaceId, deleting.id);
    rules.setData((list) => list?.filter((r) => r.id !== deleting.id));
    setNotice({ tone: 'success', text: t('respond.setup.rules.deleted', { name: deleting.name }) });
    setDeleting(null);
  };

  return (
    <div className="stack respond-setup">
      <div className="setup-bar">
        <h2 id="rules-title">{t('respond.setup.rules.listTitle')}</h2>
        {canManage && (
          <button type="button" className="button button-primary" onClick={() => setEditing({ rule: null })}>
            {t('respond.setup.rules.new')}
          </button>
        )}
      </div>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {rules.data.length === 0 ? (
        <p className="muted" role="status">
          {t('respond.setup.rules.empty')}
        </p>
      ) : (
        <RulesTable
          rules={rules.data}
          lookups={lookups.data}
          topics={topics.data}
          canManage={canManage}
          onEdit={(rule) => setEditing({ rule })}
          onReplay={setReplaying}
          onDelete={setDeleting}
          onToggle={async (rule, isEnabled) => {
            setNotice(null);
            // The switch moves at once; it moves back if the server refuses.
            replace({ ...rule, isEnabled });
            try {
              replace(await replaceAlertRule(workspaceId, rule.id, { ...inputOf(rule), isEnabled }));
            } catch (error) {
              replace(rule);
              setNotice({ tone: 'error', text: describeError(t, error) });
            }
          }}
        />
      )}
      <RuleDialog
        workspaceId={workspaceId}
        isOpen={editing !== null}
        rule={editing?.rule ?? null}
        lookups={lookups.data}
        topics={topics}
        onDismiss={() => setEditing(null)}
        onSaved={(saved, isNew) => {
          if (isNew) rules.setData((list) => [...(list ?? []), { ...saved, firings: 0, lastFiredAt: null }]);
          else replace(saved);
          setNotice({ tone: 'success', text: t(isNew ? 'respond.setup.rules.created' : 'respond.setup.rules.saved', { name: saved.name }) });
          setEditing(null);
        }}
      />
      <ReplayDialog workspaceId={workspaceId} rule={replaying} onDismiss={() => setReplaying(null)} />
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t('respond.setup.rules.deleteTitle', { name: deleting?.name ?? '' })}
        body={t('respond.setup.rules.deleteBody')}
        confirmLabel={t('respond.setup.rules.delete')}
        onConfirm={confirmDelete}
        onDismiss={() => setDeleting(null)}
      />
    </div>
  );
}

interface RulesTableProps {
  rules: AlertRule[];
  lookups: SetupLookups;
  /** Undefined when they cannot be read. */
  topics: readonly Topic[] | undefined;
  canManage: boolean;
  onEdit: (rule: AlertRule) => void;
  onReplay: (rule: AlertRule) => void;
  onDelete: (rule: AlertRule) => void;
  onToggle: (rule: AlertRule, isEnabled: boolean) => Promise<void>;
}

function RulesTable({ rules, lookups, topics, canManage, onEdit, onReplay, onDelete, onToggle }: RulesTableProps) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const labels = useCaseLabels();
  const responseLabels = useResponseLabels();
  const [busyId, setBusyId] = useState<string | null>(null);
  const names: Names = {
    team: nameOf(lookups.teams, (x) => x.id, (x) => x.name, () => t('respond.setup.unknownTeam')),
    member: nameOf(lookups.members, (x) => x.userId, (x) => x.name || x.email, () => t('respond.setup.unknownMember')),
    survey: nameOf(lookups.surveys, (x) => x.id, (x) => x.name, () => t('respond.setup.unknownSurvey')),
    priority: labels.priority,
    topic: nameOf(topics ?? [], (x) => x.id, (x) => x.name, () => t(topics ? 'insights.text.filter.unknownTopic' : 'respond.setup.unnamedTopic')),
    channel: (channel) => responseLabels.channel(channel as ResponseChannel),
    language: responseLabels.language,
  };
  const headers = [
    t('respond.setup.rules.name'),
    t('respond.setup.rules.kindColumn'),
    t('respond.setup.rules.onColumn'),
    t('respond.setup.rules.surveys'),
    t('respond.setup.rules.condition'),
    t('respond.setup.rules.actions'),
    t('respond.setup.rules.firings'),
    t('respond.setup.rules.lastFired'),
  ];

  return (
    <div className="table-scroll">
      <table className="data-table rules-table" aria-labelledby="rules-title">
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
            {canManage && <th scope="col">{t('members.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <tr key={rule.id} className={rule.isEnabled ? undefined : 'is-off'}>
              <th scope="row" data-label={headers[0]} className="rule-name">
                {rule.name}
              </th>
              <td data-label={headers[1]}>{t(rule.kind === 'response' ? 'respond.setup.rules.kind.response' : 'respond.setup.rules.kind.metric')}</td>
              <td data-label={headers[2]}>
                <label className="switch">
                  <input
                    type="checkbox"
                    role="switch"
                    checked={rule.isEnabled}
                    disabled={!canManage || busyId === rule.id}
                    aria-label={t('respond.setup.rules.switch', { name: rule.name })}
                    onChange={(event) => {
                      setBusyId(rule.id);
                      void onToggle(rule, event.target.checked).finally(() => setBusyId(null));
                    }}
                  />
                  <span className="switch-text" aria-hidden="true">
                    {t(rule.isEnabled ? 'respond.setup.rules.on' : 'respond.setup.rules.off')}
                  </span>
                </label>
              </td>
              <td data-label={headers[3]}>{surveysSummary(rule.surveyIds, t, names)}</td>
              <td data-label={headers[4]}>{conditionSummary(rule, t, names)}</td>
              <td data-label={headers[5]}>
                <ul className="rule-action-summary">
                  {rule.actions.map((action, i) => (
                    <li key={i}>{actionSummary(action, t, names)}</li>
                  ))}
                </ul>
              </td>
              <td data-label={headers[6]} className="numeric">
                {formatNumber(rule.firings ?? 0)}
              </td>
              <td data-label={headers[7]}>{rule.lastFiredAt ? <time dateTime={rule.lastFiredAt}>{formatDateTime(rule.lastFiredAt)}</time> : <span className="muted">{t('respond.setup.rules.never')}</span>}</td>
              {canManage && (
                <td data-label={t('members.actions')}>
                  <div className="row-actions">
                    <button type="button" className="button button-secondary button-small" aria-label={`${t('respond.setup.edit')}: ${rule.name}`} onClick={() => onEdit(rule)}>
                      {t('respond.setup.edit')}
                    </button>
                    {rule.kind === 'response' && (
                      <button type="button" className="button button-secondary button-small" aria-label={`${t('respond.setup.rules.replay')}: ${rule.name}`} onClick={() => onReplay(rule)}>
                        {t('respond.setup.rules.replay')}
                      </button>
                    )}
                    <button type="button" className="button button-danger-quiet button-small" aria-label={`${t('respond.setup.delete')}: ${rule.name}`} onClick={() => onDelete(rule)}>
                      {t('respond.setup.delete')}
                    </button>
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
