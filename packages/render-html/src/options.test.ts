import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS, type RenderHtmlOptions, resolveOptions } from './options.js';

/** A value for every option that differs from its default; a new option must be added here. */
const EVERY_OPTION: Required<RenderHtmlOptions> = {
  standalone: true,
  stylesheet: false,
  url: 'https://example.com/a',
  defaultLanguage: 'en',
  headingOffset: 1,
  classPrefix: 'x-',
  includeRemoved: true,
  linkRel: 'nofollow',
  pretty: false,
  labels: { by: 'Par' },
  formatDate: (iso) => iso,
  onDiagnostic: () => {},
};

describe('resolveOptions', () => {
  it('gives the same defaults for no options, {} and options that are all undefined', () => {
    const none = resolveOptions(undefined);
    expect(resolveOptions({})).toEqual(none);
    expect(resolveOptions({ pretty: undefined, labels: undefined })).toEqual(none);
    expect(none).toEqual({ ...resolveOptions({ labels: {} }) });
    expect(none.labels).toBe(DEFAULT_LABELS);
  });

  it('shares one frozen object for the defaults', () => {
    expect(resolveOptions({})).toBe(resolveOptions(undefined));
    expect(Object.isFrozen(resolveOptions(undefined))).toBe(true);
  });

  it('does not take an option set alone for the defaults', () => {
    const defaults = resolveOptions(undefined);
    for (const key of Object.keys(EVERY_OPTION) as (keyof RenderHtmlOptions)[]) {
      const resolved = resolveOptions({ [key]: EVERY_OPTION[key] });
      expect(resolved, key).not.toBe(defaults);
      expect(resolved, key).not.toEqual(defaults);
    }
  });

  it('still checks what is given', () => {
    expect(() => resolveOptions({ headingOffset: 7 })).toThrow(RangeError);
  });
});
