import type { Article } from '@copydesk/model';
import { decodeInput, parseText } from '@copydesk/parser';
import { renderHtml } from '@copydesk/render-html';
import { renderJson } from '@copydesk/render-json';
import { renderMarkdown } from '@copydesk/render-markdown';
import seedArticle from '../../example/mosul.txt?raw';
import { describeRemoved, removedSegments } from './removed-segments.js';

/** The playground: parse what is in the text area and show the four views. All in the browser. */

const element = <T extends HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page lacks #${id}`);
  return found as T;
};

const input = element<HTMLTextAreaElement>('input');
const highlighted = element<HTMLPreElement>('highlighted');
const preview = element<HTMLIFrameElement>('preview');
const markdown = element<HTMLPreElement>('markdown');
const json = element<HTMLPreElement>('json');
const status = element<HTMLOutputElement>('status');
const legend = element<HTMLUListElement>('legend');
const diagnostics = element<HTMLElement>('diagnostics');
const keepBoilerplate = element<HTMLInputElement>('keep-boilerplate');
const standalone = element<HTMLInputElement>('standalone');
const frontMatter = element<HTMLInputElement>('front-matter');
const drop = element<HTMLDivElement>('drop');
const removalDetail = element<HTMLParagraphElement>('removal-detail');

function update(): void {
  const text = input.value;
  const started = performance.now();
  let article: Article;
  try {
    article = parseText(text, { keepBoilerplate: keepBoilerplate.checked });
  } catch (error) {
    status.textContent = `The parser failed: ${error instanceof Error ? error.message : String(error)}`;
    return;
  }
  const parsed = performance.now();
  preview.srcdoc = renderHtml(article, { standalone: standalone.checked });
  markdown.textContent = renderMarkdown(article, { frontMatter: frontMatter.checked });
  json.textContent = renderJson(article, { pretty: true });
  showRemovals(text, article);
  showDiagnostics(article);
  const words = article.meta.stats?.words;
  status.textContent =
    `${words ?? 0} words · ${article.removed.length} removed · ${article.diagnostics.length} diagnostics · ` +
    `parsed in ${(parsed - started).toFixed(1)} ms, rendered in ${(performance.now() - parsed).toFixed(1)} ms`;
  document.body.dataset.state = 'ready';
  document.body.dataset.readyMs ??= performance.now().toFixed(0);
}

function showRemovals(text: string, article: Article): void {
  const fragment = document.createDocumentFragment();
  for (const segment of removedSegments(text, article.removed)) {
    if (!segment.removed) {
      fragment.append(segment.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.className = 'removed';
    mark.dataset.kind = segment.removed.kind;
    mark.title = describeRemoved(segment.removed);
    mark.textContent = segment.text;
    fragment.append(mark);
  }
  highlighted.replaceChildren(fragment);
  const counts = new Map<string, number>();
  for (const r of article.removed) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  legend.replaceChildren(
    ...[...counts].map(([kind, count]) => {
      const item = document.createElement('li');
      item.dataset.kind = kind;
      item.textContent = `${kind} × ${count}`;
      return item;
    }),
  );
}

function showDiagnostics(article: Article): void {
  diagnostics.replaceChildren(
    ...article.diagnostics.map((d) => {
      const line = document.createElement('p');
      line.className = `diagnostic ${d.severity}`;
      const where = d.position ? ` (line ${d.position.start.line})` : '';
      line.textContent = `${d.severity}${where}: ${d.message} [${d.code}]`;
      return line;
    }),
  );
}

/** Files are read as bytes and decoded by the parser's rules (UTF-8, UTF-16 with a BOM, Windows-1252). */
async function loadFile(file: File): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // The decoded text is what positions point into, so it is what the page shows and parses.
  input.value = decodeInput(bytes).text;
  update();
}

// The title attribute gives the native tooltip; this line shows the same where it is easier to read.
highlighted.addEventListener('mouseover', (event) => {
  const mark = (event.target as HTMLElement).closest('mark.removed');
  if (mark instanceof HTMLElement) {
    removalDetail.textContent = mark.title;
    removalDetail.dataset.kind = mark.dataset.kind ?? '';
  }
});

let pending = 0;
input.addEventListener('input', () => {
  // Re-parse as the user types, at most every 120 ms: parsing a long article takes a few ms.
  window.clearTimeout(pending);
  pending = window.setTimeout(update, 120);
});
for (const toggle of [keepBoilerplate, standalone, frontMatter]) toggle.addEventListener('change', update);
element<HTMLButtonElement>('example').addEventListener('click', () => {
  input.value = seedArticle;
  update();
});
element<HTMLInputElement>('file').addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) void loadFile(file);
});
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.hidden = false;
});
document.addEventListener('dragleave', (event) => {
  if (event.relatedTarget === null) drop.hidden = true;
});
document.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.hidden = true;
  const file = event.dataTransfer?.files[0];
  if (file) void loadFile(file);
});

input.value = seedArticle;
update();
