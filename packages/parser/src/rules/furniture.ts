import type { LineRule } from './rule.js';

const MONTH_NAME = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** Page furniture with no better kind: comment widgets, disclaimers, separators, placeholders. */
export const FURNITURE_RULES: readonly LineRule[] = [
  // Comment widget labels and policies.
  {
    id: 'other/comments',
    kind: 'other',
    reason: 'A comment-section label or policy, not article text.',
    pattern: /^(?:comments?|\d{1,5} comments?|(?:source )?add to the conversation using facebook comments[^\n]{0,40}|you must be logged in to post a comment[^\n]{0,40}|please (?:adhere to|read) our comment(?:ing|s)? policy[^\n]{0,400}|privacy policy|terms of (?:use|service)|all rights reserved\.?)$/i,
    maxLength: 500,
  },
  // "7 thoughts on “Title” Name says: …": the comment section glued after the article.
  {
    id: 'other/comment-thread',
    kind: 'other',
    reason: 'The comment section under the article ("7 thoughts on …"), not article text.',
    pattern: /^\d{1,5} (?:thoughts|comments|responses|replies) (?:on|to) /,
    maxLength: 100000,
  },
  // Error pages scraped instead of, or after, the article.
  {
    id: 'other/error-page',
    kind: 'other',
    reason: 'Text of an error page or message the scraper captured, not article text.',
    pattern: /^(?:error|(?:o+ps[.!]{0,3} )?error 404|404(?: error)?|main error mes{1,2}age here|sorry, but the page you are looking for (?:doesn['’]t|does not) exist\.?|more detailed message would go here[^\n]{0,120}|page not found)$/i,
    maxLength: 200,
  },
  // A comment's time stamp: "October 31, 2016 at 4:52 am".
  {
    id: 'other/comment-timestamp',
    kind: 'other',
    reason: 'The time stamp of a reader comment, not article text.',
    pattern: /^[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4} at \d{1,2}:\d{2} ?(?:[ap]m|[AP]M)$/,
    maxLength: 40,
    endsWith: ['am', 'pm', 'AM', 'PM'],
  },
  // Disclaimers about outside links.
  {
    id: 'other/link-disclaimer',
    kind: 'other',
    reason: 'A disclaimer about external links, not article text.',
    pattern: /^External links are provided for reference purposes\b/,
    maxLength: 300,
  },
  // A site's name with its mark on a line of its own: "Before It's News ©".
  {
    id: 'other/site-mark',
    kind: 'other',
    reason: 'The site’s name and trademark or copyright sign, page furniture.',
    pattern: /^\(?[A-Za-z][^\n]{1,40} [©®™]\)?$/,
    maxLength: 45,
    endsWith: ['©', '®', '™', '©)', '®)', '™)'],
  },
  // "redOrbit.com": a site's name on a line of its own.
  {
    id: 'other/site-name',
    kind: 'other',
    reason: 'The site’s address standing alone as a name, page furniture.',
    pattern: /^[A-Za-z][\w-]{1,40}\.(?:com|org|net|info|co\.uk|news)$/,
    maxLength: 50,
    endsWith: ['.com', '.org', '.net', '.info', '.co.uk', '.news'],
  },
  // Copyright and reuse notices.
  {
    id: 'other/copyright',
    kind: 'other',
    reason: 'A copyright or reuse notice, not article text.',
    pattern: /^(?:copyright|©|\(c\) ?\d{4}|excerpts may be used|all content (?:on|of) this)\b/i,
    maxLength: 600,
  },
  // Opinion disclaimers: "The views expressed in this article are …".
  {
    id: 'other/disclaimer',
    kind: 'other',
    reason: 'A publisher’s disclaimer about the views expressed, not article text.',
    pattern: /^(?:note: {0,3})?(?:the views expressed|this article gives the views|the opinions expressed|disclaimer:|this (?:article|post) is based on )/i,
    maxLength: 500,
  },
  // Separators made only of rules and stars.
  {
    id: 'other/separator',
    kind: 'other',
    reason: 'A decorative separator line, or stray punctuation alone on a line.',
    pattern: /^[*—–=_~#.•·-]{1,80}$/,
    maxLength: 80,
  },
  // Placeholders of removed media and elisions: "{snip}", "[insert]", "[VIDEO]".
  {
    id: 'other/placeholder',
    kind: 'other',
    reason: 'A placeholder left where media or text was removed.',
    pattern: /^(?:\{snip\}|\[(?:insert|snip|video|embed|image|photo|audio)\]|\[…\]|\(…\)|links available after break|source|figure|image|embed|\{%[^\n]{0,300}%\}[^\n]{0,300})$/i,
    maxLength: 600,
  },
  // CNN's "Story highlights" box.
  {
    id: 'other/story-highlights',
    kind: 'other',
    reason: 'The "Story highlights" summary box from the page, not the article body.',
    pattern: /^Story highlights\b/,
    maxLength: 300,
    where: 'head',
  },
  // "Posted on October 10, 2013": a date on a line of its own under the headline.
  {
    id: 'other/date-line',
    kind: 'other',
    reason: 'The publication date on a line of its own; kept as meta.published.',
    pattern: new RegExp(
      `^(?:On |Posted on |Published:? |Updated:? )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?<published>${MONTH_NAME} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4})$`,
    ),
    maxLength: 60,
  },
  // "3-6-16", "6:45 PM": a bare date or time on a line of its own.
  {
    id: 'other/bare-date',
    kind: 'other',
    reason: 'A bare date or time on a line of its own, page furniture around the article.',
    pattern: /^(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}:\d{2} ?(?:[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)$/,
    maxLength: 20,
  },
  // Breadcrumbs: "Home › Section › Title".
  {
    id: 'other/breadcrumb',
    kind: 'other',
    reason: 'Site navigation breadcrumbs ("Home › Section › …").',
    pattern: /^Home ?[›>»|/] /,
    maxLength: 400,
  },
  // An editor's note in brackets.
  {
    id: 'other/editors-note',
    kind: 'other',
    reason: 'A bracketed editor’s note about the article’s history, not article text.',
    pattern: /^\[(?:editor['’]s note|this (?:post|article|story), originally published|update[sd]?:? \w{3,9}\.? \d)[^\n]{0,800}\]$/i,
    maxLength: 900,
  },
  // "Figure 1 – …": a caption of a figure lost in extraction.
  {
    id: 'other/figure-caption',
    kind: 'other',
    reason: 'The caption of a figure that was lost in extraction.',
    pattern: /^(?:Figure|Fig\.|Chart|Table) \d{1,3} ?[–—:.-] [^\n]{1,300}$/,
    maxLength: 320,
  },
];

/** Author biographies closing an article: "Jane Roe is a writer at …". */
export const BIO_RULES: readonly LineRule[] = [
  // "LifeNews.com is an independent news agency …", "American Chemical Society, ACS is a …":
  // the publisher's blurb; the subject is a web address or a name with its acronym.
  {
    id: 'other/publisher-blurb',
    kind: 'other',
    reason: 'The publisher’s description of itself closing the article, not part of the article.',
    pattern: /^(?:[A-Z][\w-]{0,40}\.(?:com|org|net)|[A-Z][^\n,]{0,60}, [A-Z]{2,6}) (?:is|are) (?:a|an|the) /,
    maxLength: 900,
    where: 'tail',
    includes: [' is a', ' is the ', ' are a', ' are the '],
  },
  {
    id: 'other/author-bio',
    kind: 'other',
    reason: 'An author biography closing the article, not part of the article itself.',
    pattern:
      /^(?:[^\n.!?]{0,120}[.!?] )?(?:[—–-] ?)?[A-Z][\w.'’-]{0,20}(?: [A-Z][\w.'’-]{0,20}){1,3} (?:is|was) (?:a |an |the )?[^\n]{0,100}?(?:[Ww]riter|[Aa]uthor|[Ee]ditor|[Jj]ournalist|[Pp]rofessor|[Hh]istorian|[Hh]ost|[Cc]ontributor|[Cc]olumnist|[Cc]orrespondent|[Ff]ounder|[Pp]ublisher|[Rr]eporter|[Aa]nalyst|[Ff]ellow|[Bb]logger|[Cc]ommentator|[Cc]hannel)\b/,
    maxLength: 900,
    where: 'tail',
    // The pattern needs " is " or " was ": a native search skips the backtracking on other lines.
    includes: [' is ', ' was '],
  },
];
