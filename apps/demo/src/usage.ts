import { DEFAULT_PORT } from './options.js';

/** `--help`: what the command does, every flag, and the examples people copy. */
export const HELP = `copydesk: turn raw news articles into clean HTML, Markdown and JSON

Usage
  copydesk [inputs…] [options]      convert files, directories (recursively) or stdin
  copydesk serve [--port N]         open the playground page on http://127.0.0.1:${DEFAULT_PORT}/
  copydesk demo [--out DIR]         convert the bundled example article into ./out/

Inputs are files, directories (every file inside, recursively; hidden files skipped) or "-" for
stdin; no input reads stdin. With one input and no --out the result goes to stdout.

Options
  -t, --to FORMAT        html, md, json, ndjson or jsonfeed; repeat for several (default: md,
                         or ndjson with --ndjson-in)
  -o, --out DIR          write files under DIR, mirroring the input paths (a.txt → DIR/a.html);
                         ndjson goes to DIR/articles.ndjson, jsonfeed to DIR/feed.json, failures
                         to DIR/errors.ndjson
      --standalone       html: full documents (head, Open Graph, JSON-LD) instead of fragments
      --front-matter     md: YAML front matter with the metadata
      --keep-boilerplate keep promos, share lines and sign-offs in the body
      --from READER      text or auto (default: auto; sniffs the input; HTML, Markdown and
                         feeds are reported as not supported yet)
      --ndjson-in        inputs are NDJSON lines of {"id", "text"}; one result line per input
                         line, streamed at flat memory
  -j, --jobs N|auto      threads converting at once (default: auto, up to one per core,
                         added only for batches large enough to repay a thread's start-up)
      --max-bytes SIZE   skip inputs larger than SIZE, e.g. 10MB, 512KB (default: 10MB)
      --fail-fast        stop at the first failed input
  -q, --quiet            no progress, warnings or summary; errors are still reported
  -p, --port N           serve: the port (0 picks a free one)
  -h, --help             this help
  -v, --version          the version

Exit codes: 0 all inputs converted, 1 some failed (each is reported), 2 usage error.

Examples
  copydesk article.txt                          Markdown on stdout
  copydesk article.txt --to html --standalone > article.html
  cat article.txt | copydesk --to json
  copydesk articles/ --to html --to md --out out/
  copydesk articles/ --to ndjson > articles.ndjson
  copydesk articles/ --to jsonfeed --out site/
  copydesk corpus.ndjson --ndjson-in --to ndjson > parsed.ndjson
  copydesk serve --port 8080
`;

export const USAGE_HINT = 'Run copydesk --help for usage and examples.';
