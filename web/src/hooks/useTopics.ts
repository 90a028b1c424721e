import { listTopics } from '../api/textInsights.js';
import type { Topic } from '../api/textInsights.js';
import { useLoad } from './useLoad.js';
import type { Loaded } from './useLoad.js';

/**
 * The workspace's topics, loaded once per workspace, with whether they are still loading or could
 * not be read (a member without Insights): an alert rule on a topic says which.
 */
export function useTopicList(workspaceId: string): Loaded<Topic[]> {
  return useLoad(`text-topics:${workspaceId}`, () => listTopics(workspaceId));
}

/**
 * The workspace's topics for the comment filters. Undefined while they load or when they cannot be
 * read: a dashboard then offers no topic rather than failing.
 */
export function useTopics(workspaceId: string): readonly Topic[] | undefined {
  return useTopicList(workspaceId).data;
}
