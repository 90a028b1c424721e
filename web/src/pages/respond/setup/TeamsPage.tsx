/** Placeholder until the page is built. */
export function TeamsPage(_props: { workspaceId: string }) {
  return null;
}
