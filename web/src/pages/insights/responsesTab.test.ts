import { describe, expect, it } from 'vitest';
import { responsesTabFilters } from './responsesTab.js';

describe('responsesTabFilters', () => {
  const period = { from: '2026-11-01', to: '2026-11-30' };
  const none = { state: 'complete', channel: '', language: '', from: '2026-11-01', to: '2026-11-30', answer: '' };

  it('opens the Responses tab on the same days and the filters it knows', () => {
    expect(responsesTabFilters('', period)).toEqual(none);
    expect(responsesTabFilters('channel:qr', period)).toEqual({ ...none, channel: 'qr' });
    expect(responsesTabFilters('language:fi', period)).toEqual({ ...none, language: 'fi' });
    expect(responsesTabFilters('answer.plan:pro', period)).toEqual({ ...none, answer: 'plan:pro' });
  });

  it('leaves out what the tab cannot filter by: a segment, an unknown channel', () => {
    expect(responsesTabFilters('contact.plan:pro', period)).toEqual(none);
    expect(responsesTabFilters('channel:pigeon', period)).toEqual(none);
  });
});
