import { sliceUnit, type Unit } from '../layout/unit.js';
import { matchRule } from '../rules/rule.js';
import { SIGNOFF_RULES } from '../rules/signoff.js';
import { SOURCE_RULES } from '../rules/source.js';
import { matchFeaturedImage } from './lead-image.js';

/**
 * Openings of credits and source lines that scrapers glue onto the last sentence when the
 * line break before them is lost: `…the constitution.Featured image by Joe Raedle/Getty Images`.
 */
const GLUED_MARKERS = [
  'Featured image',
  'Featured Image',
  'Featured photo',
  'FEATURED IMAGE',
  'Via:',
  'Read more:',
  'Read More:',
  'Source:',
  '(Source:',
  'h/t ',
  'H/T ',
  '(Reporting by',
];

/** How far from the end a glued tail may start. */
const TAIL_WINDOW = 300;

/**
 * Split a credit or source line glued to the end of a paragraph into its own unit, so it is
 * classified like a line of its own. The split is made only when the whole tail is then
 * recognised (a featured-image credit, a source line or a wire sign-off).
 */
export function splitGluedTail(unit: Unit): Unit[] | undefined {
  const text = unit.text;
  const from = Math.max(1, text.length - TAIL_WINDOW);
  let at = -1;
  for (const marker of GLUED_MARKERS) {
    const found = text.lastIndexOf(marker);
    if (found >= from && found > at) at = found;
  }
  if (at <= 0) return undefined;
  const tail = text.slice(at).trim();
  const recognised = matchFeaturedImage(tail) ?? matchRule(SOURCE_RULES, tail, 'tail') ?? matchRule(SIGNOFF_RULES, tail, 'tail');
  if (!recognised) return undefined;
  const head = sliceUnit(unit, 0, at);
  const rest = sliceUnit(unit, at, text.length);
  if (!head || !rest) return undefined;
  return [head, rest];
}
