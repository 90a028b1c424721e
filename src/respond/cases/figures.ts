import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import type { RespondSettings } from '../../engine/respond/settings.js';
import { listTeams } from '../settings/store.js';

/** How the closed loop performs for cases opened in a period: speed, SLA, recovery, root causes, per team. */
export interface ClosedLoopFigures {
  from: string;
  to: string;
  opened: number;
  closed: number;
  open: number;
  breachedOpen: number;
  firstResponse: { medianHours: number | null; count: number };
  timeToClose: { medianHours: number | null; count: number };
  slaMet: { percent: number | null; met: number; total: number };
  /** Detractors (NPS 0–6) with a case who later answered any survey as passive or promoter (7–10). */
  recovery: { percent: number | null; recovered: number; detractors: number };
  rootCauses: { id: string; label: string; count: number }[];
  byTeam: { teamId: string | null; teamName: string | null; opened: number; closed: number; slaMetPercent: number | null; medianCloseHours: number | null }[];
}

type Rows = { rows: Record<string, unknown>[] };
const rowsOf = async (db: Db, query: ReturnType<typeof sql>) => ((await db.execute(query)) as unknown as Rows).rows;

const hours = (seconds: unknown) => (seconds === null || seconds === undefined ? null : Math.round((Number(seconds) / 3600) * 10) / 10);
const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((1000 * part) / whole) / 10);

export async function closedLoopFigures(db: Db, workspaceId: string, settings: RespondSettings, period: { from: Date; to: Date }, now = new Date()): Promise<ClosedLoopFigures> {
  const inPeriod = sql`c.workspace_id = ${workspaceId} AND c.created_at >= ${period.from.toISOString()} AND c.created_at < ${period.to.toISOString()}`;
  const totals = (
    await rowsOf(db, sql`
      SELECT count(*)::int AS opened,
        count(*) FILTER (WHERE c.status = 'closed')::int AS closed,
        count(*) FILTER (WHERE c.status NOT IN ('resolved', 'closed'))::int AS open,
        count(*) FILTER (WHERE c.status NOT IN ('resolved', 'closed') AND c.sla_paused_at IS NULL AND c.due_at < ${now.toISOString()})::int AS breached_open,
        count(c.first_responded_at)::int AS responded,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.first_responded_at - c.created_at)) AS first_response_median,
        count(c.closed_at)::int AS closed_count,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.closed_at - c.created_at)) AS close_median,
        count(*) FILTER (WHERE c.is_sla_met)::int AS sla_met,
        count(c.is_sla_met)::int AS sla_judged
      FROM cases c WHERE ${inPeriod}`)
  )[0]!;
  const recovery = (
    await rowsOf(db, sql`
      WITH detractors AS (
        SELECT DISTINCT ON (c.contact_id) c.contact_id, s.completed_at
        FROM cases c JOIN response_scores s ON s.workspace_id = c.workspace_id AND s.response_id = c.response_ids[1]
        WHERE ${inPeriod} AND c.contact_id IS NOT NULL AND s.nps <= 6
        ORDER BY c.contact_id, s.completed_at
      )
      SELECT count(*)::int AS detractors,
        count(*) FILTER (WHERE EXISTS (
          SELECT 1 FROM response_scores l WHERE l.workspace_id = ${workspaceId} AND l.contact_id = d.contact_id AND l.completed_at > d.completed_at AND l.nps >= 7
        ))::int AS recovered
      FROM detractors d`)
  )[0]!;
  const causes = await rowsOf(db, sql`SELECT c.root_cause AS id, count(*)::int AS count FROM cases c WHERE ${inPeriod} AND c.root_cause IS NOT NULL GROUP BY c.root_cause ORDER BY count(*) DESC, c.root_cause`);
  const teams = await rowsOf(
    db,
    sql`
      SELECT c.team_id, count(*)::int AS opened, count(*) FILTER (WHERE c.status = 'closed')::int AS closed,
        count(*) FILTER (WHERE c.is_sla_met)::int AS sla_met, count(c.is_sla_met)::int AS sla_judged,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.closed_at - c.created_at)) AS close_median
      FROM cases c WHERE ${inPeriod} GROUP BY c.team_id ORDER BY count(*) DESC`,
  );
  const teamNames = new Map((await listTeams(db, workspaceId)).map((team) => [team.id, team.name]));
  const labels = new Map(settings.rootCauses.map((cause) => [cause.id, cause.label]));
  const detractors = Number(recovery['detractors']);
  const recovered = Number(recovery['recovered']);
  return {
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    opened: Number(totals['opened']),
    closed: Number(totals['closed']),
    open: Number(totals['open']),
    breachedOpen: Number(totals['breached_open']),
    firstResponse: { medianHours: hours(totals['first_response_median']), count: Number(totals['responded']) },
    timeToClose: { medianHours: hours(totals['close_median']), count: Number(totals['closed_count']) },
    slaMet: { percent: percent(Number(totals['sla_met']), Number(totals['sla_judged'])), met: Number(totals['sla_met']), total: Number(totals['sla_judged']) },
    recovery: { percent: percent(recovered, detractors), recovered, detractors },
    rootCauses: causes.map((row) => ({ id: String(row['id']), label: labels.get(String(row['id'])) ?? String(row['id']), count: Number(row['count']) })),
    byTeam: teams.map((row) => {
      const teamId = (row['team_id'] as string | null) ?? null;
      return {
        teamId,
        teamName: teamId ? (teamNames.get(teamId) ?? null) : null,
        opened: Number(row['opened']),
        closed: Number(row['closed']),
        slaMetPercent: percent(Number(row['sla_met']), Number(row['sla_judged'])),
        medianCloseHours: hours(row['close_median']),
      };
    }),
  };
}
