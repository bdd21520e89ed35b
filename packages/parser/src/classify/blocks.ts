import type { Block, BoilerplateTag, Figure, Heading, List, ListItem, Paragraph, Position } from '@copydesk/model/core';
import type { Layout } from '../layout/detect-layout.js';
import { sliceUnit, type Unit } from '../layout/unit.js';
import { CharCodeSet, countWords, endsSentence, isAllCaps, isDigit, isUpperLetter } from '../text/characters.js';
import { type ListMarker, listMarker, listMarkerKind, listMarkerLength } from './list-marker.js';

/** A unit kept in the body, tagged when it is boilerplate kept on request. */
export interface KeptUnit {
  unit: Unit;
  boilerplate: BoilerplateTag | undefined;
  /** Set when the unit is a picture: its figure block, made whole when it was recognised. */
  figure: Figure | undefined;
}

/**
 * Where blocks get their positions: the reader, which knows whether they are wanted. An
 * object with a method rather than a function: a closure made per article is a new call
 * target each time, and optimised code that calls one is thrown away for the next.
 */
export interface PositionSource {
  position(start: number, end: number): Position | undefined;
}

/**
 * Turn the kept units into blocks: runs of list items become one list (blank lines between
 * items allowed), short title-like lines between paragraphs become subheadings, the rest
 * paragraphs.
 */
export function buildBlocks(kept: readonly KeptUnit[], layout: Layout, positions: PositionSource): Block[] {
  const blocks: Block[] = [];
  const lineLayout = layout === 'blank-line' || layout === 'single-newline';
  // The last unit asked whether a roundup's section opens at it, and the answer.
  let askedOpensAt = -1;
  let opensAtAsked = false;
  for (let i = 0; i < kept.length; i++) {
    const item = kept[i]!;
    // A picture's figure was made whole when it was recognised. Every kind of block is pushed
    // at one place: code for a kind met only in a few articles (pictures in the body) would
    // otherwise first run long after this loop was compiled, and throw the compiled loop away.
    let block: Block | undefined = item.figure;
    if (block === undefined) {
      const marker = item.boilerplate ? undefined : listMarker(item.unit.text);
      if (marker) {
        let j = i + 1;
        while (j < kept.length) {
          const candidate = kept[j]!;
          const kind = candidate.boilerplate || candidate.figure ? undefined : listMarkerKind(candidate.unit.text);
          if (kind === undefined || (kind === 'number') !== marker.ordered) break;
          j++;
        }
        // A lone numbered line is a numbered subheading or a paragraph, not a list.
        if (j - i >= 2 || !marker.ordered) {
          block = makeList(kept, i, j, marker, positions);
          i = j - 1;
        }
      }
    }
    if (block === undefined) {
      const position = positions.position(item.unit.start, item.unit.end);
      let heading = false;
      if (lineLayout && !item.boilerplate) {
        // A roundup's section opens here, or at the unit before (see `opensSection`): asked
        // once of each unit, the answer for this one kept for the next.
        const opensHere = opensSection(kept, i);
        const opensBefore = i > 0 && (askedOpensAt === i - 1 ? opensAtAsked : opensSection(kept, i - 1));
        askedOpensAt = i;
        opensAtAsked = opensHere;
        heading = opensHere || opensBefore || isSubheading(kept, i);
      }
      block = heading ? makeHeading(item.unit, position) : makeParagraph(item.unit, item.boilerplate, position);
    }
    blocks.push(block);
  }
  return blocks;
}

// Blocks are made whole, their fields in the model's order, rather than given a position
// afterwards: a field added to a made object moves it to another shape and to a separate
// property store, for every paragraph of every article.

function makeParagraph(unit: Unit, boilerplate: BoilerplateTag | undefined, position: Position | undefined): Paragraph {
  const children = textChildren(unit);
  if (boilerplate) return position ? { type: 'paragraph', children, boilerplate, position } : { type: 'paragraph', children, boilerplate };
  return position ? { type: 'paragraph', children, position } : { type: 'paragraph', children };
}

function makeHeading(unit: Unit, position: Position | undefined): Heading {
  const children = textChildren(unit);
  return position ? { type: 'heading', depth: 2, children, position } : { type: 'heading', depth: 2, children };
}

/**
 * The list of the items `kept[from…to)`, each known to open with a marker like `first`'s.
 * The items are read straight from `kept` rather than gathered first with their markers: a
 * list of forty thousand items would keep as many extra objects alive while its blocks are
 * made, and the garbage collector copies every one that is still alive when it runs.
 */
function makeList(kept: readonly KeptUnit[], from: number, to: number, first: ListMarker, positions: PositionSource): List {
  const children: ListItem[] = [];
  for (let k = from; k < to; k++) {
    const unit = kept[k]!.unit;
    const markerLength = listMarkerLength(unit.text);
    const paragraph = itemParagraph(unit, markerLength, positions);
    // Made whole, like the blocks: a position added afterwards would cost a property store each.
    const position = positions.position(unit.start, unit.end);
    children.push(position ? { type: 'listItem', children: [paragraph], position } : { type: 'listItem', children: [paragraph] });
  }
  const list: List = { type: 'list', ordered: first.ordered, children };
  if (first.ordered && first.start !== undefined) list.start = first.start;
  const position = positions.position(kept[from]!.unit.start, kept[to - 1]!.unit.end);
  if (position) list.position = position;
  return list;
}

