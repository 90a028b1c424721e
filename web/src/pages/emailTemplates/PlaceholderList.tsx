import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/messages.js';
import { invitationPlaceholders } from './templateForm.js';

const help: Record<(typeof invitationPlaceholders)[number], MessageKey> = {
  'contact.name': 'emailTemplates.placeholder.contactName',
  'contact.first_name': 'emailTemplates.placeholder.contactFirstName',
  'contact.email': 'emailTemplates.placeholder.contactEmail',
  'survey.name': 'emailTemplates.placeholder.surveyName',
  'workspace.name': 'emailTemplates.placeholder.workspaceName',
  'survey.link': 'emailTemplates.placeholder.surveyLink',
  'unsubscribe.link': 'emailTemplates.placeholder.unsubscribeLink',
};

interface PlaceholderListProps {
  /** Where an inserted placeholder goes, in words ("Finnish subject"). */
  target: string;
  /** Absent when the template cannot be changed: the list only explains. */
  onInsert?: ((text: string) => void) | undefined;
}

/** The placeholders a mail may use, each with a button that puts it where the cursor last was. */
export function PlaceholderList({ target, onInsert }: PlaceholderListProps) {
  const { t } = useI18n();
  return (
    <section className="placeholder-list" aria-labelledby="placeholder-list-title">
      <h3 id="placeholder-list-title">{t('emailTemplates.placeholders')}</h3>
      {onInsert && <p className="field-hint">{t('emailTemplates.placeholdersHint', { target })}</p>}
      <ul>
        {invitationPlaceholders.map((name) => (
          <li key={name}>
            <code>{`{{${name}}}`}</code>
            <span className="placeholder-text">{t(help[name])}</span>
            {onInsert && (
              <button
                type="button"
                className="button button-secondary button-small"
                // Keeps the cursor in the text being written: the button inserts where it was.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onInsert(`{{${name}}}`)}
                aria-label={t('emailTemplates.insertNamed', { name: `{{${name}}}`, target })}
              >
                {t('emailTemplates.insert')}
              </button>
            )}
          </li>
        ))}
        <li>
          <code>{'{{contact.<attribute>}}'}</code>
          <span className="placeholder-text">{t('emailTemplates.placeholder.attribute')}</span>
        </li>
        <li>
          <code>{'{{context.<key>}}'}</code>
          <span className="placeholder-text">{t('emailTemplates.placeholder.context')}</span>
        </li>
      </ul>
    </section>
  );
}
