// Every contender in the bench: what it consumes (the article bytes, as Copydesk reads files, or
// the article as Markdown), and a setup that returns the function one timed call runs on one
// article. Setups do the one-off work each library documents as its fast path (one markdown-it
// instance, one frozen unified processor) outside the timed passes.
import { floorHtml } from './floor.mjs';

/**
 * Imports a Copydesk package and returns the named export, failing with a message that says what
 * is missing rather than timing a stub.
 */
async function copydeskExport(pkg, name) {
  let mod;
  try {
    mod = await import(pkg);
  } catch (error) {
    if (error.code === 'ERR_MODULE_NOT_FOUND' && error.message.includes(pkg)) {
      throw new Error(`${pkg} is not built: run npx --yes pnpm@10 build`);
    }
    throw new Error(`${pkg} cannot be imported: ${error.message}`);
  }
  const value = mod[name];
  if (typeof value !== 'function') throw new Error(`${pkg} does not export a function ${name}() yet`);
  return value;
}

/**
 * Coerces a renderer's result to a string for the output-size check, so a renderer that returns
 * something other than a string is still measured by what it produced.
 */
function asText(value) {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

async function unifiedParts() {
  const [{ unified }, { default: remarkParse }, { default: remarkRehype }, { default: rehypeStringify }] =
    await Promise.all([import('unified'), import('remark-parse'), import('remark-rehype'), import('rehype-stringify')]);
  const { default: remarkStringify } = await import('remark-stringify');
  return { unified, remarkParse, remarkRehype, rehypeStringify, remarkStringify };
}

/** @type {Record<string, {measure: string, label: string, input: 'bytes' | 'markdown', setup: () => Promise<(input: any) => string>}>} */
export const contenders = {
  // ── textToHtml: one article in, its HTML out ──────────────────────────────────────────────
  'copydesk-html': {
    measure: 'textToHtml',
    label: 'copydesk parseText + renderHtml',
    input: 'bytes',
    async setup() {
      const parseText = await copydeskExport('@copydesk/parser', 'parseText');
      const renderHtml = await copydeskExport('@copydesk/render-html', 'renderHtml');
      return (bytes) => asText(renderHtml(parseText(bytes)));
    },
  },
  'markdown-it': {
    measure: 'textToHtml',
    label: 'markdown-it',
    input: 'markdown',
    async setup() {
      const { default: MarkdownIt } = await import('markdown-it');
      const md = new MarkdownIt();
      return (markdown) => md.render(markdown);
    },
  },
  marked: {
    measure: 'textToHtml',
    label: 'marked',
    input: 'markdown',
    async setup() {
      const { marked } = await import('marked');
      return (markdown) => marked.parse(markdown);
    },
  },
  micromark: {
    measure: 'textToHtml',
    label: 'micromark',
    input: 'markdown',
    async setup() {
      const { micromark } = await import('micromark');
      return (markdown) => micromark(markdown);
    },
  },
  unified: {
    measure: 'textToHtml',
    label: 'unified (remark-parse → remark-rehype → rehype-stringify)',
    input: 'markdown',
    async setup() {
      const { unified, remarkParse, remarkRehype, rehypeStringify } = await unifiedParts();
      const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).freeze();
      return (markdown) => String(processor.processSync(markdown));
    },
  },
  floor: {
    measure: 'textToHtml',
    label: 'naive floor (split, escape, <p>)',
    input: 'markdown',
    async setup() {
      return floorHtml;
    },
  },

  // ── parse: parseText alone, so the table shows how the textToHtml time splits ─────────────
  'copydesk-parse': {
    measure: 'parse',
    label: 'copydesk parseText alone (no rendering)',
    input: 'bytes',
    async setup() {
      const parseText = await copydeskExport('@copydesk/parser', 'parseText');
      // The block list stands in for output (its length keeps the work observable): no rendering is timed.
      return (bytes) => parseText(bytes).children;
    },
  },

  // ── pipeline: parse once, render HTML, Markdown and JSON ──────────────────────────────────
  'copydesk-pipeline': {
    measure: 'pipeline',
    label: 'copydesk parse once → HTML + Markdown + JSON',
    input: 'bytes',
    async setup() {
      const parseText = await copydeskExport('@copydesk/parser', 'parseText');
      const renderHtml = await copydeskExport('@copydesk/render-html', 'renderHtml');
      const renderMarkdown = await copydeskExport('@copydesk/render-markdown', 'renderMarkdown');
      const renderJson = await copydeskExport('@copydesk/render-json', 'renderJson');
      return (bytes) => {
        const article = parseText(bytes);
        return asText(renderHtml(article)) + asText(renderMarkdown(article)) + asText(renderJson(article));
      };
    },
  },
  'unified-pipeline': {
    measure: 'pipeline',
    label: 'unified parse once → HTML + Markdown + JSON.stringify(mdast)',
    input: 'markdown',
    async setup() {
      const { unified, remarkParse, remarkRehype, rehypeStringify, remarkStringify } = await unifiedParts();
      const parser = unified().use(remarkParse).freeze();
      const toHast = unified().use(remarkRehype).freeze();
      const html = unified().use(rehypeStringify).freeze();
      const markdown = unified().use(remarkStringify).freeze();
      return (source) => {
        const mdast = parser.parse(source);
        // mdast-util-to-hast builds a new tree and leaves the mdast untouched, so one parse serves all three.
        const hast = toHast.runSync(mdast);
        return html.stringify(hast) + markdown.stringify(mdast) + JSON.stringify(mdast);
      };
    },
  },

  // ── textToMarkdown: one article in, Markdown out (the mdast utilities' own job) ───────────
  'copydesk-markdown': {
    measure: 'textToMarkdown',
    label: 'copydesk parseText + renderMarkdown',
    input: 'bytes',
    async setup() {
      const parseText = await copydeskExport('@copydesk/parser', 'parseText');
      const renderMarkdown = await copydeskExport('@copydesk/render-markdown', 'renderMarkdown');
      return (bytes) => asText(renderMarkdown(parseText(bytes)));
    },
  },
  'mdast-util': {
    measure: 'textToMarkdown',
    label: 'mdast-util-from-markdown → mdast-util-to-markdown',
    input: 'markdown',
    async setup() {
      const { fromMarkdown } = await import('mdast-util-from-markdown');
      const { toMarkdown } = await import('mdast-util-to-markdown');
      return (markdown) => toMarkdown(fromMarkdown(markdown));
    },
  },
};