/**
 * The paragraph of a list item: its text after the marker, trimmed. An item of one run of the
 * input (nearly all) is cut here without the intermediate unit `sliceUnit` would make.
 */
function itemParagraph(unit: Unit, markerLength: number, positions: PositionSource): Paragraph {
  if (unit.pieces !== undefined) {
    const content = sliceUnit(unit, markerLength, unit.text.length) ?? unit;
    return makeParagraph(content, undefined, positions.position(content.start, content.end));
  }
  const text = unit.text;
  let from = markerLength;
  let to = text.length;
  // The same trimming as `sliceUnit`; nothing left, and the whole unit is the paragraph.
  while (from < to && text.charCodeAt(from) <= 32) from++;
  while (to > from && text.charCodeAt(to - 1) <= 32) to--;
  if (from >= to) return makeParagraph(unit, undefined, positions.position(unit.start, unit.end));
  const value = text.slice(from, to);
  const position = positions.position(unit.start + from, unit.start + to);
  const children: Paragraph['children'] = [{ type: 'text', value }];
  return position ? { type: 'paragraph', children, position } : { type: 'paragraph', children };
}

/** A block's one text node; the block carries the position, which would be the same. */
function textChildren(unit: Unit): Paragraph['children'] {
  return [{ type: 'text', value: unit.text }];
}

/** Characters a subheading never ends with. */
const NO_HEADING_ENDS = new CharCodeSet('.,;"”…!');

/**
 * A subheading is a short, title-like line between paragraphs of running text, followed by a
 * longer paragraph: `Every Child Left Behind`, `What is Groupthink?`, `1. 1960: Nixon sweats`.
 */
function isSubheading(kept: readonly KeptUnit[], index: number): boolean {
  if (index === 0) return false;
  const text = kept[index]!.unit.text;
  if (text.length > 100) return false;
  const next = kept[index + 1];
  if (!next || next.boilerplate || next.figure) return false;
  const nextText = next.unit.text;
  // Numbers, not a marker object read further down: every comparison here runs on every
  // line that gets this far, so none first runs after the code is compiled.
  const numbered = listMarkerLength(text) > 0;
  // Bullets are no digits: a marker that opens with one is a number.
  const ordered = isDigit(text.charCodeAt(0)) && numbered;
  if (nextText.length < (numbered ? 40 : 80) || nextText.length < text.length * 2 || listMarkerLength(nextText) > 0) return false;
  const words = countWords(text);
  if (words === 0 || words > (numbered ? 16 : 12)) return false;
  const last = text.charCodeAt(text.length - 1);
  if (NO_HEADING_ENDS.has(last)) return false;
  if (endsSentence(text) && last !== 63 /* ? */) return false;
  if (ordered) return true;
  // Dates, figures and bylines are not headings ("Jun 2, 2008 — Jim Bray", "By Lisa Haven").
  if (/\d/.test(text) || text.startsWith('By ')) return false;
  // "From Bearing Arms:", "As CNN reported:": lead-ins to a quotation, not headings.
  if (last === 58 /* : */ && /^(?:From|Via|As|According|Here|Per|Watch|Source|Read)\b/.test(text)) return false;
  if (!isUpperLetter(text[0])) return false;
  if (isAllCaps(text)) return words >= 1;
  return titleCase(text);
}

/**
 * A roundup's sections: an ALL-CAPS label ("TRANSPORTATION"), then the item's headline in any
 * case ("Auto insurance rates skyrocket nationwide"), then running text. Both are headings.
 * Asked of the units that become paragraphs (and of the unit before each), not of every unit
 * ahead of time: the items of a list of tens of thousands would each be read once more for
 * nothing.
 */
function opensSection(kept: readonly KeptUnit[], i: number): boolean {
  if (i + 2 >= kept.length) return false;
  const label = kept[i]!;
  const headline = kept[i + 1]!;
  const text = kept[i + 2]!;
  if (label.boilerplate || headline.boilerplate || text.boilerplate || label.figure || headline.figure) return false;
  const l = label.unit.text;
  if (l.length > 40 || countWords(l) > 4 || !isAllCaps(l) || /[\d.,;:!?]$/.test(l)) return false;
  const h = headline.unit.text;
  if (h.length > 100 || countWords(h) > 15 || endsSentence(h) || isAllCaps(h) || listMarkerLength(h) > 0) return false;
  return text.unit.text.length >= 80;
}

/** Most words of four letters or more start with a capital. */
function titleCase(text: string): boolean {
  let long = 0;
  let capitalised = 0;
  for (const word of text.split(' ')) {
    if (word.length < 4) continue;
    long++;
    if (isUpperLetter(word[0]) || isDigit(word.charCodeAt(0))) capitalised++;
  }
  return long > 0 && capitalised / long >= 0.75;
}
