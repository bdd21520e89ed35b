import { describe, expect, it } from 'vitest';
import { userCwd } from './user-cwd.js';

describe('userCwd', () => {
  it('is INIT_CWD inside a package manager script, the process directory otherwise', () => {
    expect(userCwd({ INIT_CWD: '/repo', npm_lifecycle_event: 'demo' }, '/repo/apps/demo')).toBe('/repo');
    expect(userCwd({ INIT_CWD: '/stale' }, '/here')).toBe('/here');
    expect(userCwd({}, '/here')).toBe('/here');
  });
});
