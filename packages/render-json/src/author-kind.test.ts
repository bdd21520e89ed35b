import { describe, expect, it } from 'vitest';
import { isOrganizationName } from './author-kind.js';

const meta = {
  dateline: { text: 'GAZA (Tazpit) -', place: 'GAZA', agency: 'Tazpit', date: null },
  source: { name: 'Example Wire', originalPublisher: 'Breaking Israel News' },
};

describe('isOrganizationName', () => {
  it.each(['Reuters', 'reuters', 'The Associated Press', 'A.P.', 'AFP', 'Bloomberg News', 'Tazpit', 'Example Wire', 'Breaking Israel News', 'Foreign Desk', 'The Editorial Board', 'Washington Bureau', 'Staff', 'News Service'])(
    '%s is an organisation',
    (name) => {
      expect(isOrganizationName(name, meta)).toBe(true);
    },
  );

  it.each(['Jane Roe', 'John Doe', 'Desk', 'Apple Reuterson', 'Maria Wire-Smith', ''])('%s is a person', (name) => {
    expect(isOrganizationName(name, meta)).toBe(false);
  });
});
