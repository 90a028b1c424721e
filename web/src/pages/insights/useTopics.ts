import { listTopics } from '../../api/textInsights.js';
import type { Topic } from '../../api/textInsights.js';
import { useLoad } from '../../hooks/useLoad.js';

/**
 * The workspace's topics for the comment filters, loaded once per workspace. Undefined while they
 * load or when they cannot be read: a dashboard then offers no topic rather than failing.
 */
export function useTopics(workspaceId: string): readonly Topic[] | undefined {
  return useLoad(`text-topics:${workspaceId}`, () => listTopics(workspaceId)).data;
}
