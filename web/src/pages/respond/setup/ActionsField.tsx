import { casePriorities } from '../../../api/cases.js';
import type { Team } from '../../../api/respondSetup.js';
import type { Member } from '../../../api/types.js';
import { SelectField } from '../../../components/SelectField.js';
import { TextAreaField } from '../../../components/TextAreaField.js';
import { TextField } from '../../../components/TextField.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { IconButton, SurveyIcon, useFocusAfterChange } from '../../surveys/controls.js';
import { useCaseLabels } from '../useCaseLabels.js';
import { CheckboxList } from './CheckboxList.js';
import { actionTypes, assignKinds, newAction } from './ruleForm.js';
import type { ActionForm, AssignKind, NotifyForm, OpenCaseForm } from './ruleForm.js';
import { actionTypeLabels, assignLabels } from './ruleText.js';

const maxActions = 10;

interface ActionsFieldProps {
  actions: ActionForm[];
  teams: readonly Team[];
  members: readonly Member[];
  errorFor: (path: string) => string | undefined;
  onChange: (actions: ActionForm[]) => void;
}

/** What the rule does when it fires: open a case, notify people, call webhooks, tag the response. */
export function ActionsField({ actions, teams, members, errorFor, onChange }: ActionsFieldProps) {
  const { t } = useI18n();
  const { ref, focusAfter } = useFocusAfterChange<HTMLFieldSetElement>();
  const set = (i: number, next: ActionForm) => onChange(actions.map((old, j) => (j === i ? next : old)));

  return (
    <fieldset ref={ref} className="rule-section">
      <legend>{t('respond.setup.rules.then')}</legend>
      {errorFor('actions') && <p className="field-error">{errorFor('actions')}</p>}
      <ol className="rule-actions">
        {actions.map((action, i) => {
          const n = i + 1;
          const path = `actions.${i}`;
          return (
            <li key={i}>
              <fieldset className="rule-action">
                <legend>{t('respond.setup.rules.actionN', { n, action: t(actionTypeLabels[action.type]) })}</legend>
                <IconButton
                  icon="close"
                  tone="danger"
                  className="rule-action-remove"
                  label={t('respond.setup.rules.removeAction', { n })}
                  onClick={() => {
                    focusAfter(`.rule-actions > li:nth-child(${Math.min(n, actions.length - 1)}) .rule-action-remove`, '.rule-add-actions button');
                    onChange(actions.filter((_, j) => j !== i));
                  }}
                />
                {errorFor(path) && <p className="field-error">{errorFor(path)}</p>}
                {action.type === 'open_case' && <OpenCaseFields action={action} path={path} teams={teams} members={members} errorFor={errorFor} onChange={(next) => set(i, next)} />}
                {action.type === 'notify' && <NotifyFields action={action} path={path} teams={teams} members={members} errorFor={errorFor} onChange={(next) => set(i, next)} />}
                {action.type === 'webhook' && <p className="field-hint">{t('respond.setup.rules.webhookHint')}</p>}
                {action.type === 'tag' && (
                  <TextField
                    label={t('respond.setup.rules.tag')}
                    hint={t('respond.setup.rules.tagHint')}
                    maxLength={50}
                    value={action.tag}
                    onValueChange={(tag) => set(i, { ...action, tag })}
                    autoComplete="off"
                    error={errorFor(`${path}.tag`)}
                  />
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {actions.length < maxActions && (
        <div className="rule-add-actions" role="group" aria-label={t('respond.setup.rules.addAction')}>
          <span className="rule-add-label" aria-hidden="true">
            {t('respond.setup.rules.addAction')}
          </span>
          {actionTypes.map((type) => (
            <button
              key={type}
              type="button"
              className="button button-secondary button-small"
              onClick={() => {
                focusAfter('.rule-actions > li:last-child :is(select, input, textarea, button:not(.rule-action-remove))', '.rule-actions > li:last-child .rule-action-remove');
                onChange([...actions, newAction(type)]);
              }}
            >
              <SurveyIcon name="plus" />
              {t(actionTypeLabels[type])}
            </button>
          ))}
        </div>
      )}
    </fieldset>
  );
}

interface FieldsProps<A> {
  action: A;
  path: string;
  teams: readonly Team[];
  members: readonly Member[];
  errorFor: (path: string) => string | undefined;
  onChange: (action: A) => void;
}

function OpenCaseFields({ action, path, teams, members, errorFor, onChange }: FieldsProps<OpenCaseForm>) {
  const { t } = useI18n();
  const labels = useCaseLabels();
  const teamOptions = (current: string, noneLabel: string) => [
    { value: '', label: noneLabel },
    ...(current && !teams.some((team) => team.id === current) ? [{ value: current, label: t('respond.setup.unknownTeam') }] : []),
    ...teams.map((team) => ({ value: team.id, label: team.name })),
  ];
  return (
    <div className="rule-grid">
      <SelectField
        label={t('respond.setup.rules.priority')}
        value={action.priority}
        options={casePriorities.map((p) => ({ value: p, label: labels.priority(p) }))}
        onValueChange={(priority) => onChange({ ...action, priority: priority as OpenCaseForm['priority'] })}
        error={errorFor(`${path}.priority`)}
      />
      <TextField
        label={t('respond.setup.rules.slaHours')}
        hint={t('respond.setup.rules.slaHoursHint')}
        type="number"
        inputMode="decimal"
        min={0.25}
        max={24 * 90}
        step={0.25}
        value={action.slaHours}
        onValueChange={(slaHours) => onChange({ ...action, slaHours })}
        error={errorFor(`${path}.slaHours`)}
      />
      <SelectField
        label={t('respond.setup.rules.assign')}
        value={action.assign}
        options={assignKinds.map((kind) => ({ value: kind, label: t(assignLabels[kind]) }))}
        onValueChange={(assign) => onChange({ ...action, assign: assign as AssignKind })}
        error={errorFor(`${path}.assign`) ?? errorFor(`${path}.assign.kind`)}
      />
      {action.assign === 'team' && (
        <div className="rule-assign-team">
          <SelectField
            label={t('respond.setup.rules.team')}
            value={action.teamId}
            options={teamOptions(action.teamId, t('respond.setup.rules.chooseTeam'))}
            onValueChange={(teamId) => onChange({ ...action, teamId })}
            hint={teams.length === 0 ? t('respond.setup.rules.noTeams') : undefined}
            error={errorFor(`${path}.assign.teamId`)}
          />
          <label className="checkbox">
            <input type="checkbox" checked={action.roundRobin} onChange={(event) => onChange({ ...action, roundRobin: event.target.checked })} />
            {t('respond.setup.rules.roundRobin')}
          </label>
        </div>
      )}
      {action.assign === 'user' && (
        <SelectField
          label={t('respond.setup.rules.member')}
          value={action.userId}
          options={[
            { value: '', label: t('respond.setup.rules.chooseMember') },
            ...(action.userId && !members.some((m) => m.userId === action.userId) ? [{ value: action.userId, label: t('respond.setup.unknownMember') }] : []),
            ...members.map((m) => ({ value: m.userId, label: m.name || m.email })),
          ]}
          onValueChange={(userId) => onChange({ ...action, userId })}
          error={errorFor(`${path}.assign.userId`)}
        />
      )}
      {action.assign === 'account_owner' && (
        <SelectField
          label={t('respond.setup.rules.fallbackTeam')}
          hint={t('respond.setup.rules.fallbackTeamHint')}
          value={action.fallbackTeamId}
          options={teamOptions(action.fallbackTeamId, t('respond.setup.rules.noFallback'))}
          onValueChange={(fallbackTeamId) => onChange({ ...action, fallbackTeamId })}
          error={errorFor(`${path}.assign.fallbackTeamId`)}
        />
      )}
    </div>
  );
}

function NotifyFields({ action, path, teams, members, errorFor, onChange }: FieldsProps<NotifyForm>) {
  const { t } = useI18n();
  return (
    <div className="rule-notify">
      <CheckboxList
        legend={t('respond.setup.rules.notifyMembers')}
        items={members.map((m) => ({ value: m.userId, label: m.name || m.email }))}
        chosen={action.userIds}
        onChange={(userIds) => onChange({ ...action, userIds })}
        empty={t('respond.setup.rules.noMembers')}
        error={errorFor(`${path}.userIds`)}
      />
      <CheckboxList
        legend={t('respond.setup.rules.notifyTeams')}
        items={teams.map((team) => ({ value: team.id, label: team.name }))}
        chosen={action.teamIds}
        onChange={(teamIds) => onChange({ ...action, teamIds })}
        empty={t('respond.setup.rules.noTeams')}
        error={errorFor(`${path}.teamIds`)}
      />
      <TextAreaField
        label={t('respond.setup.rules.notifyEmails')}
        hint={t('respond.setup.rules.notifyEmailsHint')}
        rows={2}
        value={action.emails}
        onValueChange={(emails) => onChange({ ...action, emails })}
        spellCheck={false}
        error={errorFor(`${path}.emails`)}
      />
    </div>
  );
}
