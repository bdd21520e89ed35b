// The adversarial inputs for the scaling measure. Each builder takes a size `n` and returns an
// article whose work should grow linearly with `n`; the bench times it at n and at 4n.

const SENTENCE =
  'The council voted on Tuesday to extend the programme for another year, officials said, after a review found it had cut waiting times. ';

/** `n` ordinary paragraphs under a headline, separated by blank lines (a very long article). */
function longArticle(n) {
  const parts = ['A very long article about the council budget', ''];
  for (let i = 0; i < n; i++) parts.push(`Paragraph ${i + 1}: ${SENTENCE}${SENTENCE}`, '');
  return parts.join('\n');
}

/** A headline and one line of `n` bytes with no line break (the whole body on one line). */
function oneLongLine(n) {
  return `One line\n\n${SENTENCE.repeat(Math.ceil(n / SENTENCE.length)).slice(0, n)}`;
}

/** `n` blank lines between a headline and a closing paragraph. */
function blankLines(n) {
  return `Headline before the gap\n${'\n'.repeat(n)}The only paragraph after the gap.\n`;
}

/** `n` opening parentheses on one body line (the shape that trips backtracking dateline and caption patterns). */
function openParens(n) {
  return `Parentheses\n\n${'('.repeat(n)}\n`;
}

/** A bulleted list of `n` items under a headline. */
function longList(n) {
  const parts = ['A list of every item', '', 'The items follow.', ''];
  for (let i = 0; i < n; i++) parts.push(`- Item ${i + 1}: a short line of text for the list`);
  return `${parts.join('\n')}\n`;
}

/** `n` lines dense with HTML entities, mojibake and stray tags, the normaliser's heaviest input. */
function entitiesAndMojibake(n) {
  const lines = [
    'Caf&eacute; &amp; bar&nbsp;&mdash; it&#8217;s &#x201C;open&#x201D; &lt;today&gt;',
    'Itâ€™s a â€œquoteâ€\u009d â€” with an ellipsisâ€¦ and Ã© accents',
    'Stray </span>tags<br> and &nbsp &amp &copy without semicolons &hellip;',
    'Zero\u200bwidth\u00a0spaces and\u00adsoft hyphens; Â£1.3bn â‚¬20',
  ];
  const out = ['Entities and mojibake', ''];
  for (let i = 0; i < n; i++) out.push(lines[i % lines.length]);
  return `${out.join('\n')}\n`;
}

/** The scaling cases and their base size `n` (the 4n run uses four times as much). */
export const scalingCases = {
  longArticle: { build: longArticle, n: 2_500, describe: 'a long article (2,500 → 10,000 paragraphs)' },
  oneMbLine: { build: oneLongLine, n: 1_000_000, describe: 'one 1 MB line (→ 4 MB)' },
  blankLines: { build: blankLines, n: 100_000, describe: '100,000 blank lines (→ 400,000)' },
  openParens: { build: openParens, n: 50_000, describe: '50,000 "(" (→ 200,000)' },
  list: { build: longList, n: 10_000, describe: 'a 10,000-item list (→ 40,000)' },
  entitiesMojibake: {
    build: entitiesAndMojibake,
    n: 20_000,
    describe: '20,000 lines of entities and mojibake (→ 80,000)',
  },
};
