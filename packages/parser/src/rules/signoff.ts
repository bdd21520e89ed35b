import type { LineRule } from './rule.js';

/** Wire-service sign-offs and contributor lines that close an article. */
export const SIGNOFF_RULES: readonly LineRule[] = [
  // Reuters' end-of-story marker in 1980s wire copy.
  {
    id: 'signoff/reuter',
    kind: 'signoff',
    reason: 'The wire service’s end-of-story sign-off ("Reuter").',
    pattern: /^(?:Reuter|REUTER|Reuters|REUTERS|AP|AFP|UPI)\.?$/,
    maxLength: 8,
  },
  // "RR": the writer's initials closing a blog post.
  {
    id: 'signoff/initials',
    kind: 'signoff',
    reason: 'The writer’s initials closing the article.',
    pattern: /^[A-Z]{2,3}$/,
    maxLength: 3,
    where: 'tail',
  },
  // "(Reporting by …; Editing by …)"
  {
    id: 'signoff/reporting-by',
    kind: 'signoff',
    reason: 'The wire credit for reporting and editing ("Reporting by …; Editing by …").',
    pattern: /^\(?(?:Reporting|Additional reporting|Writing|Editing|Compiled|Produced) by [^\n]{1,300}$/,
    maxLength: 400,
  },
  // "X contributed to this report."
  {
    id: 'signoff/contributed',
    kind: 'signoff',
    reason: 'A contributor note ("… contributed to this report"); contributors are not the article’s authors.',
    pattern: /^[^\n]{2,300} contributed (?:reporting )?to this (?:report|story|article)\.?$/,
    maxLength: 320,
    endsWith: ['report', 'report.', 'story', 'story.', 'article', 'article.'],
  },
  // "Holley reported from Washington. Madigan reported from Waco."
  {
    id: 'signoff/reported-from',
    kind: 'signoff',
    reason: 'A note on where the reporters worked from, closing the article.',
    pattern: /^[A-Z][^\n.]{1,60} reported from [A-Z][^\n]{1,200}$/,
    includes: [' reported from '],
    maxLength: 260,
    where: 'tail',
  },
];
