import { describe, expect, it } from 'vitest';
import { casePath, collectSectionPath, contactsPath, distributionsPath, insightsPath, insightsSettingsPath, insightsSurveyPath, insightsTextPath, homeRoom, matchRoute, readSetupToken, respondPath, roomPath, safeReturnPath, settingsPath, surveyPath } from './routes.js';
import { requiredPermission } from './access.js';

describe('matchRoute', () => {
  it('knows the top-level pages', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' });
    expect(matchRoute('/setup')).toEqual({ name: 'setup' });
    expect(matchRoute('/login/')).toEqual({ name: 'login' });
  });

  it('parses the four rooms and defaults a bare workspace to Collect', () => {
    expect(matchRoute('/w/ws1/insights')).toEqual({ name: 'room', workspaceId: 'ws1', room: 'insights' });
    expect(matchRoute('/w/ws1')).toEqual({ name: 'room', workspaceId: 'ws1', room: 'collect' });
  });

  it('parses settings sections', () => {
    expect(matchRoute('/w/ws1/settings')).toEqual({ name: 'settings', workspaceId: 'ws1', section: 'general' });
    expect(matchRoute('/w/ws1/settings/api-keys')).toEqual({ name: 'settings', workspaceId: 'ws1', section: 'api-keys' });
  });

  it('parses the survey editor and its tabs', () => {
    expect(matchRoute('/w/ws1/collect/surveys/s1')).toEqual({ name: 'survey', workspaceId: 'ws1', surveyId: 's1', tab: 'build' });
    expect(matchRoute('/w/ws1/collect/surveys/s1/responses')).toEqual({ name: 'survey', workspaceId: 'ws1', surveyId: 's1', tab: 'responses' });
    expect(matchRoute('/w/ws1/collect/surveys/s1/build')).toEqual({ name: 'notFound' });
    expect(matchRoute('/w/ws1/collect/surveys/s1/nope')).toEqual({ name: 'notFound' });
    expect(matchRoute('/w/ws1/collect/surveys/s1/distribute/x')).toEqual({ name: 'notFound' });
    expect(matchRoute('/w/ws1/collect/surveys')).toEqual({ name: 'notFound' });
    expect(matchRoute(surveyPath('a b', 's/1', 'distribute'))).toEqual({ name: 'survey', workspaceId: 'a b', surveyId: 's/1', tab: 'distribute' });
    expect(surveyPath('w', 's')).toBe('/w/w/collect/surveys/s');
  });

  it('parses the contact list and a contact', () => {
    expect(matchRoute('/w/ws1/collect/contacts')).toEqual({ name: 'contacts', workspaceId: 'ws1', contactId: null });
    expect(matchRoute('/w/ws1/collect/contacts/c1')).toEqual({ name: 'contacts', workspaceId: 'ws1', contactId: 'c1' });
    expect(matchRoute('/w/ws1/collect/contacts/c1/x')).toEqual({ name: 'notFound' });
    expect(matchRoute(contactsPath('a b', 'c/1'))).toEqual({ name: 'contacts', workspaceId: 'a b', contactId: 'c/1' });
    expect(contactsPath('w')).toBe('/w/w/collect/contacts');
    expect(contactsPath('w', null, 'ä b')).toBe('/w/w/collect/contacts?search=%C3%A4+b');
    expect(safeReturnPath('/w/w/collect/contacts/c1')).toBe('/w/w/collect/contacts/c1');
  });

  it('parses the distribution list, a distribution, the email templates and the contact budget', () => {
    expect(matchRoute('/w/ws1/collect/distributions')).toEqual({ name: 'distributions', workspaceId: 'ws1', distributionId: null });
    expect(matchRoute('/w/ws1/collect/distributions/d1')).toEqual({ name: 'distributions', workspaceId: 'ws1', distributionId: 'd1' });
    expect(matchRoute('/w/ws1/collect/distributions/d1/x')).toEqual({ name: 'notFound' });
    expect(matchRoute('/w/ws1/collect/email-templates')).toEqual({ name: 'collectSection', workspaceId: 'ws1', section: 'email-templates' });
    expect(matchRoute('/w/ws1/collect/budget')).toEqual({ name: 'collectSection', workspaceId: 'ws1', section: 'budget' });
    expect(matchRoute('/w/ws1/collect/budget/x')).toEqual({ name: 'notFound' });
    expect(matchRoute('/w/ws1/collect/email-templates/t1')).toEqual({ name: 'notFound' });
    expect(matchRoute(distributionsPath('a b', 'd/1'))).toEqual({ name: 'distributions', workspaceId: 'a b', distributionId: 'd/1' });
    expect(matchRoute(collectSectionPath('a b', 'budget'))).toEqual({ name: 'collectSection', workspaceId: 'a b', section: 'budget' });
    expect(distributionsPath('w')).toBe('/w/w/collect/distributions');
    expect(distributionsPath('w', null, 's1')).toBe('/w/w/collect/distributions?survey=s1');
    expect(collectSectionPath('w', 'email-templates')).toBe('/w/w/collect/email-templates');
    expect(safeReturnPath('/w/ws1/collect/distributions/d1')).toBe('/w/ws1/collect/distributions/d1');
    expect(safeReturnPath('/w/ws1/collect/distributions?survey=s1')).toBe('/w/ws1/collect/distributions?survey=s1');
    expect(safeReturnPath('/w/ws1/collect/budget')).toBe('/w/ws1/collect/budget');
  });

  it('parses the Insights overview, a survey dashboard and the settings, keeping the view in the query', () => {
    expect(matchRoute('/w/ws1/insights/surveys/s1')).toEqual({ name: 'insightsSurvey', workspaceId: 'ws1', surveyId: 's1' });
    expect(matchRoute('/w/ws1/insights/settings')).toEqual({ name: 'insightsSettings', workspaceId: 'ws1' });
    expect(matchRoute('/w/ws1/insights/surveys')).toEqual({ name: 'notFound' });
    expect(matchRoute('/w/ws1/insights/surveys/s1/x')).toEqual({ name: 'notFound' });
    expect(matchRoute('/w/ws1/insights/settings/x')).toEqual({ name: 'notFound' });
    expect(matchRoute('/w/ws1/insights/nope')).toEqual({ name: 'notFound' });
    expect(insightsPath('w', '?metric=csat')).toBe('/w/w/insights?metric=csat');
    expect(insightsSurveyPath('w', 's', '?period=last7')).toBe('/w/w/insights/surveys/s?period=last7');
    expect(matchRoute(insightsSurveyPath('a b', 's/1'))).toEqual({ name: 'insightsSurvey', workspaceId: 'a b', surveyId: 's/1' });
    expect(matchRoute(insightsSettingsPath('a b'))).toEqual({ name: 'insightsSettings', workspaceId: 'a b' });
    expect(safeReturnPath('/w/ws1/insights?metric=ces&filter=channel%3Awidget')).toBe('/w/ws1/insights?metric=ces&filter=channel%3Awidget');
    expect(safeReturnPath('/w/ws1/insights/surveys/s1?period=last7')).toBe('/w/ws1/insights/surveys/s1?period=last7');
    expect(safeReturnPath('/w/ws1/insights/settings')).toBe('/w/ws1/insights/settings');
    expect(matchRoute('/w/ws1/insights/text')).toEqual({ name: 'insightsText', workspaceId: 'ws1', section: 'dashboard' });
    expect(matchRoute('/w/ws1/insights/text/comments')).toEqual({ name: 'insightsText', workspaceId: 'ws1', section: 'comments' });
    expect(matchRoute('/w/ws1/insights/text/topics')).toEqual({ name: 'insightsText', workspaceId: 'ws1', section: 'topics' });
    expect(matchRoute('/w/ws1/insights/text/models')).toEqual({ name: 'insightsText', workspaceId: 'ws1', section: 'models' });
    expect(matchRoute('/w/ws1/insights/text/dashboard')).toEqual({ name: 'notFound' });
    expect(matchRoute('/w/ws1/insights/text/topics/x')).toEqual({ name: 'notFound' });
    expect(insightsTextPath('w')).toBe('/w/w/insights/text');
    expect(insightsTextPath('w', 'comments', '?topic=t1')).toBe('/w/w/insights/text/comments?topic=t1');
    expect(matchRoute(insightsTextPath('a b', 'models'))).toEqual({ name: 'insightsText', workspaceId: 'a b', section: 'models' });
    expect(safeReturnPath('/w/ws1/insights/text/comments?sentiment=negative')).toBe('/w/ws1/insights/text/comments?sentiment=negative');
  });

  it('parses the Respond room: the cases queue, a case and the other pages', () => {
    expect(matchRoute('/w/ws1/respond')).toEqual({ name: 'room', workspaceId: 'ws1', room: 'respond' });
    expect(matchRoute('/w/ws1/respond/cases/c1')).toEqual({ name: 'respondCase', workspaceId: 'ws1', caseId: 'c1' });
    expect(matchRoute('/w/ws1/respond/figures')).toEqual({ name: 'respondSection', workspaceId: 'ws1', section: 'figures' });
    expect(matchRoute('/w/ws1/respond/rules')).toEqual({ name: 'respondSection', workspaceId: 'ws1', section: 'rules' });
    expect(matchRoute('/w/ws1/respond/teams')).toEqual({ name: 'respondSection', workspaceId: 'ws1', section: 'teams' });
    expect(matchRoute('/w/ws1/respond/settings')).toEqual({ name: 'respondSection', workspaceId: 'ws1', section: 'settings' });
    expect(matchRoute('/w/ws1/respond/cases')).toEqual({ name: 'notFound' });
    expect(matchRoute('/w/ws1/respond/cases/c1/x')).toEqual({ name: 'notFound' });
    expect(matchRoute('/w/ws1/respond/figures/x')).toEqual({ name: 'notFound' });
    expect(matchRoute('/w/ws1/respond/nope')).toEqual({ name: 'notFound' });
    expect(matchRoute(casePath('a b', 'c/1'))).toEqual({ name: 'respondCase', workspaceId: 'a b', caseId: 'c/1' });
    expect(matchRoute(respondPath('a b', 'teams'))).toEqual({ name: 'respondSection', workspaceId: 'a b', section: 'teams' });
    expect(respondPath('w')).toBe('/w/w/respond');
    expect(respondPath('w', null, '?view=mine')).toBe('/w/w/respond?view=mine');
    expect(respondPath('w', 'figures', '?period=last7')).toBe('/w/w/respond/figures?period=last7');
    expect(casePath('w', 'c1')).toBe('/w/w/respond/cases/c1');
    expect(safeReturnPath('/w/ws1/respond?view=mine&status=open')).toBe('/w/ws1/respond?view=mine&status=open');
    expect(safeReturnPath('/w/ws1/respond/cases/c1')).toBe('/w/ws1/respond/cases/c1');
    expect(safeReturnPath('/w/ws1/respond/rules')).toBe('/w/ws1/respond/rules');
  });

  it('parses the mail settings section', () => {
    expect(matchRoute('/w/ws1/settings/mail')).toEqual({ name: 'settings', workspaceId: 'ws1', section: 'mail' });
    expect(settingsPath('ws1', 'mail')).toBe('/w/ws1/settings/mail');
  });

  it('rejects unknown paths', () => {
    expect(matchRoute('/w/ws1/nope')).toEqual({ name: 'notFound' });
    expect(matchRoute('/w/ws1/settings/nope')).toEqual({ name: 'notFound' });
    expect(matchRoute('/w/ws1/collect/extra')).toEqual({ name: 'notFound' });
    expect(matchRoute('/w')).toEqual({ name: 'notFound' });
    expect(matchRoute('/elsewhere')).toEqual({ name: 'notFound' });
  });

  it('round-trips the paths it builds', () => {
    const id = 'a b/c';
    expect(matchRoute(roomPath(id, 'share'))).toEqual({ name: 'room', workspaceId: id, room: 'share' });
    expect(matchRoute(settingsPath(id, 'audit-log'))).toEqual({ name: 'settings', workspaceId: id, section: 'audit-log' });
    expect(settingsPath('x')).toBe('/w/x/settings');
  });
});

