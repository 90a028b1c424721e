import { describe, expect, it } from 'vitest';
import { checkTeamForm, emptyTeamForm, moveItem, teamToForm, toTeamInput, withMember } from './teamForm.js';

describe('team form', () => {
  it('moves a member up or down one place, and not past the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('adds a member at the end of the round, once', () => {
    expect(withMember(['a'], 'b')).toEqual(['a', 'b']);
    expect(withMember(['a', 'b'], 'a')).toEqual(['a', 'b']);
    expect(withMember(['a'], '')).toEqual(['a']);
  });

  it('sends the name trimmed, no lead as null and the members in order', () => {
    expect(toTeamInput({ name: ' Support ', leadUserId: '', memberUserIds: ['b', 'a'] })).toEqual({ name: 'Support', leadUserId: null, memberUserIds: ['b', 'a'] });
    const team = { id: 't', name: 'Billing', leadUserId: 'a', memberUserIds: ['a', 'c'] };
    expect(toTeamInput(teamToForm(team))).toEqual({ name: 'Billing', leadUserId: 'a', memberUserIds: ['a', 'c'] });
  });

  it('needs a name', () => {
    expect(checkTeamForm(emptyTeamForm())).toEqual({ name: { key: 'field.required' } });
    expect(checkTeamForm({ ...emptyTeamForm(), name: 'Support' })).toEqual({});
  });
});
