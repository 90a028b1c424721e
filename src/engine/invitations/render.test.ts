import { describe, expect, it } from 'vitest';
import { SurveyDefinition } from '../survey/schema.js';
import { conditionHolds } from './distributions.js';
import { answerLink, embeddableQuestion, renderInvitationMail } from './render.js';
import { builtInTemplates, EmailTemplateInput, fillInvitation, translationFor, unknownInvitationPlaceholders, type InvitationValues } from './templates.js';

const values: InvitationValues = {
  contact: { name: 'Maija <b>Meikäläinen</b>', email: 'maija@example.fi', attributes: { plan: 'pro', revenue: 12000 } },
  surveyTitle: 'Asiakaskysely',
  workspaceName: 'Acme Oy',
  surveyLink: 'https://kuulo.example/s/abc?lang=fi&t=token',
  unsubscribeLink: 'https://kuulo.example/u/xyz',
  context: { order_id: '123' },
};

const definition = SurveyDefinition.parse({
  schemaVersion: 1,
  defaultLanguage: 'en',
  languages: ['en', 'fi'],
  title: { en: 'Survey' },
  pages: [{ id: 'one', questions: [{ id: 'nps', type: 'nps', required: true, text: { en: 'Would you recommend {{company|us}}?', fi: 'Suosittelisitko meitä?' }, labels: { low: { en: 'Never', fi: 'En' }, high: { en: 'Surely', fi: 'Varmasti' } } }] }],
  endings: [{ id: 'thanks', title: { en: 'Thank you!' } }],
});

describe('invitation templates', () => {
  it('accepts the placeholders it can fill and names the first unknown one', () => {
    expect(unknownInvitationPlaceholders('{{contact.name}} {{contact.plan}} {{context.order_id}} {{survey.link}} {{unsubscribe.link}}')).toEqual([]);
    expect(unknownInvitationPlaceholders('Hi {{customer.name}} and {{contact.Plan}}')).toEqual(['customer.name', 'contact.Plan']);
    const parsed = EmailTemplateInput.safeParse({ name: 'x', translations: { fi: { subject: 'Hei {{asiakas}}', body: 'b' } } });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({ path: ['translations', 'fi', 'subject'], message: expect.stringContaining('{{asiakas}}') });
  });

  it('fills attributes, context and the first name; a missing value becomes empty', () => {
    expect(fillInvitation('{{contact.first_name}}, {{contact.plan}} {{contact.revenue}} #{{context.order_id}} {{contact.missing}}.', values)).toBe('Maija, pro 12000 #123 .');
  });

  it('speaks the recipient\'s language, else the survey\'s default, else what it has', () => {
    const template = builtInTemplates[0]!;
    expect(translationFor(template, 'fi-FI', 'en').language).toBe('fi');
    expect(translationFor(template, 'sv', 'pl').language).toBe('pl');
    expect(translationFor({ translations: { de: { subject: 's', body: 'b' } } }, 'sv', 'en').language).toBe('de');
  });

  it('ships every built-in template in English, Finnish and Polish with the survey link', () => {
    for (const template of builtInTemplates) {
      expect(Object.keys(template.translations).sort()).toEqual(['en', 'fi', 'pl']);
      for (const translation of Object.values(template.translations)) {
        expect(EmailTemplateInput.parse({ name: template.name, kind: template.kind, translations: { en: translation } })).toBeTruthy();
        expect(translation.body).toContain('{{survey.link}}');
      }
    }
  });
});

