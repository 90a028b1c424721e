import type { RoomFactory } from '../platform/room.js';

/** Insights: the metric engine (NPS, CSAT, CES, CLI), rollups, trends, significance and text analytics. */
export const insightsRoom: RoomFactory = () => ({ name: 'insights', routes: [], jobs: [] });
