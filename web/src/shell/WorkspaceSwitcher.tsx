import { SelectField } from '../components/SelectField.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useRouter } from '../router/router.js';
import { homeRoom, roomPath, settingsPath } from '../router/routes.js';
import { useSession } from '../session/SessionProvider.js';

/** A select when the person has several workspaces; otherwise just the workspace's name. */
export function WorkspaceSwitcher({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  const { session } = useSession();
  const { route, navigate } = useRouter();
  const workspaces = session?.workspaces ?? [];
  const current = workspaces.find((w) => w.id === workspaceId);

  if (workspaces.length < 2 || !current) {
    return <span className="workspace-name">{current?.name ?? ''}</span>;
  }

  const open = (id: string) => {
    if (route.name === 'settings') navigate(settingsPath(id, route.section));
    // Into the same room, else the one the role there starts in (an agent works cases, not surveys).
    else navigate(roomPath(id, route.name === 'room' ? route.room : homeRoom(workspaces.find((w) => w.id === id)?.role)));
  };

  return (
    <SelectField
      className="workspace-switcher"
      label={t('header.workspace')}
      isLabelHidden
      value={workspaceId}
      options={workspaces.map((w) => ({ value: w.id, label: w.name }))}
      onValueChange={open}
    />
  );
}
