/** Placeholder until the page is built. */
export function RespondSettingsPage(_props: { workspaceId: string }) {
  return null;
}
