/**
 * Whole days (YYYY-MM-DD) in a time zone, as instants: what a period of days means for data kept
 * with timestamps. Pure; shared by the server and the admin app.
 */

const toUtc = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/** How far the time zone is ahead of UTC at an instant, in milliseconds. */
function offsetAt(timeZone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour') % 24, part('minute'), part('second'));
  return asUtc - Math.floor(at / 1000) * 1000;
}

/**
 * The instant a day begins in a time zone, as ISO: what the responses API needs to list the same
 * days the rollups counted. Falls back to UTC for a zone the browser does not know.
 * @example dayStartIn('2026-06-01', 'Europe/Helsinki') // '2026-05-31T21:00:00.000Z'
 */
export function dayStartIn(day: string, timeZone: string): string {
  const midnightUtc = toUtc(day);
  try {
    let at = midnightUtc - offsetAt(timeZone, midnightUtc);
    // Near a daylight-saving change the offset at the guess can differ from the one at the answer.
    at = midnightUtc - offsetAt(timeZone, at);
    return new Date(at).toISOString();
  } catch {
    return new Date(midnightUtc).toISOString();
  }
}