describe('rendering an invitation', () => {
  const translation = builtInTemplates[0]!.translations['fi']!;

  it('writes text and HTML that say the same, with the button, the unsubscribe line and escaped values', () => {
    const mail = renderInvitationMail({ translation, language: 'fi', values, openPixelUrl: 'https://kuulo.example/o/p.gif' });
    expect(mail.subject).toBe('Hetki aikaa? Kerro, miten Acme Oy onnistui');
    expect(mail.text).toContain('Hei Maija,');
    expect(mail.text).toContain(values.surveyLink);
    expect(mail.text).toContain('Peru kyselyviestit: https://kuulo.example/u/xyz');
    expect(mail.html).toContain('>Vastaa kyselyyn</a>');
    expect(mail.html).toContain('href="https://kuulo.example/s/abc?lang=fi&amp;t=token"');
    expect(mail.html).toContain('src="https://kuulo.example/o/p.gif"');
    expect(mail.html).not.toContain('<b>Meikäläinen</b>');
  });

  it('adds the survey link to a body that forgot it', () => {
    const mail = renderInvitationMail({ translation: { subject: 'Hi', body: 'Tell us.' }, language: 'en', values: { ...values, contact: { ...values.contact, name: 'Ann' } } });
    expect(mail.text).toContain(`Or open the survey: ${values.surveyLink}`);
    expect(mail.html).toContain(`href="${values.surveyLink.replace('&', '&amp;')}"`);
  });

  it('embeds the first question as one link per answer, which the page confirms', () => {
    const question = embeddableQuestion(definition, 'fi')!;
    expect(question).toMatchObject({ questionId: 'nps', text: 'Suosittelisitko meitä?', lowLabel: 'En', highLabel: 'Varmasti' });
    expect(question.options.map((option) => option.value)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(embeddableQuestion(definition, 'en', { company: 'Acme' })!.text).toBe('Would you recommend Acme?');
    expect(answerLink('https://k.example/s/a?t=x', 'nps', '9')).toBe('https://k.example/s/a?t=x&a.nps=9');
    const mail = renderInvitationMail({ translation, language: 'fi', values, embedded: question });
    expect(mail.html).toContain('a.nps=10');
    const conditional = SurveyDefinition.parse({ ...definition, pages: [{ id: 'one', questions: [{ ...definition.pages[0]!.questions[0]!, visibleIf: { hidden: 'x', op: 'present' } }] }] });
    expect(embeddableQuestion(conditional, 'fi')).toBeNull();
  });
});

describe('audience conditions', () => {
  const attributes = { plan: 'Pro', revenue: '12000', seats: 8, active: true, empty: '' };
  it.each([
    [{ attribute: 'plan', op: 'eq', value: 'Pro' }, true],
    [{ attribute: 'plan', op: 'eq', value: 'pro' }, false],
    [{ attribute: 'plan', op: 'contains', value: 'pr' }, true],
    [{ attribute: 'plan', op: 'neq', value: 'Free' }, true],
    [{ attribute: 'missing', op: 'neq', value: 'Free' }, true],
    [{ attribute: 'revenue', op: 'gte', value: 12000 }, true],
    [{ attribute: 'revenue', op: 'gt', value: 12000 }, false],
    [{ attribute: 'seats', op: 'lt', value: 10 }, true],
    [{ attribute: 'plan', op: 'lt', value: 10 }, false],
    [{ attribute: 'active', op: 'eq', value: true }, true],
    [{ attribute: 'empty', op: 'present' }, false],
    [{ attribute: 'empty', op: 'absent' }, true],
  ] as const)('%o holds: %s', (condition, holds) => {
    expect(conditionHolds(condition as never, attributes)).toBe(holds);
  });
});

describe('an embedded single choice', () => {
  it('stacks choices with words, one link per option id', () => {
    const choice = SurveyDefinition.parse({
      ...definition,
      pages: [{ id: 'one', questions: [{ id: 'reason', type: 'single_choice', text: { en: 'Why did you visit?' }, options: [{ id: 'buy', label: { en: 'To buy' } }, { id: 'return', label: { en: 'To return something' } }] }] }],
    });
    const question = embeddableQuestion(choice, 'en')!;
    expect(question.options).toEqual([{ value: 'buy', label: 'To buy' }, { value: 'return', label: 'To return something' }]);
    const html = renderInvitationMail({ translation: builtInTemplates[0]!.translations['en']!, language: 'en', values, embedded: question }).html;
    expect(html).toContain('a.reason=return');
    expect(html).toContain('display:block;margin:0 0 8px');
  });
});
