import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Article, type Block, computeStats, toPlainText, validateArticle } from '@copydesk/model';
import { mosulGolden, mosulText, stripPositions } from '@copydesk/testkit';
import { describe, expect, it } from 'vitest';
import { findUnaccountedLines } from './accounting.js';
import { parseText } from './parse-text.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../test/fixtures');
const fixture = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

/** Positions aside: node positions and the metadata position map. */
function withoutPositions(article: Article): Article {
  const copy = stripPositions(article);
  delete copy.meta.positions;
  return copy;
}

const texts = (article: Article): string[] => article.children.map((block: Block) => toPlainText(block));
const removedKinds = (article: Article): string[] => article.removed.map((r) => `${r.kind}: ${r.text}`);

describe('parseText: the seed article', () => {
  it('equals the golden model, positions aside, with no warnings', () => {
    const article = parseText(mosulText());
    expect(withoutPositions(article)).toEqual(mosulGolden());
    expect(article.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('gives the same article for the text as bytes', () => {
    const bytes = new TextEncoder().encode(mosulText());
    expect(withoutPositions(parseText(bytes))).toEqual(mosulGolden());
  });

  it('accounts for every line, with positions into the original', () => {
    const text = mosulText();
    const article = parseText(text);
    expect(findUnaccountedLines(text, article)).toEqual([]);
    const title = article.meta.positions?.title;
    expect(title && text.slice(title.start.offset, title.end.offset)).toBe(article.meta.title);
    for (const removed of article.removed) {
      const p = removed.position!;
      expect(text.slice(p.start.offset, p.end.offset)).toBe(removed.text);
    }
  });

  it('keeps meta.stats equal to computeStats', () => {
    const article = parseText(mosulText());
    expect(article.meta.stats).toEqual(computeStats(article));
  });
});

describe('parseText: bad input', () => {
  it.each(['', '   ', '\n\n\t \r\n  \n'])('reads %j as an empty article with an error diagnostic', (input) => {
    const article = parseText(input);
    expect(article.meta.title).toBeUndefined();
    expect(article.children).toEqual([]);
    expect(article.diagnostics.some((d) => d.severity === 'error' && d.code === 'parse/empty')).toBe(true);
    expect(validateArticle(article).ok).toBe(true);
  });

  it('reports a failure inside the reader as a diagnostic and keeps the text', () => {
    const broken = {
      reason: 'a rule that cannot be read',
      get pattern(): RegExp {
        throw new Error('boom');
      },
    };
    const input = 'Storm Hits\n\nThe storm hit.\n';
    const article = parseText(input, { rules: [broken] });
    expect(article.diagnostics).toMatchObject([{ code: 'parse/internal-error', severity: 'error' }]);
    expect(article.children.map((b) => toPlainText(b))).toEqual(['Storm Hits\n\nThe storm hit.']);
    expect(findUnaccountedLines(input, article)).toEqual([]);
    expect(validateArticle(article).ok).toBe(true);
  });

  it('never throws on binary junk', () => {
    const junk = new Uint8Array(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
    const article = parseText(junk);
    expect(validateArticle(JSON.parse(JSON.stringify(article))).ok).toBe(true);
  });
});

describe('parseText: headlines', () => {
  it.each([
    ['ALL-CAPS', 'KENYAN ECONOMY FACES PROBLEMS, PRESIDENT SAYS\n\nThe economy faces problems.\n', 'KENYAN ECONOMY FACES PROBLEMS, PRESIDENT SAYS'],
    ['a kicker kept', 'BREAKING: Did the Senator Resign?\n\nThe senator did not resign, her office said.\n', 'BREAKING: Did the Senator Resign?'],
    ['a tag kept', 'Trump Gets Booed At Rally (VIDEO)\n\nThe crowd booed.\n', 'Trump Gets Booed At Rally (VIDEO)'],
  ])('reads %s', (_, input, title) => {
    expect(parseText(input).meta.title).toBe(title);
  });

  it.each([
    ['Obama Sued Police In 2011 ⋆ Freedom Daily', 'Obama Sued Police In 2011', 'Freedom Daily'],
    ['Trump Makes A Promise ‹ Opposition Report', 'Trump Makes A Promise', 'Opposition Report'],
    ['Donald Trump warns outgoing Ghana President – USA Radio', 'Donald Trump warns outgoing Ghana President', 'USA Radio'],
    ['Families Targeted In Round Up * LIBERTY WRITERS NEWS', 'Families Targeted In Round Up', 'LIBERTY WRITERS NEWS'],
  ])('moves the site name of %j to source.name', (line, title, site) => {
    const article = parseText(`${line}\n\nThe body says something long enough to be a paragraph.\n`);
    expect(article.meta.title).toBe(title);
    expect(article.meta.source?.name).toBe(site);
  });

  it('keeps a dash that is part of the headline', () => {
    const article = parseText('UK Begins Wall – Meant to Keep Migrants Out (VIDEO)\n\nThe wall is long.\n');
    expect(article.meta.title).toBe('UK Begins Wall – Meant to Keep Migrants Out (VIDEO)');
    expect(article.meta.source).toBeUndefined();
  });

  it('reads a headline wrapped onto two capital lines', () => {
    const article = parseText(fixture('wire-hard-wrapped.txt'));
    expect(article.meta.title).toBe('SOUTHWEST BANCORP <SWB> RAISES QUARTERLY DIVIDEND');
  });

  it('has no headline when the text starts with a paragraph', () => {
    const input =
      'The central bank said on Tuesday that it would keep interest rates unchanged for the third month in a row, citing weak growth and low inflation across the region.\nIt said the decision was unanimous.\n';
    const article = parseText(input);
    expect(article.meta.title).toBeUndefined();
    expect(article.children.length).toBeGreaterThan(0);
  });

  it('sets aside the headline repeated as the first body line', () => {
    const article = parseText('Storm Hits Coast\n\nStorm hits coast\n\nA storm hit the coast on Monday.\n');
    expect(removedKinds(article)).toEqual(['title-repeat: Storm hits coast']);
    expect(texts(article)).toEqual(['A storm hit the coast on Monday.']);
  });

  it('splits a caption and the repeated headline on one line (Politico)', () => {
    const article = parseText(fixture('politico-caption.txt'));
    expect(article.meta.leadImage?.credit).toBe('Getty');
    expect(toPlainText(article.meta.leadImage!.caption!)).toBe("Donald Trump mocked Hillary Clinton's schedule on Monday.");
    expect(removedKinds(article)).toEqual([
      'title-repeat: Trump needles Clinton over debate prep',
      'promo: Story Continued Below',
      'signoff: Gabriel Debenedetti contributed to this report.',
      'byline: Authors:',
    ]);
    expect(article.children).toHaveLength(2);
    expect(article.meta.authors).toEqual([]);
  });
});

describe('parseText: bylines', () => {
  it.each([
    ['By Jane Roe and John Doe', ['Jane Roe', 'John Doe']],
    ['By Jane Roe, Staff Writer', ['Jane Roe']],
    ['Posted by Frank Wilkenmeyer on 19 Sep 2016', ['Frank Wilkenmeyer']],
    ['Posted by Jane Roe | March 3, 2016', ['Jane Roe']],
    ['By STEPHEN JUKES AND PHILIP SHEHADI, REUTERS', ['STEPHEN JUKES', 'PHILIP SHEHADI']],
    ['By: Jayson Veley / Natural News', ['Jayson Veley']],
    ['by Carl Greer, PhD, PsyD', ['Carl Greer']],
  ])('reads %j', (line, names) => {
    const article = parseText(`A Headline Here\n\n${line}\n\nThe first paragraph of the story is here and it is long enough.\n`);
    expect(article.meta.authors.map((a) => a.name)).toEqual(names);
    expect(article.removed.map((r) => r.kind)).toEqual(['byline']);
    expect(article.meta.positions?.byline).toBeDefined();
  });

  it('keeps the role of a single author', () => {
    const article = parseText('A Headline Here\n\nBy Jane Roe, Staff Writer\n\nThe story.\n');
    expect(article.meta.authors).toEqual([{ name: 'Jane Roe', role: 'Staff Writer' }]);
  });

  it('does not take a sentence starting with "By" for a byline', () => {
    const article = parseText('A Headline Here\n\nBy the time the police arrived, the crowd had gone.\n');
    expect(article.meta.authors).toEqual([]);
    expect(article.children).toHaveLength(1);
  });
});

describe('parseText: datelines', () => {
  it.each([
    ['LISBON (Reuters) - The storm hit.', { text: 'LISBON (Reuters) -', place: 'LISBON', agency: 'Reuters', date: null }, 'The storm hit.'],
    ['(CNN) – The storm hit.', { text: '(CNN) –', place: null, agency: 'CNN', date: null }, 'The storm hit.'],
    ['    OSLO, March 3 - The storm hit.', { text: 'OSLO, March 3 -', place: 'OSLO', agency: null, date: 'March 3' }, 'The storm hit.'],
    ['WASHINGTON—The storm hit.', { text: 'WASHINGTON—', place: 'WASHINGTON', agency: null, date: null }, 'The storm hit.'],
    ['New York (CNN)The storm hit.', { text: 'New York (CNN)', place: 'New York', agency: 'CNN', date: null }, 'The storm hit.'],
    ['IRVINE, Calif., March 5 - The storm hit.', { text: 'IRVINE, Calif., March 5 -', place: 'IRVINE, Calif.', agency: null, date: 'March 5' }, 'The storm hit.'],
    ['CEDAR RAPIDS, Iowa — The storm hit.', { text: 'CEDAR RAPIDS, Iowa —', place: 'CEDAR RAPIDS, Iowa', agency: null, date: null }, 'The storm hit.'],
    ['[10/31/16] The storm hit.', { text: '[10/31/16]', place: null, agency: null, date: '10/31/16' }, 'The storm hit.'],
  ])('reads %j', (line, dateline, rest) => {
    const input = `Storm Hits\n\n${line}\n\nMore later.\n`;
    const article = parseText(input);
    const { position, ...read } = article.meta.dateline!;
    expect(read).toEqual(dateline);
    expect(input.slice(position!.start.offset, position!.end.offset)).toBe(dateline.text);
    expect(texts(article)[0]).toBe(rest);
  });

  it.each(['The President (R) - said so.', 'I went home - then left.', 'Obama and Clinton met on Monday.'])('finds no dateline in %j', (line) => {
    expect(parseText(`Storm Hits\n\n${line}\n`).meta.dateline).toBeUndefined();
  });

  it('reads a dateline alone on its line', () => {
    const article = parseText('LOSS AT SOUTHWEST\n\n    DALLAS, March 12 -\n    Shr loss 44 cts\n    Net loss 1,544,000\n Reuter\n');
    expect(article.meta.dateline?.place).toBe('DALLAS');
    expect(texts(article)).toEqual(['Shr loss 44 cts', 'Net loss 1,544,000']);
  });
});

describe('parseText: layouts', () => {
  it('unwraps hard-wrapped wire copy, keeping hyphenated words and indented paragraph starts', () => {
    const article = parseText(fixture('wire-hard-wrapped.txt'));
    expect(article.meta.authors.map((a) => a.name)).toEqual(['Jane Roe']);
    expect(article.meta.dateline?.text).toBe('DALLAS, March 12 -');
    expect(texts(article)).toEqual([
      'Southwest Bancorp said it raised its quar-terly dividend to 12 cts a share from ten cts, payable April 1 to holders of record March 20.',
      'The company said the long-term outlook for its Texas loans had improved.',
      'Shr 44 cts vs 1.13 dlrs',
      'NOTE - No forecast for current year',
    ]);
    expect(removedKinds(article)).toEqual(['byline: by Jane Roe, Reuters', 'signoff: REUTER']);
  });

  it('reads one paragraph per line without blank lines', () => {
    const body = Array.from({ length: 4 }, (_, i) => `Paragraph ${i + 1} of the story says a good deal more than a headline would.`).join('\n');
    const article = parseText(`The Headline\n\n${body}\n`);
    expect(article.children).toHaveLength(4);
  });

  it('keeps a body on one line as one paragraph and splits off the credit glued to it', () => {
    const article = parseText(fixture('one-line-glued-credit.txt'));
    expect(article.meta.title).toBe('Senator Walks Out Of Hearing After Heated Exchange (VIDEO)');
    expect(article.children).toHaveLength(1);
    expect(texts(article)[0]!.endsWith('nobody listens.')).toBe(true);
    expect(article.meta.leadImage?.credit).toBe('Win McNamee/Getty Images');
  });
});

describe('parseText: structure', () => {
  it('reads bullet and numbered lists as one block each', () => {
    const article = parseText(
      'The Plan\n\nThe proposals include:\n\n- lower taxes\n- fewer rules\n\n1. First step\n2. Second step\n\nThat is all.\n',
    );
    expect(article.children.map((b) => b.type)).toEqual(['paragraph', 'list', 'list', 'paragraph']);
    const numbered = article.children[2];
    expect(numbered?.type === 'list' && numbered.ordered && numbered.start).toBe(1);
  });

  it('reads a subheading between paragraphs', () => {
    const long = 'This paragraph is long enough to be running text, with a full stop at its end and more words after that.';
    const article = parseText(`The Headline\n\n${long}\n\nEvery Child Left Behind\n\n${long}\n`);
    expect(article.children.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('keeps quoted speech and Q/A as paragraphs', () => {
    const article = parseText('An Interview\n\nQ: Why did you run?\n\nA: Because nobody else would.\n\n“We will win,” she said.\n');
    expect(article.children.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('sets aside site furniture with kinds, reasons and rules, and reads its metadata', () => {
    const article = parseText(fixture('scraped-furniture.txt'));
    expect(article.meta.title).toBe('Economic Warning: “We All Know How This Party Ends”');
    expect(article.meta.source).toEqual({ name: 'Freedom Daily', url: 'http://www.example.com/economic-warning' });
    expect(article.meta.authors.map((a) => a.name)).toEqual(['Mac Slavo', 'Jane Roe']);
    expect(article.removed.map((r) => [r.kind, r.rule])).toEqual([
      ['title-repeat', 'title-repeat/headline-again'],
      ['share', 'share/counter'],
      ['byline', 'byline/by'],
      ['promo', 'promo/advertisement'],
      ['related', 'related/read-more'],
      ['related', 'related/link-list'],
      ['related', 'related/link-list'],
      ['syndication', 'syndication/delivered-by'],
      ['source', 'source/source-url'],
    ]);
    for (const removed of article.removed) expect(removed.reason.length).toBeGreaterThan(20);
    expect(article.children.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph']);
  });

  it('reads the Story highlights box as furniture and the CNN dateline after it', () => {
    const article = parseText(fixture('cnn-highlights.txt'));
    expect(article.meta.dateline).toMatchObject({ place: 'Washington', agency: 'CNN' });
    expect(removedKinds(article)).toEqual([
      'other: Story highlights Monday night marks the first of three debates',
      'other: This is how you can watch it',
      'related: Read More',
    ]);
    expect(article.children).toHaveLength(2);
  });

  it.each([
    ['(Reporting by Jane Roe; Editing by John Doe)', 'signoff'],
    ['Reuter', 'signoff'],
    ['The post Storm Hits appeared first on Daily Planet.', 'syndication'],
    ['This article was originally published at The Daily Planet', 'syndication'],
    ['Source : Daily Planet', 'source'],
    ['Via Daily Planet', 'source'],
    ['h/t Daily Planet', 'source'],
    ['Read more: Storm season arrives early in the south', 'related'],
    ['16.8k SHARES', 'share'],
    ['Facebook Twitter Pinterest Email', 'share'],
    ['Advertisement', 'promo'],
    ['Sign up for our daily newsletter', 'promo'],
  ])('sets aside %j as %s', (line, kind) => {
    const article = parseText(`Storm Hits\n\nThe storm hit the coast on Monday, officials said.\n\n${line}\n`);
    expect(article.removed.map((r) => r.kind)).toEqual([kind]);
    expect(article.children).toHaveLength(1);
  });

  it('reads source lines into source', () => {
    const article = parseText('Storm Hits\n\nThe storm hit.\n\nThe post Storm Hits appeared first on Daily Planet.\n\nSource: Weather Wire\n');
    expect(article.meta.source).toEqual({ originalPublisher: 'Daily Planet', name: 'Weather Wire' });
  });

  it('reads a lead image from a photo credit in parentheses', () => {
    const article = parseText('Storm Hits\n\n(Photo: Jane Roe/AP)\n\nThe storm hit the coast on Monday.\n');
    expect(article.meta.leadImage).toMatchObject({ type: 'figure', credit: 'Jane Roe/AP' });
    expect(article.meta.leadImage?.caption).toBeUndefined();
  });

  it('reads "Featured image via X" as the lead image credit', () => {
    const article = parseText('Storm Hits\n\nThe storm hit the coast on Monday.\n\nFeatured image via Flickr\n');
    expect(article.meta.leadImage?.credit).toBe('Flickr');
    expect(article.removed).toEqual([]);
  });

  it('reads a publication date line into meta.published', () => {
    const article = parseText('Storm Hits\n\nOctober 10, 2013\n\nThe storm hit the coast on Monday.\n');
    expect(article.meta.published).toBe('2013-10-10');
    expect(article.meta.positions?.published).toBeDefined();
  });
});

describe('parseText: options', () => {
  it('keeps boilerplate in the body, tagged, with keepBoilerplate', () => {
    const article = parseText(mosulText(), { keepBoilerplate: true });
    expect(article.removed).toEqual([]);
    const tagged = article.children.filter((b) => b.type === 'paragraph' && b.boilerplate);
    expect(tagged.map((b) => b.type === 'paragraph' && b.boilerplate?.kind)).toEqual(['promo', 'syndication', 'source']);
    expect(article.meta.source?.name).toBe('Israel in the News');
    expect(findUnaccountedLines(mosulText(), article)).toEqual([]);
  });

  it('applies extra rules before the built-in ones', () => {
    const article = parseText('Storm Hits\n\nThe storm hit.\n\nAcme Weekly: news you can use\n', {
      rules: [{ id: 'acme/plug', pattern: /^Acme Weekly:/, kind: 'promo', reason: 'Acme’s own plug.' }],
    });
    expect(article.removed).toMatchObject([{ kind: 'promo', rule: 'acme/plug', reason: 'Acme’s own plug.' }]);
  });

  it('applies a user rule given with the global flag the same on every line', () => {
    const input = 'Storm Hits\n\nThe storm hit.\n\nAcme Weekly: one\n\nAcme Weekly: two\n';
    const article = parseText(input, { rules: [{ pattern: /^Acme Weekly:/g, reason: 'Acme’s own plug.' }] });
    expect(article.removed.map((r) => [r.kind, r.rule])).toEqual([
      ['promo', 'user/1'],
      ['promo', 'user/1'],
    ]);
  });

  it('leaves positions out with positions: false', () => {
    const article = parseText(mosulText(), { positions: false });
    expect(JSON.stringify(article)).not.toContain('"position');
    expect(withoutPositions(article)).toEqual(mosulGolden());
  });
});

describe('parseText: lists', () => {
  it('makes each item a paragraph of its text after the marker, positioned on that text', () => {
    const text = 'A list of things\n\nThe things follow.\n\n-   first thing  \n- second\n* third\n';
    const article = parseText(text);
    const list = article.children.at(-1)!;
    expect(list.type).toBe('list');
    if (list.type !== 'list') return;
    const items = list.children.map((item) => {
      const paragraph = item.children[0]!;
      const start = paragraph.position!.start.offset;
      const end = paragraph.position!.end.offset;
      return [toPlainText(paragraph), text.slice(start, end), text.slice(item.position!.start.offset, item.position!.end.offset)];
    });
    expect(items).toEqual([
      ['first thing', 'first thing', '-   first thing'],
      ['second', 'second', '- second'],
      ['third', 'third', '* third'],
    ]);
    expect(validateArticle(article).ok).toBe(true);
  });
});
