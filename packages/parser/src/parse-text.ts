import {
  type Article,
  type Author,
  type Block,
  type Dateline,
  type Diagnostic,
  type Figure,
  type Meta,
  type MetaPositions,
  MODEL_VERSION,
  type Position,
  type Removed,
  type RemovedKind,
  type Source,
} from '@copydesk/model/core';
import { looksLikeName, matchByline, matchSignature, splitNames } from './classify/byline.js';
import { matchDateline } from './classify/dateline.js';
import { matchCaption, matchCreditLine, matchFeaturedImage, matchGluedCredit } from './classify/lead-image.js';
import { buildBlocks, type KeptUnit } from './classify/blocks.js';
import { splitGluedMidAd, splitGluedMidCredit, splitGluedSignature, splitGluedTail } from './classify/split-glued.js';
import { looksLikeHeadline, readTitle } from './classify/title.js';
import { endsWithColon, isHeadlineLike, isPullQuote, LEADING_BYLINE, shortLineRepeats } from './classify/unit-shapes.js';
import { decodeInput } from './decode/index.js';
import { buildUnits } from './layout/build-units.js';
import { detectLayout, type Layout } from './layout/detect-layout.js';
import { makeUnit, sliceUnit, type Unit } from './layout/unit.js';
import { unitFacts } from './layout/unit-facts.js';
import { type NormalisedText, normaliseText } from './normalise/index.js';
import type { ParseTextOptions } from './options.js';
import { BUILT_IN_RULES } from './rules/index.js';
import { type RuleIndex, ruleIndex } from './rules/rule-index.js';
import { rulesWithUserRules } from './rules/user-rules.js';
import { collapseSpace, comparisonKey, endsSentence, hasComparisonKey, isAllCaps } from './text/characters.js';
import { articleStats } from './stats.js';
import { isoDateFromWords } from './text/dates.js';
import { type SourceLine, splitLines } from './text/lines.js';

/** What a batch parser has learnt from the articles it has read (see `createTextParser`). */
export interface ParseContext {
  /** How many of the articles read so far hold this line (collapsed white space), or 0. */
  repeatedLineCount(line: string): number;
  /** How many articles have been read. */
  articlesSeen: number;
  /** Lines seen in at least this many articles are treated as site furniture. */
  minRepeats: number;
  /** Site names seen after headline dashes in earlier articles. */
  knownSites?: ReadonlySet<string>;
}

type Role = 'body' | 'removed' | 'lead-image' | 'dateline' | 'figure' | 'byline';

/**
 * A unit of the body and what was decided about it. A class, so every decision has the same
 * fields and shape whatever its role (the loops over decisions stay monomorphic). It has the
 * fields of a `KeptUnit`, so a unit kept in the body is handed on as it is.
 */
class Decision implements KeptUnit {
  constructor(
    readonly unit: Unit,
    readonly role: Role,
    /** Of a removed unit. */
    readonly kind: RemovedKind | undefined = undefined,
    readonly rule: string | undefined = undefined,
    readonly reason: string | undefined = undefined,
    /** Of a figure in the body: its block. */
    readonly figure: KeptUnit['figure'] = undefined,
    /** Of boilerplate kept in the body on request. */
    readonly boilerplate: KeptUnit['boilerplate'] = undefined,
  ) {}
}

function removal(unit: Unit, kind: RemovedKind, rule: string, reason: string): Decision {
  return new Decision(unit, 'removed', kind, rule, reason);
}

/** Units counted from the end where closing furniture (bios, sign-offs) is looked for. */
const TAIL_UNITS = 5;

const URL_LINE = /^(?:https?:\/\/|www\.)[^\s]{3,500}$/;
/** `http://site.com – Site Name`: a blog's link line. */
const URL_WITH_NAME = /^(?:https?:\/\/|www\.)[^\s]{3,200} [–—|-] [^\n]{1,80}$/;