describe('readSetupToken', () => {
  it('reads the token from the fragment', () => {
    expect(readSetupToken('#token=XYZ')).toBe('XYZ');
    expect(readSetupToken('#a=1&token=abc%2Bd')).toBe('abc+d');
    expect(readSetupToken('')).toBeNull();
    expect(readSetupToken('#token=')).toBeNull();
  });
});

describe('safeReturnPath', () => {
  it('keeps paths inside a workspace and drops everything else', () => {
    expect(safeReturnPath('/w/ws1/settings/members')).toBe('/w/ws1/settings/members');
    expect(safeReturnPath('/w/ws1/collect/surveys/s1/responses?state=complete')).toBe('/w/ws1/collect/surveys/s1/responses?state=complete');
    expect(safeReturnPath('//evil.example/w/x/collect')).toBeNull();
    expect(safeReturnPath('https://evil.example/')).toBeNull();
    expect(safeReturnPath('/login')).toBeNull();
    expect(safeReturnPath(null)).toBeNull();
  });
});

describe('homeRoom', () => {
  it('lands each role where its work is', () => {
    expect(['owner', 'admin', 'manager', 'analyst', 'agent', 'viewer', null].map(homeRoom)).toEqual(['collect', 'collect', 'collect', 'collect', 'respond', 'insights', 'collect']);
  });
});

describe('requiredPermission', () => {
  it('asks each room for the permission its API needs, and nothing for settings and your account', () => {
    expect(requiredPermission(matchRoute('/w/ws1/respond'))).toBe('cases.read');
    expect(requiredPermission(matchRoute('/w/ws1/collect'))).toBe('surveys.read');
    expect(requiredPermission(matchRoute('/w/ws1/insights/text/topics'))).toBe('insights.read');
    expect(requiredPermission(matchRoute('/w/ws1/collect/contacts'))).toBe('contacts.read');
    expect(requiredPermission(matchRoute('/w/ws1/settings/members'))).toBeNull();
    expect(requiredPermission(matchRoute('/w/ws1/account'))).toBeNull();
  });

  it('parses the account, invitation and password pages', () => {
    expect(matchRoute('/w/ws1/account')).toEqual({ name: 'account', workspaceId: 'ws1' });
    expect(matchRoute('/invite')).toEqual({ name: 'invitation' });
    expect(matchRoute('/forgot-password')).toEqual({ name: 'forgotPassword' });
    expect(matchRoute('/reset-password')).toEqual({ name: 'resetPassword' });
    expect(safeReturnPath('/w/ws1/account')).toBe('/w/ws1/account');
  });
});
