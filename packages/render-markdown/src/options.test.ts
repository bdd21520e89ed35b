import { describe, expect, it } from 'vitest';
import { resolveOptions } from './options.js';

describe('resolveOptions', () => {
  it('shares one frozen object for options that set nothing', () => {
    const none = resolveOptions();
    expect(resolveOptions({})).toBe(none);
    expect(resolveOptions({ wrap: undefined, bullet: undefined })).toBe(none);
    expect(Object.isFrozen(none)).toBe(true);
    expect(none).toMatchObject({ flavor: 'commonmark', bullet: '-', wrap: 0, frontMatter: false });
  });

  it('gives its own object, defaults filled in, for options that set something', () => {
    const resolved = resolveOptions({ bullet: '*' });
    expect(resolved).not.toBe(resolveOptions());
    expect(resolved).toEqual({ ...resolveOptions(), bullet: '*' });
    expect(resolveOptions({ title: 'front-matter' }).frontMatter).toBe(true);
    expect(resolveOptions().frontMatter).toBe(false);
  });

  it('still refuses what is wrong', () => {
    expect(() => resolveOptions({ bullet: 'x' as '-' })).toThrow(TypeError);
    expect(() => resolveOptions({ nope: 1 } as object)).toThrow(/unknown option/);
  });
});
