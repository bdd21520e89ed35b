#!/usr/bin/env node
// Checks every published package the way a user would meet it:
//   1. publint and @arethetypeswrong/cli on the package (0 errors, 0 warnings);
//   2. pack every package, install the tarballs into a fresh temporary project with npm,
//      and import each package from ESM and from CommonJS.
// Run after `build` (the root `check:packages` script builds first). Exits non-zero on any problem.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const PACKAGES = ['model', 'parser', 'render-html', 'render-markdown', 'render-json'];
// The command line is published too (as `copydesk`); it has a bin, not a library entry.
const CLI_DIR = join(root, 'apps', 'demo');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const failures = [];

function run(cmd, args, options = {}) {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

function step(label, fn) {
  try {
    const detail = fn();
    console.log(`ok    ${label}${detail ? ` (${detail})` : ''}`);
  } catch (error) {
    const output = [error.stdout, error.stderr, error.message].filter(Boolean).join('\n');
    console.log(`FAIL  ${label}\n${output.replace(/^/gm, '      ')}`);
    failures.push(label);
  }
}

for (const dir of PACKAGES) {
  const pkgDir = join(root, 'packages', dir);
  const { name } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  step(`${name}: publint`, () => {
    const out = run(bin('publint'), ['--strict', '--pack', 'npm'], { cwd: pkgDir });
    // publint prints "All good!" when it has nothing to say; any suggestion, warning or error fails.
    if (!/All good/i.test(out)) throw Object.assign(new Error('publint reported problems'), { stdout: out });
    return 'all good';
  });
  step(`${name}: are the types wrong`, () => {
    // The node16 profile checks Node's ESM and CJS resolution and bundlers. TypeScript's legacy
    // `node10` resolution ignores `exports`, so no subpath such as `@copydesk/model/schema.json`
    // can resolve there; the main entry still does, through `main` and `types`.
    run(bin('attw'), ['--pack', '.', '--profile', 'node16', '--format', 'table-flipped'], { cwd: pkgDir });
    return 'no problems';
  });
}

step('copydesk (the CLI): publint', () => {
  const out = run(bin('publint'), ['--strict', '--pack', 'npm'], { cwd: CLI_DIR });
  if (!/All good/i.test(out)) throw Object.assign(new Error('publint reported problems'), { stdout: out });
  return 'all good';
});

// Pack and install into a temporary project, as a user would from npm.
const work = mkdtempSync(join(tmpdir(), 'copydesk-pack-'));
try {
  const tarballs = {};
  step('pack every package', () => {
    for (const dir of PACKAGES) {
      const pkgDir = join(root, 'packages', dir);
      const { name } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
      // pnpm pack rewrites workspace: ranges to real versions, as publishing does.
      run('npx', ['--yes', 'pnpm@10', 'pack', '--pack-destination', work], { cwd: pkgDir });
      const file = readdirSync(work).find((f) => f.startsWith(name.replace('@', '').replace('/', '-')) && f.endsWith('.tgz'));
      if (!file) throw new Error(`no tarball for ${name}`);
      tarballs[name] = `file:${join(work, file)}`;
    }
    run('npx', ['--yes', 'pnpm@10', 'pack', '--pack-destination', work], { cwd: CLI_DIR });
    const cli = readdirSync(work).find((f) => /^copydesk-\d.*\.tgz$/.test(f));
    if (!cli) throw new Error('no tarball for copydesk');
    tarballs.copydesk = `file:${join(work, cli)}`;
    return `${Object.keys(tarballs).length} tarballs`;
  });
  const project = join(work, 'project');
  step('install the tarballs into a fresh project with npm', () => {
    run('mkdir', ['-p', project]);
    const overrides = Object.fromEntries(Object.keys(tarballs).map((name) => [name, `$${name}`]));
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'copydesk-smoke', private: true, dependencies: tarballs, overrides }, null, 2),
    );
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project });
  });
  const names = Object.keys(tarballs).filter((name) => name !== 'copydesk');
  step('run the installed copydesk command on the example it ships', () => {
    // As a user runs it from a shell: no INIT_CWD inherited from the pnpm script running this check
    // (the CLI resolves relative paths against INIT_CWD when a package manager starts it).
    const { INIT_CWD: _ignored, ...env } = process.env;
    const copydesk = join(project, 'node_modules', '.bin', 'copydesk');
    const version = run(copydesk, ['--version'], { cwd: project, env }).trim();
    const html = run(copydesk, ['node_modules/copydesk/example/mosul.txt', '--to', 'html'], { cwd: project, env });
    if (!html.includes('Last Stronghold of ISIS Caliphate')) throw new Error('the CLI did not render the example');
    return `version ${version}`;
  });
  step('import every package from ESM', () => {
    const lines = names.map((n, i) => `import * as m${i} from '${n}'; if (Object.keys(m${i}).length === 0) throw new Error('${n}: no exports');`);
    writeFileSync(join(project, 'smoke.mjs'), `${lines.join('\n')}\nconsole.log('esm ok');\n`);
    return run('node', ['smoke.mjs'], { cwd: project }).trim();
  });
  step('require every package from CommonJS', () => {
    const lines = names.map((n) => `{ const m = require('${n}'); if (Object.keys(m).length === 0) throw new Error('${n}: no exports'); }`);
    lines.push("{ const m = require('@copydesk/model/core'); if (typeof m.toPlainText !== 'function') throw new Error('@copydesk/model/core: no toPlainText'); }");
    writeFileSync(join(project, 'smoke.cjs'), `${lines.join('\n')}\nconsole.log('cjs ok');\n`);
    return run('node', ['smoke.cjs'], { cwd: project }).trim();
  });
  step('the parser and renderers load without zod (they use @copydesk/model/core)', () => {
    // A resolve hook that refuses zod: any import of it from the lean graph fails the check.
    writeFileSync(
      join(project, 'no-zod.mjs'),
      [
        "import { register } from 'node:module';",
        "register('data:text/javascript,' + encodeURIComponent('export async function resolve(specifier, context, next) { if (specifier === \"zod\" || specifier.startsWith(\"zod/\")) throw new Error(\"zod was imported by \" + context.parentURL); return next(specifier, context); }'));",
      ].join('\n'),
    );
    writeFileSync(
      join(project, 'lean.mjs'),
      [
        "import { article, paragraph, toPlainText } from '@copydesk/model/core';",
        "import { parseText } from '@copydesk/parser';",
        "import { renderHtml } from '@copydesk/render-html';",
        "import { renderMarkdown } from '@copydesk/render-markdown';",
        "import { renderJson } from '@copydesk/render-json';",
        "const a = parseText('A headline\\n\\nLISBON (Reuters) - A first paragraph.');",
        "if (!renderHtml(a).includes('<article') || !renderMarkdown(a) || !renderJson(a)) throw new Error('no output');",
        "if (toPlainText(article({ children: [paragraph('core')] })) !== 'core') throw new Error('core builders');",
        "console.log('no zod loaded');",
      ].join('\n'),
    );
    // The hook must be able to fail: the main entry of the model does import zod.
    writeFileSync(join(project, 'with-zod.mjs'), "import '@copydesk/model';\n");
    let refused = false;
    try {
      run('node', ['--import', './no-zod.mjs', 'with-zod.mjs'], { cwd: project });
    } catch {
      refused = true;
    }
    if (!refused) throw new Error('the no-zod hook let @copydesk/model load zod: the check cannot fail');
    return run('node', ['--import', './no-zod.mjs', 'lean.mjs'], { cwd: project }).trim();
  });
  step('model JSON Schema is exported as @copydesk/model/schema.json', () => {
    writeFileSync(join(project, 'schema.cjs'), "const s = require('@copydesk/model/schema.json'); if (!s.$defs || !s.$defs.Article) throw new Error('no Article definition'); console.log(Object.keys(s.$defs).length + ' definitions');\n");
    return run('node', ['schema.cjs'], { cwd: project }).trim();
  });
  step('end to end from the installed packages: text in, HTML, Markdown and JSON out', () => {
    writeFileSync(
      join(project, 'e2e.mjs'),
      [
        "import { parseText } from '@copydesk/parser';",
        "import { renderHtml } from '@copydesk/render-html';",
        "import { renderMarkdown } from '@copydesk/render-markdown';",
        "import { renderJson } from '@copydesk/render-json';",
        "import { validateArticle } from '@copydesk/model';",
        "const a = parseText('A headline\\n\\nLISBON (Reuters) - A first paragraph.\\n\\nSource: Example');",
        "if (!validateArticle(a).ok) throw new Error('invalid article');",
        "if (!renderHtml(a).includes('<article')) throw new Error('no <article>');",
        "if (!renderMarkdown(a).includes('A headline')) throw new Error('no title in Markdown');",
        "if (!validateArticle(JSON.parse(renderJson(a))).ok) throw new Error('JSON does not validate');",
        "console.log('e2e ok');",
      ].join('\n'),
    );
    return run('node', ['e2e.mjs'], { cwd: project }).trim();
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.log(`\ncheck:packages: ${failures.length} check(s) failed: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('\ncheck:packages: every check passed');
