import type { Article } from '@copydesk/model';
import { articleArb, handmadeArticles, mosulGolden } from '@copydesk/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withPositions } from '../test/object-shapes.js';
import { renderJson } from './canonical-json.js';
import { createNdjsonTransformStream, ndjsonLine, toNdjson } from './ndjson.js';

const articles = (): Article[] => [mosulGolden(), ...Object.values(handmadeArticles())];

async function* slowly(items: Article[]): AsyncGenerator<Article> {
  for (const item of items) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    yield item;
  }
}

describe('toNdjson', () => {
  it('gives one line per article, each the compact canonical JSON and a newline', () => {
    const lines = [...toNdjson(articles())];
    expect(lines).toEqual(articles().map((a) => `${renderJson(a)}\n`));
  });

  it('keeps every line free of other newlines, whatever the text', () => {
    fc.assert(
      fc.property(articleArb(), fc.string({ unit: 'binary' }), (a, title) => {
        const line = ndjsonLine({ ...a, meta: { ...a.meta, title: `${title}\n\r\u2028` } });
        expect(line.indexOf('\n')).toBe(line.length - 1);
        expect(JSON.parse(line).meta.title).toBe(JSON.parse(JSON.stringify(`${title}\n\r\u2028`)));
      }),
      { numRuns: 200 },
    );
  });

  it('reads an async iterable lazily and in order', async () => {
    const out: string[] = [];
    const lines = toNdjson(slowly(articles()));
    expect(Symbol.asyncIterator in lines).toBe(true);
    for await (const line of lines) out.push(line);
    expect(out.join('')).toBe([...toNdjson(articles())].join(''));
  });

  it('leaves positions out when asked', () => {
    const [line] = [...toNdjson([withPositions(handmadeArticles()['every-node']!)], { positions: false })];
    expect(line).not.toContain('"position"');
  });

  it('refuses what is not iterable', () => {
    expect(() => toNdjson(42 as unknown as Article[])).toThrow(/expected an iterable/);
  });
});

describe('createNdjsonTransformStream', () => {
  it('turns a stream of articles into a stream of lines', async () => {
    const source = new ReadableStream<Article>({
      start(controller) {
        for (const a of articles()) controller.enqueue(a);
        controller.close();
      },
    });
    let text = '';
    await source.pipeThrough(createNdjsonTransformStream()).pipeTo(
      new WritableStream<string>({
        write(chunk) {
          text += chunk;
        },
      }),
    );
    expect(text).toBe([...toNdjson(articles())].join(''));
  });
});
