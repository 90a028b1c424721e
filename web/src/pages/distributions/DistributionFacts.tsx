import type { ReactNode } from 'react';
import type { Audience } from '../../../../src/engine/invitations/distributions.js';
import type { Distribution } from '../../api/distributions.js';
import type { EmailTemplate } from '../../api/emailTemplates.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Link } from '../../router/router.js';
import { surveyPath } from '../../router/routes.js';
import { splitDelay } from './distributionForm.js';
import { opLabels } from './labels.js';

/** What a distribution is set to do, in words. */
export function DistributionFacts({ workspaceId, distribution, templates }: { workspaceId: string; distribution: Distribution; templates: EmailTemplate[] }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const { settings } = distribution;
  const templateName = (id: string | null, builtIn: string) => (id === null ? builtIn : (templates.find((template) => template.id === id)?.name ?? id));
  const audienceText = (audience: Audience) => {
    if (audience.kind === 'all') return t('distributions.audience.all');
    if (audience.kind === 'contacts') return t('distributions.facts.chosen', { count: formatNumber(audience.contactIds.length) });
    const join = ` ${t(audience.match === 'all' ? 'distributions.facts.and' : 'distributions.facts.or')} `;
    return audience.conditions.map((c) => [c.attribute, t(opLabels[c.op]), c.value === undefined ? '' : String(c.value)].filter(Boolean).join(' ')).join(join);
  };
  const delay = (minutes: number) => {
    const { delay: amount, delayUnit } = splitDelay(minutes);
    return t(delayUnit === 'days' ? 'distributions.facts.days' : delayUnit === 'hours' ? 'distributions.facts.hours' : 'distributions.facts.minutes', { count: amount });
  };

  const facts: { label: string; value: ReactNode }[] = [
    { label: t('distributions.survey'), value: distribution.surveyName ? <Link href={surveyPath(workspaceId, distribution.surveyId)}>{distribution.surveyName}</Link> : t('distributions.deletedSurvey') },
    { label: t('distributions.kind'), value: t(distribution.kind === 'once' ? 'distributions.kind.once' : 'distributions.kind.trigger') },
  ];
  if (settings.kind === 'once') {
    facts.push({ label: t('distributions.audience'), value: audienceText(settings.audience) });
    if (distribution.status === 'draft' && distribution.counts.draft > 0) facts.push({ label: t('distributions.facts.handAdded'), value: formatNumber(distribution.counts.draft) });
  } else {
    facts.push({ label: t('distributions.trigger.event'), value: <code>{settings.trigger.event}</code> });
    facts.push({ label: t('distributions.trigger.delay'), value: settings.trigger.delayMinutes === 0 ? t('distributions.facts.atOnce') : delay(settings.trigger.delayMinutes) });
  }
  facts.push(
    { label: t('distributions.template.invitation'), value: templateName(settings.invitationTemplateId, t('distributions.template.builtInInvitation')) },
    { label: t('distributions.facts.reminders'), value: settings.reminders.maxReminders === 0 ? t('distributions.facts.noReminders') : t('distributions.facts.remindersEvery', { max: settings.reminders.maxReminders, days: settings.reminders.afterDays }) },
    { label: t('distributions.linkValidDays'), value: formatNumber(settings.linkValidDays) },
    { label: t('distributions.embed'), value: t(settings.embedFirstQuestion ? 'distributions.facts.yes' : 'distributions.facts.no') },
  );
  if (settings.senderName) facts.push({ label: t('distributions.senderName'), value: settings.senderName });
  if (distribution.scheduledAt && distribution.status === 'scheduled') facts.push({ label: t('distributions.facts.scheduledAt'), value: <time dateTime={distribution.scheduledAt}>{formatDateTime(distribution.scheduledAt)}</time> });
  if (distribution.startedAt) facts.push({ label: t('distributions.facts.startedAt'), value: <time dateTime={distribution.startedAt}>{formatDateTime(distribution.startedAt)}</time> });
  facts.push({ label: t('distributions.created'), value: <time dateTime={distribution.createdAt}>{formatDateTime(distribution.createdAt)}</time> });

  return (
    <dl className="distribution-facts">
      {facts.map((fact) => (
        <div key={fact.label}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
