import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_MISSING, sharedDir } from '@copydesk/testkit';
import { describe, expect, test } from 'vitest';
import { decodeInput } from '../decode/decode.js';
import { normaliseText } from './normalise.js';

const shared = sharedDir();

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (name.endsWith('.txt')) out.push(path);
  }
  return out;
}

describe('every file of the shared text corpus', () => {
  if (!shared) {
    test.skip(SHARED_MISSING, () => {});
    return;
  }
  const files = filesUnder(join(shared, 'corpora/text'));

  test('has files to read', () => {
    expect(files.length).toBeGreaterThan(1000);
  });

  test('decodes and normalises without throwing, and every normalised line maps back inside one original line', () => {
    const failures: string[] = [];
    for (const path of files) {
      const decoded = decodeInput(readFileSync(path));
      const n = normaliseText(decoded.text);
      let lineStart = 0;
      for (let i = 0; i <= n.text.length; i++) {
        if (i < n.text.length && n.text.charCodeAt(i) !== 10) continue;
        const from = n.pointAt(n.toOriginal(lineStart));
        const to = n.pointAt(n.toOriginal(i));
        if (from.line !== to.line || from.offset > to.offset) {
          failures.push(`${path}: normalised line at ${lineStart} spans original lines ${from.line}–${to.line}`);
          break;
        }
        lineStart = i + 1;
      }
      if (n.text.includes('\r')) failures.push(`${path}: a CR survived`);
    }
    expect(failures).toEqual([]);
  });
});
