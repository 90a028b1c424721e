import { z } from 'zod';
import { uiLocales } from '../../engine/i18n/locales.js';

/** Input pieces shared by routes, so the same field is checked the same way everywhere. */
export const Id = z.uuid({ error: 'must be an id (UUID)' });
export const WorkspaceParams = z.object({ workspaceId: Id });
export const Email = z.string().trim().max(320).pipe(z.email({ error: 'must be an email address' }));
export const Password = z
  .string({ error: 'is required' })
  .min(12, { error: 'must be at least 12 characters' })
  .max(256, { error: 'must be at most 256 characters' });
export const PersonName = z.string({ error: 'is required' }).trim().min(1, { error: 'must not be empty' }).max(200, { error: 'must be at most 200 characters' });
export const Locale = z.enum(uiLocales, { error: `must be one of ${uiLocales.join(', ')}` });
export const TimeZone = z.string().refine(isTimeZone, { error: 'must be an IANA time zone such as Europe/Helsinki' });

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
