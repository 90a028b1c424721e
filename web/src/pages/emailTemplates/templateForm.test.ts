import { describe, expect, it } from 'vitest';
import { builtInTemplates, EmailTemplateInput, invitationPlaceholders as serverPlaceholders, unknownInvitationPlaceholders } from '../../../../src/engine/invitations/templates.js';
import { addableLanguages, checkTemplateForm, duplicateForm, emptyTranslation, insertAt, newTemplateForm, placeholderProblems, templatePaths, templateToForm, toTemplateInput } from './templateForm.js';

const invitation = builtInTemplates[0]!;

describe('template form', () => {
  it('gives back the template it was given, in a shape the server accepts', () => {
    const input = toTemplateInput(templateToForm(invitation));
    expect(input).toEqual({ name: invitation.name, kind: invitation.kind, translations: invitation.translations });
    expect(EmailTemplateInput.parse(input)).toEqual(input);
  });

  it('trims texts and leaves out an empty button label', () => {
    const form = newTemplateForm('reminder', 'fi');
    form.name = '  Muistutus ';
    form.translations[0] = { language: 'fi', subject: ' Hei {{contact.first_name}} ', body: 'Vastaa: {{survey.link}}\n', buttonLabel: '  ' };
    expect(toTemplateInput(form)).toEqual({ name: 'Muistutus', kind: 'reminder', translations: { fi: { subject: 'Hei {{contact.first_name}}', body: 'Vastaa: {{survey.link}}' } } });
  });

  it('copies a built-in template under a new name', () => {
    const copy = duplicateForm(invitation, 'Invitation (copy)');
    expect(copy.name).toBe('Invitation (copy)');
    expect(copy.translations.map((text) => text.language)).toEqual(['en', 'fi', 'pl']);
    expect(copy.translations[1]!.buttonLabel).toBe('Vastaa kyselyyn');
  });

  it('offers the languages not yet used, Kuulo’s own first', () => {
    const form = newTemplateForm('invitation', 'fi');
    expect(addableLanguages(form, ['sv', 'en', 'de'])).toEqual(['en', 'pl', 'sv', 'de']);
  });

  it('puts a placeholder where the cursor is, or at the end', () => {
    expect(insertAt('Hei !', '{{contact.first_name}}', 4, 4)).toEqual({ text: 'Hei {{contact.first_name}}!', cursor: 26 });
    expect(insertAt('Hei X!', '{{a}}', 4, 5)).toEqual({ text: 'Hei {{a}}!', cursor: 9 });
    expect(insertAt('Hei', ' {{a}}', null, null)).toEqual({ text: 'Hei {{a}}', cursor: 9 });
  });
});

describe('checkTemplateForm', () => {
  it('passes the built-in templates', () => {
    for (const template of builtInTemplates) expect(checkTemplateForm(templateToForm(template))).toEqual({});
  });

  it('names each problem at the path the server uses', () => {
    const form = newTemplateForm('invitation', 'fi');
    form.translations.push({ ...emptyTranslation('pl'), subject: 'Cześć {{klient.imie}}', body: 'Treść', buttonLabel: '{{survey.nazwa}}' }, emptyTranslation('pl'), emptyTranslation('FI!'));
    const problems = checkTemplateForm(form);
    expect(Object.keys(problems).sort()).toEqual(
      ['name', 'translations.fi.subject', 'translations.fi.body', 'translations.pl.subject', 'translations.pl.body', 'translations.pl.buttonLabel', 'translations.pl', 'translations.FI!', 'translations.FI!.subject', 'translations.FI!.body'].sort(),
    );
    expect(problems['translations.pl.buttonLabel']).toEqual({ key: 'emailTemplates.unknownPlaceholder', params: { name: '{{survey.nazwa}}' } });
    expect(problems['translations.pl']).toEqual({ key: 'emailTemplates.languageTwice' });
    for (const path of Object.keys(problems)) expect(templatePaths(form)).toContain(path);
    expect(checkTemplateForm({ ...form, translations: [] })['translations']).toEqual({ key: 'emailTemplates.needsLanguage' });
  });

  it('flags unknown placeholders as the server does, attributes and context included', () => {
    const texts = ['Hei {{contact.first_name}}', '{{ contact.plan }} {{context.order_id}}', '{{asiakas.nimi}}', '{{contact.Plan}}', '{{}}', '{{survey.link}} {{unsubscribe.link}}'];
    for (const text of texts) {
      const form = { ...newTemplateForm(), translations: [{ ...emptyTranslation('en'), subject: text, body: 'x' }] };
      const unknown = unknownInvitationPlaceholders(text);
      expect(Object.keys(placeholderProblems(form))).toEqual(unknown.length ? ['translations.en.subject'] : []);
      expect(EmailTemplateInput.safeParse({ ...toTemplateInput(form), name: 'n' }).success).toBe(unknown.length === 0);
    }
    expect(serverPlaceholders).toContain('contact.first_name');
  });
});
