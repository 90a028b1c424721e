import type { BenchGroup } from '../lib/types.js';
import { dashboardsGroup } from './dashboards.js';
import { intakeGroup } from './intake.js';
import { invitationsGroup } from './invitations.js';
import { respondGroup } from './respond.js';
import { sizesGroup } from './sizes.js';
import { startupGroup } from './startup.js';
import { textGroup } from './text.js';

/** Every benchmark group, in the order `npm run bench` runs them. Add new groups here. */
export const groups: readonly BenchGroup[] = [startupGroup, intakeGroup, sizesGroup, dashboardsGroup, respondGroup, invitationsGroup, textGroup];