/**
 * Read a plain-text news article into the Copydesk model.
 *
 * Decodes bytes (UTF-8, UTF-16 with BOM, Windows-1252), normalises the text in one pass,
 * detects the layout (blank-line or single-newline paragraphs, hard-wrapped wire copy, a body
 * on one line), then classifies each line: headline, byline, dateline, lead-image caption,
 * body blocks (paragraphs, subheadings, lists) and boilerplate, which is set aside in
 * `removed` with its kind and a reason. Positions point into the original input. Never
 * throws: problems are reported in `diagnostics`.
 *
 * @example
 * ```ts
 * import { parseText } from '@copydesk/parser';
 * const article = parseText('Storm hits coast\n\nLISBON (Reuters) - A storm hit…\n\nReuter\n');
 * article.meta.title;            // 'Storm hits coast'
 * article.meta.dateline?.agency; // 'Reuters'
 * article.removed[0]?.kind;      // 'signoff'
 * ```
 */
export function parseText(input: string | Uint8Array, options: ParseTextOptions = {}): Article {
  return parseTextWith(input, options, undefined);
}

/** `parseText` with what a batch parser has learnt; used by `createTextParser`. */
export function parseTextWith(input: string | Uint8Array, options: ParseTextOptions, context: ParseContext | undefined): Article {
  let decoded: ReturnType<typeof decodeInput>;
  try {
    decoded = decodeInput(input);
  } catch (error) {
    decoded = { text: '', encoding: 'utf-8', diagnostics: [failure('decode/failed', error)] };
  }
  const norm = normaliseText(decoded.text);
  let article: Article;
  try {
    article = new ArticleReader(norm, options, context).read();
  } catch (error) {
    article = fallbackArticle(norm, options, error);
  }
  article.diagnostics = [...decoded.diagnostics, ...norm.diagnostics, ...article.diagnostics];
  return article;
}

/**
 * The article when reading failed on a case no test foresaw: the whole text as one paragraph
 * (so nothing is lost) and an error diagnostic that says so. A bug, reported as data.
 */
function fallbackArticle(norm: NormalisedText, options: ParseTextOptions, error: unknown): Article {
  const children: Block[] = [];
  const start = norm.text.search(/\S/);
  if (start !== -1) {
    const end = norm.text.trimEnd().length;
    const paragraph: Block = { type: 'paragraph', children: [{ type: 'text', value: norm.text.slice(start, end) }] };
    if (options.positions !== false) paragraph.position = norm.positionOf(start, end);
    children.push(paragraph);
  }
  const article: Article = {
    type: 'article',
    version: MODEL_VERSION,
    meta: { authors: [], tags: [] },
    children,
    removed: [],
    diagnostics: [failure('parse/internal-error', error)],
  };
  article.meta.stats = articleStats(article);
  return article;
}

function failure(code: string, error: unknown): Diagnostic {
  return { code, severity: 'error', message: `The input could not be read: ${error instanceof Error ? error.message : String(error)}` };
}

