import { describe, expect, it } from 'vitest';
import { outputPath } from './output-path.js';

describe('outputPath', () => {
  it.each([
    ['world/mosul.txt', '.html', 'out/world/mosul.html'],
    ['mosul', '.md', 'out/mosul.md'],
    ['archive.2024/story.text', '.json', 'out/archive.2024/story.json'],
    ['.hidden', '.md', 'out/.hidden.md'],
    ['corpus.ndjson', '.ndjson', 'out/corpus.ndjson'],
  ])('%s with %s goes to %s', (mirror, ext, expected) => {
    expect(outputPath('out', mirror, ext)).toBe(expected);
  });
});
