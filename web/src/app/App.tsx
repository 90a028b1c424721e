import { ApiError } from '../api/client.js';
import { AuthLayout } from '../components/AuthLayout.js';
import { LoadError } from '../components/LoadError.js';
import { Loading } from '../components/Loading.js';
import { LoginPage } from '../pages/LoginPage.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { NoWorkspacePage } from '../pages/NoWorkspacePage.js';
import { RoomPage } from '../pages/RoomPage.js';
import { SetupPage } from '../pages/SetupPage.js';
import { AccountPage } from '../pages/account/AccountPage.js';
import { ForgotPasswordPage } from '../pages/account/ForgotPasswordPage.js';
import { InvitationPage } from '../pages/account/InvitationPage.js';
import { ResetPasswordPage } from '../pages/account/ResetPasswordPage.js';
import { ContactBudgetPage } from '../pages/budget/ContactBudgetPage.js';
import { ContactsPage } from '../pages/contacts/ContactsPage.js';
import { DistributionsPage } from '../pages/distributions/DistributionsPage.js';
import { EmailTemplatesPage } from '../pages/emailTemplates/EmailTemplatesPage.js';
import { InsightsPage } from '../pages/insights/InsightsPage.js';
import { RespondPage } from '../pages/respond/RespondPage.js';
import { SettingsPage } from '../pages/settings/SettingsPage.js';
import { SurveyEditorPage } from '../pages/surveys/SurveyEditorPage.js';
import { Redirect, useRouter } from '../router/router.js';
import { homeRoom, readSetupToken, roomPath, safeReturnPath } from '../router/routes.js';
import { AppShell } from '../shell/AppShell.js';
import { useSession } from '../session/SessionProvider.js';
import { WorkspaceProvider } from '../workspace/WorkspaceProvider.js';
import { useFocusOnNavigate } from './useFocusOnNavigate.js';
import { WorkspaceGate } from './WorkspaceGate.js';

/** Picks the page for the current address, sending people to sign in or set up when they must. */
export function App() {
  const { route, location } = useRouter();
  const { status, session, isSetupNeeded, retry } = useSession();
  useFocusOnNavigate(location.pathname);

  if (status === 'loading') {
    return (
      <div className="boot-screen">
        <Loading />
      </div>
    );
  }
  if (status === 'failed') {
    return (
      <AuthLayout>
        <LoadError error={new ApiError({ status: 0, code: 'network_error', detail: '' })} onRetry={retry} />
      </AuthLayout>
    );
  }

  const firstWorkspace = session?.workspaces[0];
  switch (route.name) {
    case 'home':
      if (session) return firstWorkspace ? <Redirect to={roomPath(firstWorkspace.id, homeRoom(firstWorkspace.role))} /> : <NoWorkspacePage />;
      if (isSetupNeeded && readSetupToken(location.hash)) return <Redirect to={`/setup${location.hash}`} />;
      return <Redirect to="/login" />;

    case 'setup':
      return session && !isSetupNeeded ? <Redirect to="/" /> : <SetupPage />;

    case 'login':
      if (session) return <Redirect to={safeReturnPath(new URLSearchParams(location.search).get('next')) ?? '/'} />;
      return <LoginPage />;

    // Links from mails: they work whoever is signed in here, or nobody.
    case 'invitation':
      return <InvitationPage />;
    case 'forgotPassword':
      return <ForgotPasswordPage />;
    case 'resetPassword':
      return <ResetPasswordPage />;

    case 'room':
    case 'account':
    case 'settings':
    case 'survey':
    case 'contacts':
    case 'distributions':
    case 'collectSection':
    case 'insightsSurvey':
    case 'insightsSettings':
    case 'insightsText':
    case 'respondCase':
    case 'respondSection':
      // The query goes along: a shared dashboard's view survives signing in.
      if (!session) return <Redirect to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} />;
      return (
        <WorkspaceProvider key={route.workspaceId} workspaceId={route.workspaceId}>
          <AppShell workspaceId={route.workspaceId}>
            <WorkspaceGate>
              {route.name === 'room' && route.room !== 'insights' && route.room !== 'respond' && <RoomPage workspaceId={route.workspaceId} room={route.room} />}
              {route.name === 'room' && route.room === 'respond' && <RespondPage workspaceId={route.workspaceId} screen={{ name: 'cases' }} />}
              {route.name === 'respondCase' && <RespondPage workspaceId={route.workspaceId} screen={{ name: 'case', caseId: route.caseId }} />}
              {route.name === 'respondSection' && <RespondPage workspaceId={route.workspaceId} screen={{ name: route.section }} />}
              {route.name === 'room' && route.room === 'insights' && <InsightsPage workspaceId={route.workspaceId} screen={{ name: 'overview' }} />}
              {route.name === 'insightsSurvey' && <InsightsPage workspaceId={route.workspaceId} screen={{ name: 'survey', surveyId: route.surveyId }} />}
              {route.name === 'insightsSettings' && <InsightsPage workspaceId={route.workspaceId} screen={{ name: 'settings' }} />}
              {route.name === 'insightsText' && <InsightsPage workspaceId={route.workspaceId} screen={{ name: 'text', section: route.section }} />}
              {route.name === 'settings' && <SettingsPage section={route.section} />}
              {route.name === 'account' && <AccountPage />}
              {route.name === 'survey' && <SurveyEditorPage workspaceId={route.workspaceId} surveyId={route.surveyId} tab={route.tab} />}
              {route.name === 'contacts' && <ContactsPage workspaceId={route.workspaceId} contactId={route.contactId} />}
              {route.name === 'distributions' && <DistributionsPage workspaceId={route.workspaceId} distributionId={route.distributionId} />}
              {route.name === 'collectSection' && route.section === 'email-templates' && <EmailTemplatesPage workspaceId={route.workspaceId} />}
              {route.name === 'collectSection' && route.section === 'budget' && <ContactBudgetPage workspaceId={route.workspaceId} />}
            </WorkspaceGate>
          </AppShell>
        </WorkspaceProvider>
      );

    case 'notFound':
      if (session && firstWorkspace) {
        return (
          <WorkspaceProvider workspaceId={firstWorkspace.id}>
            <AppShell workspaceId={firstWorkspace.id}>
              <NotFoundPage />
            </AppShell>
          </WorkspaceProvider>
        );
      }
      return (
        <AuthLayout>
          <NotFoundPage />
        </AuthLayout>
      );
  }
}