/** One article's reading state; `read()` runs the stages in order. */
class ArticleReader {
  private readonly text: string;
  private readonly withPositions: boolean;
  private readonly rules: RuleIndex;
  private readonly meta: Meta = { authors: [], tags: [] };
  private readonly source: Source = {};
  private readonly removed: Removed[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private titleKeys: string[] = [];
  // What the hot paths ask of `meta`, kept here: `meta` gains its fields in reading order (the
  // order they are written out in), so its shape differs between articles and reading it
  // from code run for every line makes that code polymorphic.
  /** The headline, once read. */
  private title = '';
  private hasLeadImage = false;
  private hasBylinePosition = false;
  private sourceNameFromTitle = false;
  private layout: Layout = 'blank-line';

  constructor(
    private readonly norm: NormalisedText,
    private readonly options: ParseTextOptions,
    private readonly context: ParseContext | undefined,
  ) {
    this.text = norm.text;
    this.withPositions = options.positions !== false;
    this.rules = ruleIndex(options.rules && options.rules.length > 0 ? rulesWithUserRules(options.rules) : BUILT_IN_RULES);
  }

  read(): Article {
    const units = this.readUnits();
    if (units === undefined) {
      this.diagnostics.push({
        code: 'parse/empty',
        severity: 'error',
        message: 'The input is empty or holds only white space: there is no article to read.',
      });
      return this.finish([]);
    }
    return this.finish(this.buildBody(this.classify(units)));
  }

  /**
   * The body's units, the headline read off first; `undefined` when there is no line at all.
   * A stage of its own so that the lines are garbage once the units are made: on a long
   * input they would otherwise stay alive, and be copied by every collection, until the
   * blocks are built.
   */
  private readUnits(): Unit[] | undefined {
    const lines = splitLines(this.text);
    if (lines.length === 0) return undefined;
    const bodyStart = this.readTitle(lines, 0);
    const bodyLines = lines.slice(bodyStart);
    this.layout = detectLayout(bodyLines);
    return this.splitUnits(buildUnits(bodyLines, this.layout));
  }

  // ── headline ──────────────────────────────────────────────────────────────

  /** Take the headline off the first line(s); returns the index of the first body line. */
  private readTitle(lines: SourceLine[], first: number): number {
    const line = lines[first]!;
    const next = lines[first + 1];
    const followedByText = next !== undefined && !next.blankBefore;
    if (!looksLikeHeadline(line.text, followedByText)) return first;
    let end = first;
    let raw = line.text;
    // A headline wrapped onto a second line (Reuters keeps the wrap): both lines in capitals.
    if (followedByText && isAllCaps(line.text) && isAllCaps(next.text) && next.text.length < 80) {
      const after = lines[first + 2];
      if (after === undefined || after.blankBefore) {
        raw = `${line.text} ${next.text}`;
        end = first + 1;
      }
    }
    const title = readTitle(raw, this.context?.knownSites);
    this.meta.title = title.title;
    this.title = title.title;
    if (title.siteName) {
      this.source.name = title.siteName;
      this.sourceNameFromTitle = true;
    }
    this.titleKeys = [comparisonKey(title.title)];
    if (title.title !== raw) this.titleKeys.push(comparisonKey(raw));
    const position = this.position(line.start, lines[end]!.end);
    if (position) this.metaPositions().title = position;
    return end + 1;
  }

  private isTitleRepeat(text: string): boolean {
    if (this.titleKeys.length === 0) return false;
    const titleLength = this.title.length;
    if (text.length < titleLength * 0.7 || text.length > titleLength * 1.6 + 20) return false;
    // The same as comparing `comparisonKey(text)` (when not empty) with each key, without building it.
    for (const key of this.titleKeys) if (key.length > 0 && hasComparisonKey(text, key)) return true;
    return false;
  }

  // ── units ─────────────────────────────────────────────────────────────────

  /**
   * Split units that glue two things together: a credit or source glued to the last
   * sentence, a caption with the headline repeated after it.
   */
  private splitUnits(units: Unit[]): Unit[] {
    const out: Unit[] = [];
    for (let i = 0; i < units.length; i++) {
      const unit = units[i]!;
      // Politico: "Caption. | Getty Headline repeated" on one line under the headline;
      // "Headline again By A. Posted On …": the headline and the byline on one line.
      if (i < 4 && this.titleKeys.length > 0) {
        const split = this.splitTrailingTitle(unit) ?? this.splitLeadingTitle(unit);
        if (split) {
          out.push(...split);
          continue;
        }
      }
      if (unit.text.length > 40) {
        const pieces = splitGluedTail(unit, i >= units.length - 2) ?? splitGluedSignature(unit);
        const head = pieces ? pieces[0]! : unit;
        // Where line breaks were lost, a credit may be glued mid-paragraph too.
        const mid = head.text.length > 300 ? (splitGluedMidCredit(head) ?? splitGluedMidAd(head)) : undefined;
        // Most units split into nothing: pushed as they are, with no array of one made for them.
        if (mid) out.push(...mid);
        else out.push(head);
        if (pieces) for (let k = 1; k < pieces.length; k++) out.push(pieces[k]!);
        continue;
      }
      out.push(unit);
    }
    return out;
  }

  /** Split "Headline again By A" after the headline's last letter or digit. */
  private splitLeadingTitle(unit: Unit): Unit[] | undefined {
    const key = this.titleKeys[0]!;
    const text = unit.text;
    if (key.length === 0 || text.length <= this.title.length + 5 || text.length > this.title.length + 200) return undefined;
    let matched = 0;
    let i = 0;
    for (; i < text.length && matched < key.length; i++) {
      const k = comparisonKey(text[i]!);
      if (k === '') continue;
      if (k !== key[matched]) return undefined;
      matched++;
    }
    if (matched < key.length) return undefined;
    // Take the headline's closing punctuation with it ("Level!").
    while (i < text.length && text.charCodeAt(i) !== 32) i++;
    const head = sliceUnit(unit, 0, i);
    const tail = sliceUnit(unit, i, text.length);
    // Only when what follows is recognised furniture: a first sentence may open with the headline's words.
    if (!head || !tail || !(matchByline(tail.text) || this.rules.match(tail.text, 'head'))) return undefined;
    return [head, tail];
  }

  private splitTrailingTitle(unit: Unit): Unit[] | undefined {
    const title = this.title;
    if (unit.text.length <= title.length + 5 || !unit.text.endsWith(title)) return undefined;
    const cut = unit.text.length - title.length;
    const head = sliceUnit(unit, 0, cut);
    const tail = sliceUnit(unit, cut, unit.text.length);
    return head && tail ? [head, tail] : undefined;
  }

  // ── classification ────────────────────────────────────────────────────────

  private classify(units: Unit[]): Decision[] {
    const decisions: Decision[] = [];
    let head = true;
    let run: 'related' | 'highlights' | undefined;
    let firstBody = true;
    const tailFrom = units.length - TAIL_UNITS;
    const repeats = shortLineRepeats(units);
    for (let i = 0; i < units.length; i++) {
      const unit = units[i]!;
      const zone = head ? 'head' : i >= tailFrom ? 'tail' : 'body';
      const decision = this.decide(units, i, zone, run, repeats);
      // A picture whose caption took the credit line after it: the credit is read. Asked of
      // every decision (only a picture's unit ever reaches further), so that the check has
      // run long before the rare picture comes, and its code is not made again then.
      if (decision.unit.end > unit.end) i++;
      if (decision.role === 'body' && firstBody) {
        firstBody = false;
        const opened = this.openFirstParagraph(decision);
        decisions.push(...opened);
        head = false;
        run = undefined;
        continue;
      }
      if (decision.role === 'body' || decision.role === 'figure') head = false;
      if (decision.rule === 'other/story-highlights') run = 'highlights';
      else if (decision.kind === 'related' && (decision.unit.text.endsWith(':') || run === 'related')) run = 'related';
      else run = undefined;
      decisions.push(decision);
    }
    return decisions;
  }

  private decide(
    units: readonly Unit[],
    index: number,
    zone: 'head' | 'body' | 'tail',
    run: 'related' | 'highlights' | undefined,
    repeats: ReadonlyMap<string, number>,
  ): Decision {
    const unit = units[index]!;
    const text = unit.text;
    const isLast = index === units.length - 1;

    if (this.isTitleRepeat(text)) {
      return removal(unit, 'title-repeat', 'title-repeat/headline-again', 'The headline repeated as a line of the body.');
    }

    const matched = this.rules.match(text, zone, unitFacts(unit));
    if (matched) {
      this.takeRuleMetadata(matched.match, unit);
      return removal(unit, matched.rule.kind, matched.rule.id, matched.rule.reason);
    }

    if (run === 'highlights' && text.length <= 200 && !endsSentence(text)) {
      return removal(unit, 'other', 'other/story-highlights', 'A line of the "Story highlights" summary box, not the article body.');
    }

    const first = text.charCodeAt(0);
    if ((first === 104 /* h */ || first === 119) /* w */ && (URL_LINE.test(text) || (URL_WITH_NAME.test(text) && text.length < 300))) {
      if (this.source.url === undefined && URL_LINE.test(text)) this.source.url = text;
      return removal(unit, 'url', 'url/bare-url', 'A bare web address on a line of its own (the article’s address or a link without text).');
    }

    const byline = unit.signature ? matchSignature(text) : zone !== 'body' || index < 4 ? matchByline(text) : undefined;
    if (byline) {
      for (const author of byline.authors) this.addAuthor(author);
      if (byline.publisher) this.source.originalPublisher ??= byline.publisher;
      if (!this.hasBylinePosition) {
        const position = this.position(unit.start, unit.end);
        if (position) this.setBylinePosition(position);
      }
      return removal(unit, 'byline', byline.rule, byline.reason);
    }

    const featured = matchFeaturedImage(text);
    if (featured) {
      if (!this.hasLeadImage) {
        this.setLeadImage(unit, featured.caption, featured.credit);
        return new Decision(unit, 'lead-image');
      }
      return removal(unit, 'credit', featured.rule, 'A picture credit; the lead image already has one.');
    }

    // A caption followed by its credit line: a picture.
    const next = units[index + 1];
    if (next && text.length <= 120 && !isLast) {
      const credit = matchCreditLine(next.text);
      if (credit && !endsWithColon(text)) return this.picture(makeUnit(unit.text, unit.start, next.end, unit.pieces, unit.blankBefore, unit.indent, unit.signature), text, credit.credit);
    }

    if (zone === 'head' && !this.hasLeadImage && !isLast) {
      const caption = matchCaption(text);
      if (caption) {
        this.setLeadImage(unit, caption.caption, caption.credit);
        return new Decision(unit, 'lead-image');
      }
    } else {
      // A credit closes with a name, not a full stop: most paragraphs are skipped at once.
      const glued = endsSentence(text) ? undefined : matchGluedCredit(text);
      if (glued) return this.picture(unit, glued.caption, glued.credit);
      const credit = matchCreditLine(text);
      if (credit) return removal(unit, 'credit', credit.rule, credit.reason);
    }

    // Map lookups hash the whole string: only short lines can be repeated credits.
    const repeated = text.length <= 60 ? repeats.get(text) : undefined;
    if (repeated !== undefined && repeated >= 3) {
      if (!this.hasLeadImage) {
        this.setLeadImage(unit, undefined, text);
        return new Decision(unit, 'lead-image');
      }
      return removal(unit, 'credit', 'credit/repeated-credit', `A short line repeated ${repeated} times in the article where pictures stood: their credit.`);
    }

    if (run === 'related' && isHeadlineLike(text)) {
      return removal(unit, 'related', 'related/link-list', 'A headline in a list of links to other stories ("Read more:").');
    }

    if (isPullQuote(units, index)) {
      return removal(unit, 'other', 'other/pull-quote', 'A pull quote: a sentence of the article repeated as display text.');
    }

    const context = this.context;
    if (context && text.length >= 25 && text.length <= 600) {
      const count = context.repeatedLineCount(collapseSpace(text));
      if (count >= context.minRepeats) {
        return removal(unit, 
          'other',
          'repeated/across-articles',
          `This line appears in ${count} of the ${context.articlesSeen} articles read together: site furniture repeated across articles, not part of this one.`,
        );
      }
    }
    return new Decision(unit, 'body');
  }

  /** A picture met in the body: the lead image when there is none yet, else a figure block. */
  private picture(unit: Unit, caption: string | undefined, credit: string | undefined): Decision {
    if (!this.hasLeadImage) {
      this.setLeadImage(unit, caption, credit);
      return new Decision(unit, 'lead-image');
    }
    return new Decision(unit, 'figure', undefined, undefined, undefined, this.figureBlock(unit, caption, credit));
  }

  /** Read metadata carried by a rule's named groups. */
  private takeRuleMetadata(match: RegExpExecArray, unit: Unit): void {
    const groups = match.groups;
    if (!groups) return;
    const published = groups.published ? isoDateFromWords(groups.published) : undefined;
    if (published && this.meta.published === undefined) {
      this.meta.published = published;
      const position = this.position(unit.start, unit.end);
      if (position) this.metaPositions().published = position;
    }
    const name = groups.sourceName?.trim();
    if (name && !this.sourceNameFromTitle) this.source.name = name;
    const url = groups.sourceUrl?.trim();
    if (url) this.source.url = url;
    const names = groups.names ? splitNames(groups.names) : undefined;
    if (names) for (const author of names) this.addAuthor(author);
    const publisher = groups.publisher?.trim();
    if (publisher) this.source.originalPublisher = publisher.endsWith('.') ? publisher.slice(0, -1) : publisher;
  }

  private addAuthor(author: Author): void {
    if (!this.meta.authors.some((known) => known.name === author.name)) this.meta.authors.push(author);
  }

  private setLeadImage(unit: Unit, caption: string | undefined, credit: string | undefined): void {
    this.meta.leadImage = this.figureBlock(unit, caption, credit);
    this.hasLeadImage = true;
  }

  /** The figure of a picture: the lead image, or a block of the body. */
  private figureBlock(unit: Unit, caption: string | undefined, credit: string | undefined): Figure {
    const figure: Figure = { type: 'figure' };
    if (caption) figure.caption = [{ type: 'text', value: caption }];
    if (credit) figure.credit = credit;
    const position = this.position(unit.start, unit.end);
    if (position) figure.position = position;
    return figure;
  }

  /**
   * The first paragraph may open with a byline ("Bill Still – Good evening…") or a dateline
   * ("LISBON (Reuters) - …"): take them off; the paragraph keeps the rest.
   */
  private openFirstParagraph(decision: Decision): Decision[] {
    const out: Decision[] = [];
    let unit = decision.unit;
    const byline = LEADING_BYLINE.exec(unit.text.slice(0, 80));
    if (byline && looksLikeName(byline.groups!.names!)) {
      const bylineUnit = sliceUnit(unit, 0, byline[0].length);
      const rest = sliceUnit(unit, byline[0].length, unit.text.length);
      if (bylineUnit && rest) {
        this.addAuthor({ name: byline.groups!.names! });
        const position = this.position(bylineUnit.start, bylineUnit.end);
        if (position && !this.hasBylinePosition) this.setBylinePosition(position);
        out.push(removal(bylineUnit, 'byline', 'byline/leading-name', 'The writer’s name opening the first paragraph; kept in meta.authors.'));
        unit = rest;
      }
    }
    const match = matchDateline(unit.text);
    if (match) {
      const dateline: Dateline = { ...match.dateline };
      const rest = sliceUnit(unit, match.length, unit.text.length);
      const datelineUnit = sliceUnit(unit, 0, match.length) ?? unit;
      const position = this.position(datelineUnit.start, datelineUnit.end);
      if (position) dateline.position = position;
      this.meta.dateline = dateline;
      out.push(new Decision(datelineUnit, 'dateline'));
      if (rest) out.push(new Decision(rest, 'body'));
      return out;
    }
    out.push(new Decision(unit, 'body'));
    return out;
  }

  // ── body ──────────────────────────────────────────────────────────────────

  private buildBody(decisions: Decision[]): Block[] {
    const kept: KeptUnit[] = [];
    // An index, not `for…of`: this loop runs once per article over all its units, mostly
    // before it is optimised, and unoptimised the iterator makes a result object per unit.
    for (let i = 0; i < decisions.length; i++) {
      const decision = decisions[i]!;
      if (decision.role === 'body' || decision.role === 'figure') kept.push(decision);
      else if (decision.role === 'removed') {
        if (this.options.keepBoilerplate) {
          const boilerplate = { kind: decision.kind!, reason: decision.reason! };
          kept.push(new Decision(decision.unit, 'body', decision.kind, decision.rule, decision.reason, undefined, boilerplate));
          continue;
        }
        const kind = decision.kind!;
        const text = decision.unit.text;
        const reason = decision.reason!;
        const rule = decision.rule!;
        const position = this.position(decision.unit.start, decision.unit.end);
        // Made whole, in the model's field order (see `makeParagraph`).
        this.removed.push(position ? { type: 'removed', kind, text, reason, rule, position } : { type: 'removed', kind, text, reason, rule });
      }
    }
    return buildBlocks(kept, this.layout, this);
  }

  private finish(children: Block[]): Article {
    if (Object.keys(this.source).length > 0) this.meta.source = this.source;
    const article: Article = {
      type: 'article',
      version: MODEL_VERSION,
      meta: this.meta,
      children,
      removed: this.removed,
      diagnostics: this.diagnostics,
    };
    article.meta.stats = articleStats(article);
    return article;
  }

  private setBylinePosition(position: Position): void {
    this.metaPositions().byline = position;
    this.hasBylinePosition = true;
  }

  private metaPositions(): MetaPositions {
    this.meta.positions ??= {};
    return this.meta.positions;
  }

  /** The position of normalised `[start, end)` in the input, when positions are wanted. */
  position(start: number, end: number): Position | undefined {
    return this.withPositions ? this.norm.positionOf(start, end) : undefined;
  }
}

