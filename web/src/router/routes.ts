/**
 * Every screen of the admin app as a path, parsed into a typed route and
 * built back from one. Pure: no window, no React, so it is unit tested.
 */

export const rooms = ['collect', 'insights', 'share', 'respond'] as const;
export type Room = (typeof rooms)[number];

export const settingsSections = ['general', 'members', 'api-keys', 'audit-log', 'mail'] as const;
export type SettingsSection = (typeof settingsSections)[number];

/** The survey editor's tabs; the first is the editor's bare address. */
export const surveyTabs = ['build', 'distribute', 'responses'] as const;
export type SurveyTab = (typeof surveyTabs)[number];

/** The Respond room's pages beside the cases queue (the room's bare address). */
export const respondSections = ['figures', 'rules', 'teams', 'settings'] as const;
export type RespondSection = (typeof respondSections)[number];

/** The Collect room's pages beside the survey list (the room's bare address), contacts and distributions. */
export const collectSections = ['email-templates', 'budget'] as const;
export type CollectSection = (typeof collectSections)[number];

/** The pages of what customers write in Insights: the dashboard (the bare address), the comments, topics and sentiment models. */
export const textSections = ['dashboard', 'comments', 'topics', 'models'] as const;
export type TextSection = (typeof textSections)[number];

export type Route =
  | { name: 'home' }
  | { name: 'setup' }
  | { name: 'login' }
  | { name: 'forgotPassword' }
  | { name: 'resetPassword' }
  | { name: 'invitation' }
  | { name: 'account'; workspaceId: string }
  | { name: 'room'; workspaceId: string; room: Room }
  | { name: 'settings'; workspaceId: string; section: SettingsSection }
  | { name: 'survey'; workspaceId: string; surveyId: string; tab: SurveyTab }
  | { name: 'contacts'; workspaceId: string; contactId: string | null }
  | { name: 'distributions'; workspaceId: string; distributionId: string | null }
  | { name: 'collectSection'; workspaceId: string; section: CollectSection }
  | { name: 'insightsSurvey'; workspaceId: string; surveyId: string }
  | { name: 'insightsSettings'; workspaceId: string }
  | { name: 'insightsText'; workspaceId: string; section: TextSection }
  | { name: 'respondCase'; workspaceId: string; caseId: string }
  | { name: 'respondSection'; workspaceId: string; section: RespondSection }
  | { name: 'notFound' };

export function matchRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(safeDecode);
  const [first, workspaceId, page, section, ...rest] = parts;
  if (parts.length === 0) return { name: 'home' };
  if (parts.length === 1 && first === 'setup') return { name: 'setup' };
  if (parts.length === 1 && first === 'login') return { name: 'login' };
  if (parts.length === 1 && first === 'forgot-password') return { name: 'forgotPassword' };
  if (parts.length === 1 && first === 'reset-password') return { name: 'resetPassword' };
  if (parts.length === 1 && first === 'invite') return { name: 'invitation' };
  if (first === 'w' && workspaceId && page === 'account' && section === undefined) return { name: 'account', workspaceId };
  if (first === 'w' && workspaceId && page === 'collect' && section === 'surveys') return matchSurvey(workspaceId, rest);
  if (first === 'w' && workspaceId && page === 'collect' && section === 'contacts') return matchContacts(workspaceId, rest);
  if (first === 'w' && workspaceId && page === 'collect' && section === 'distributions') return matchDistributions(workspaceId, rest);
  if (first === 'w' && workspaceId && page === 'collect' && section !== undefined && isCollectSection(section)) return rest.length === 0 ? { name: 'collectSection', workspaceId, section } : { name: 'notFound' };
  if (first === 'w' && workspaceId && page === 'insights' && section !== undefined) return matchInsights(workspaceId, section, rest);
  if (first === 'w' && workspaceId && page === 'respond' && section !== undefined) return matchRespond(workspaceId, section, rest);
  if (first !== 'w' || !workspaceId || rest.length > 0) return { name: 'notFound' };
  if (!page) return { name: 'room', workspaceId, room: 'collect' };
  if (isRoom(page) && section === undefined) return { name: 'room', workspaceId, room: page };
  if (page === 'settings') {
    if (section === undefined) return { name: 'settings', workspaceId, section: 'general' };
    if (isSettingsSection(section)) return { name: 'settings', workspaceId, section };
  }
  return { name: 'notFound' };
}

