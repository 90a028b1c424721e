/** Placeholder until the page is built. */
export function RulesPage(_props: { workspaceId: string }) {
  return null;
}
