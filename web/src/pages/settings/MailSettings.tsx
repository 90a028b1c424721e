/** Placeholder until the page is built. */
export function MailSettings(_props: { workspaceId: string }) {
  return null;
}