/** `/w/:workspaceId/collect/surveys/:surveyId[/:tab]`; the Build tab has no segment of its own. */
function matchSurvey(workspaceId: string, rest: string[]): Route {
  const [surveyId, tab, ...extra] = rest;
  if (!surveyId || extra.length > 0) return { name: 'notFound' };
  if (tab === undefined) return { name: 'survey', workspaceId, surveyId, tab: 'build' };
  if (tab !== 'build' && isSurveyTab(tab)) return { name: 'survey', workspaceId, surveyId, tab };
  return { name: 'notFound' };
}

/** `/w/:workspaceId/collect/contacts[/:contactId]`. */
function matchContacts(workspaceId: string, rest: string[]): Route {
  const [contactId, ...extra] = rest;
  if (extra.length > 0) return { name: 'notFound' };
  return { name: 'contacts', workspaceId, contactId: contactId ?? null };
}

/** `/w/:workspaceId/collect/distributions[/:distributionId]`. */
function matchDistributions(workspaceId: string, rest: string[]): Route {
  const [distributionId, ...extra] = rest;
  if (extra.length > 0) return { name: 'notFound' };
  return { name: 'distributions', workspaceId, distributionId: distributionId ?? null };
}

/** `/w/:workspaceId/insights/settings`, `/w/:workspaceId/insights/surveys/:surveyId` and `/w/:workspaceId/insights/text[/:section]`; the overview is the room itself. */
function matchInsights(workspaceId: string, section: string, rest: string[]): Route {
  if (section === 'settings' && rest.length === 0) return { name: 'insightsSettings', workspaceId };
  if (section === 'text' && rest.length === 0) return { name: 'insightsText', workspaceId, section: 'dashboard' };
  if (section === 'text' && rest.length === 1 && rest[0] !== 'dashboard' && isTextSection(rest[0]!)) return { name: 'insightsText', workspaceId, section: rest[0] };
  if (section === 'surveys' && rest.length === 1) return { name: 'insightsSurvey', workspaceId, surveyId: rest[0]! };
  return { name: 'notFound' };
}

/** `/w/:workspaceId/respond/cases/:caseId` and `/w/:workspaceId/respond/(figures|rules|teams|settings)`; the cases queue is the room itself. */
function matchRespond(workspaceId: string, section: string, rest: string[]): Route {
  if (section === 'cases' && rest.length === 1) return { name: 'respondCase', workspaceId, caseId: rest[0]! };
  if (isRespondSection(section) && rest.length === 0) return { name: 'respondSection', workspaceId, section };
  return { name: 'notFound' };
}

/** The Insights overview, with its view in the query (`?metric=csat&period=last90`, see insightsQuery.ts). */
export function insightsPath(workspaceId: string, search = ''): string {
  return `${roomPath(workspaceId, 'insights')}${search}`;
}

/** One survey's dashboard, with the period and filter in the query. */
export function insightsSurveyPath(workspaceId: string, surveyId: string, search = ''): string {
  return `${roomPath(workspaceId, 'insights')}/surveys/${encodeURIComponent(surveyId)}${search}`;
}

export function insightsSettingsPath(workspaceId: string): string {
  return `${roomPath(workspaceId, 'insights')}/settings`;
}

/** What customers write: the dashboard or one of its pages, with the view in the query (see text/textQuery.ts). */
export function insightsTextPath(workspaceId: string, section: TextSection = 'dashboard', search = ''): string {
  const root = `${roomPath(workspaceId, 'insights')}/text`;
  return `${section === 'dashboard' ? root : `${root}/${section}`}${search}`;
}

