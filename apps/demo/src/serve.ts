import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  'img-src * data: blob:',
  "frame-src 'self' about:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The playground's built files, shipped in the package beside the CLI. */
export const WEB_ROOT = fileURLToPath(new URL('./web/', import.meta.url));

/**
 * Serve the playground's static files on 127.0.0.1 (never on other interfaces: it is a local
 * tool). The page parses in the browser; the server only hands out files. Resolves once
 * listening; port 0 picks a free port.
 *
 * @example
 * const { server, url } = await servePlayground(0);
 */
export async function servePlayground(port: number, root: string = WEB_ROOT): Promise<{ server: Server; url: string }> {
  const index = join(root, 'index.html');
  try {
    await stat(index);
  } catch {
    throw new Error(`the playground is not built (${index} is missing): run the package's build first`);
  }
  const server = createServer(async (request, response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    // normalize() resolves `..`; anything that lands outside the root is refused.
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(request.method === 'GET' || request.method === 'HEAD' ? 403 : 405).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        // The page runs only its own bundle; the preview frame may show an article's remote images.
        'content-security-policy': CONTENT_SECURITY_POLICY,
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${address.port}/` };
}
