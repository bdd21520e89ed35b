/**
 * A model date (ISO 8601: a date, a date-time with an offset, or a local date-time) as an
 * RFC 3339 date-time, which JSON Feed requires. A date alone becomes midnight UTC; a local
 * date-time (no offset) is taken as UTC and gets `Z`; missing seconds become `:00`. Returns
 * `undefined` for anything else, which the model's schema does not allow.
 *
 * @example
 * toRfc3339('2016-11-01') // '2016-11-01T00:00:00Z'
 * toRfc3339('2016-11-01T09:30') // '2016-11-01T09:30:00Z'
 * toRfc3339('2016-11-01T09:30:00+01:00') // unchanged
 */
export function toRfc3339(value: string): string | undefined {
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return undefined;
  const [, date, time, seconds, fraction, offset] = match as unknown as [string, string, string | undefined, string | undefined, string | undefined, string | undefined];
  if (time === undefined) return `${date}T00:00:00Z`;
  return `${date}T${time}${seconds ?? ':00'}${fraction ?? ''}${offset ?? 'Z'}`;
}

/** date, then optionally `T` + hh:mm, optional :ss, optional fraction, optional offset. Fixed-length parts only. */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/;
