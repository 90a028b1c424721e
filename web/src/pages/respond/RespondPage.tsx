import type { RespondSection } from '../../router/routes.js';
import { CasePage } from './CasePage.js';
import { CasesPage } from './CasesPage.js';
import { FiguresPage } from './FiguresPage.js';
import { RespondSettingsPage } from './setup/RespondSettingsPage.js';
import { RulesPage } from './setup/RulesPage.js';
import { TeamsPage } from './setup/TeamsPage.js';
import '../surveys/surveys.css';
import '../insights/insights.css';
import './respond.css';

export type RespondScreen = { name: 'cases' } | { name: 'case'; caseId: string } | { name: RespondSection };

/** The Respond room: the cases queue, one case, the closed-loop results, and the rules, teams and settings behind them. */
export function RespondPage({ workspaceId, screen }: { workspaceId: string; screen: RespondScreen }) {
  switch (screen.name) {
    case 'cases':
      return <CasesPage workspaceId={workspaceId} />;
    case 'case':
      return <CasePage key={screen.caseId} workspaceId={workspaceId} caseId={screen.caseId} />;
    case 'figures':
      return <FiguresPage workspaceId={workspaceId} />;
    case 'rules':
      return <RulesPage workspaceId={workspaceId} />;
    case 'teams':
      return <TeamsPage workspaceId={workspaceId} />;
    case 'settings':
      return <RespondSettingsPage workspaceId={workspaceId} />;
  }
}
