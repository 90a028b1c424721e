import type { Room, Route } from './routes.js';

/**
 * What each page needs the person to be allowed (the names of src/platform/auth/permissions.ts, which
 * the workspace's `permissions` list carries): the navigation offers only what a role may open, and
 * a page someone may not open shows "no permission" without calling the API it would refuse.
 */
export const roomPermissions: Record<Room, string> = {
  collect: 'surveys.read',
  insights: 'insights.read',
  // Sharing is sharing insights: whoever may read them.
  share: 'insights.read',
  respond: 'cases.read',
};

/**
 * The permission a page needs, or null when every member may open it (settings sort their own
 * sections; your account is yours).
 * @example requiredPermission({ name: 'room', workspaceId: 'w', room: 'respond' }) // 'cases.read'
 */
export function requiredPermission(route: Route): string | null {
  switch (route.name) {
    case 'room':
      return roomPermissions[route.room];
    case 'survey':
    case 'distributions':
    case 'collectSection':
      return roomPermissions.collect;
    case 'contacts':
      return 'contacts.read';
    case 'insightsSurvey':
    case 'insightsSettings':
    case 'insightsText':
      return roomPermissions.insights;
    case 'respondCase':
    case 'respondSection':
      return roomPermissions.respond;
    default:
      return null;
  }
}