/** The cases queue (with its view and filters in the query, see casesQuery.ts), or one of the room's other pages. */
export function respondPath(workspaceId: string, section: RespondSection | null = null, search = ''): string {
  const root = roomPath(workspaceId, 'respond');
  return `${section ? `${root}/${section}` : root}${search}`;
}

/** One case's page. */
export function casePath(workspaceId: string, caseId: string): string {
  return `${roomPath(workspaceId, 'respond')}/cases/${encodeURIComponent(caseId)}`;
}

/** The contact list (with an optional search), or one contact's page. */
export function contactsPath(workspaceId: string, contactId: string | null = null, search = ''): string {
  const root = `/w/${encodeURIComponent(workspaceId)}/collect/contacts`;
  if (contactId) return `${root}/${encodeURIComponent(contactId)}`;
  return search ? `${root}?${new URLSearchParams({ search }).toString()}` : root;
}

/** The distribution list (optionally of one survey: `?survey=`), or one distribution's page. */
export function distributionsPath(workspaceId: string, distributionId: string | null = null, surveyId = ''): string {
  const root = `/w/${encodeURIComponent(workspaceId)}/collect/distributions`;
  if (distributionId) return `${root}/${encodeURIComponent(distributionId)}`;
  return surveyId ? `${root}?${new URLSearchParams({ survey: surveyId }).toString()}` : root;
}

/** The Collect room's email templates or contact budget. */
export function collectSectionPath(workspaceId: string, section: CollectSection): string {
  return `/w/${encodeURIComponent(workspaceId)}/collect/${section}`;
}

export function surveyPath(workspaceId: string, surveyId: string, tab: SurveyTab = 'build'): string {
  const root = `/w/${encodeURIComponent(workspaceId)}/collect/surveys/${encodeURIComponent(surveyId)}`;
  return tab === 'build' ? root : `${root}/${tab}`;
}

/**
 * The room a member lands in: agents work cases, viewers read dashboards, everyone else starts
 * where feedback is collected.
 * @example homeRoom('agent') // 'respond'
 */
export function homeRoom(role: string | null | undefined): Room {
  if (role === 'agent') return 'respond';
  if (role === 'viewer') return 'insights';
  return 'collect';
}

export function roomPath(workspaceId: string, room: Room): string {
  return `/w/${encodeURIComponent(workspaceId)}/${room}`;
}

export function settingsPath(workspaceId: string, section: SettingsSection = 'general'): string {
  const root = `/w/${encodeURIComponent(workspaceId)}/settings`;
  return section === 'general' ? root : `${root}/${section}`;
}

/** Your own account (name, language, password), inside the workspace you came from. */
export function accountPath(workspaceId: string): string {
  return `/w/${encodeURIComponent(workspaceId)}/account`;
}

/** The token from a fragment like `#token=XYZ` (setup, invitation and reset links keep it there, out of access logs), or null. */
export function readSetupToken(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token ? token : null;
}

function isRoom(value: string): value is Room {
  return (rooms as readonly string[]).includes(value);
}

function isSurveyTab(value: string): value is SurveyTab {
  return (surveyTabs as readonly string[]).includes(value);
}

function isCollectSection(value: string): value is CollectSection {
  return (collectSections as readonly string[]).includes(value);
}

function isTextSection(value: string): value is TextSection {
  return (textSections as readonly string[]).includes(value);
}

function isRespondSection(value: string): value is RespondSection {
  return (respondSections as readonly string[]).includes(value);
}

function isSettingsSection(value: string): value is SettingsSection {
  return (settingsSections as readonly string[]).includes(value);
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** A same-site path to return to after signing in; anything else (other hosts, odd schemes) is dropped. */
export function safeReturnPath(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  const route = matchRoute(value.split(/[?#]/)[0] ?? '');
  const inWorkspace: readonly Route['name'][] = ['room', 'account', 'settings', 'survey', 'contacts', 'distributions', 'collectSection', 'insightsSurvey', 'insightsSettings', 'insightsText', 'respondCase', 'respondSection'];
  return inWorkspace.includes(route.name) ? value : null;
}
