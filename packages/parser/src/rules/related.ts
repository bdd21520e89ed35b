import type { LineRule } from './rule.js';

/** Links to other stories that sites put inside or under the article. */
export const RELATED_RULES: readonly LineRule[] = [
  // "READ MORE ELECTION NEWS AT: 21st Century Wire 2016 Files": a site's topic-archive link.
  {
    id: 'related/topic-archive',
    kind: 'related',
    reason: 'A link to the site’s archive of stories on the topic, not part of this article.',
    pattern: /^(?:READ MORE|GET THE FULL STORY|MORE|ALL THE)\b[A-Z0-9 ’'&-]{0,60}: [^\n]{2,80}$/,
    maxLength: 160,
  },
  // "Read more: …", "Read Also …", "Related: …", "See also: …" with a headline after it.
  {
    id: 'related/read-more',
    kind: 'related',
    reason: 'A link to another story ("Read more: …"), not part of this article.',
    pattern: /^(?:read more|read also|also read|related(?: stories| articles| coverage| posts)?|see also|more on this|recommended(?: for you)?|you may also like|more from [A-Za-z ]{1,30}:)\b ?[:–—-]? ?/i,
    maxLength: 250,
  },
  // "Post navigation" and "—More…": pagination and read-on links.
  {
    id: 'related/navigation',
    kind: 'related',
    reason: 'Page navigation ("Post navigation", "More…"), not article text.',
    pattern: /^(?:post navigation|[—–-]{0,2} ?more ?(?:…|\.\.\.)|\[more ?(?:…|\.\.\.)?\]|previous post|next post|previously, on this case,[^\n]{0,80}:|reference links(?:, [^\n:]{1,60})?:?|check out our guide to [^\n]{1,120})$/i,
    maxLength: 160,
  },
  // "[ Read Related Article: …": a related-article box.
  {
    id: 'related/read-more',
    kind: 'related',
    reason: 'A link to another story ("Read more: …"), not part of this article.',
    pattern: /^\[ ?(?:read )?related(?: article| story| post)?:/i,
    maxLength: 250,
  },
  // "[Headline of another story]": Washington Post in-body related links.
  {
    id: 'related/bracketed-headline',
    kind: 'related',
    reason: 'The bracketed headline of a related story, linked from inside the body.',
    pattern: /^\[[A-Z“"‘'][^\]\n]{8,160}\]$/,
    maxLength: 170,
  },
  // "View <gallery title> <gallery title>": Politico gallery modules.
  {
    id: 'related/gallery',
    kind: 'related',
    reason: 'A gallery or video module teaser linking to other content.',
    pattern: /^(?:[Vv]iew|[Vv]ideo|[Pp]hotos|[Gg]allery|[Ww]atch|VIDEO|WATCH): ?[A-Z][^\n]{5,300}$|^View [A-Z][^\n]{5,300}\)$/,
    maxLength: 320,
  },
];
