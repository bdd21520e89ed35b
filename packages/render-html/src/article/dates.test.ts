import { describe, expect, it } from 'vitest';
import { parseIsoDate } from './dates.js';

describe('parseIsoDate', () => {
  it('reads dates and date-times in the forms HTML accepts', () => {
    expect(parseIsoDate('2016-11-01')?.datetime).toBe('2016-11-01');
    expect(parseIsoDate('2016-11-01T09:30:00Z')?.datetime).toBe('2016-11-01T09:30:00Z');
    expect(parseIsoDate('2016-11-01T09:30Z')?.datetime).toBe('2016-11-01T09:30Z');
    expect(parseIsoDate('2016-11-01T09:30:00+0100')?.datetime).toBe('2016-11-01T09:30:00+01:00');
    expect(parseIsoDate('2016-11-01T09:30:00')?.datetime).toBe('2016-11-01T09:30:00');
    expect(parseIsoDate('2024-02-29')).toMatchObject({ year: 2024, month: 2, day: 29 });
  });

  it('cuts fractions of a second to the three digits HTML allows', () => {
    expect(parseIsoDate('2016-11-01T09:30:00.123456Z')?.datetime).toBe('2016-11-01T09:30:00.123Z');
  });

  it('refuses what is not a real date', () => {
    for (const value of ['2016-02-30', '2023-02-29', '2016-13-01', '0000-01-01', '2016-11-01T24:00', '2016-11-01T09:30:00.Z', 'yesterday', '2016-11-01T09:30:00+25:00', '2016-11-01Tx']) {
      expect(parseIsoDate(value), value).toBeUndefined();
    }
  });
});
