import type { Contact } from '../../api/contacts.js';
import type { ContactAction } from '../../components/ContactSearchPicker.js';
import type { MessageKey, MessageParams } from '../../i18n/messages.js';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The button beside each found contact where one is chosen (template preview, budget check): Choose, or Chosen for that one. */
export const chooseContact =
  (t: Translate, chosen: { id: string } | null) =>
  (contact: Contact, name: string): ContactAction => {
    const isChosen = contact.id === chosen?.id;
    return {
      text: t(isChosen ? 'emailTemplates.contact.chosen' : 'emailTemplates.contact.choose'),
      name: t(isChosen ? 'emailTemplates.contact.chosenNamed' : 'emailTemplates.contact.chooseNamed', { name }),
      isDone: isChosen,
    };
  };
