// A tiny static file server for dist/, on 127.0.0.1 only. Used by scripts/serve and the
// end-to-end tests, so what is tested is what is served.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

/**
 * The headers every answer carries: the page's own Content-Security-Policy (read from its
 * <meta>, so there is one source) plus what only a header can say — `frame-ancestors
 * 'none'` (no other site may frame Kring) — and no MIME sniffing, no referrer, and a
 * browsing context of its own (COOP). README.md shows the same for nginx and Caddy.
 */
export async function securityHeaders(base) {
  let csp = '';
  try {
    const page = await readFile(join(base, 'index.html'), 'utf8');
    csp = page.match(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/)?.[1] ?? '';
  } catch {
    // No page built yet: only the fixed headers.
  }
  const policy = [csp.trim().replace(/;\s*$/, ''), "frame-ancestors 'none'"].filter(Boolean).join('; ');
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

export async function serve(root, port = 0) {
  const base = resolve(root);
  const headers = await securityHeaders(base);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) { res.writeHead(403, headers).end(); return; }
      if (path.endsWith('/')) file = join(file, 'index.html');
      let body;
      try { body = await readFile(file); } catch { body = null; }
      if (body === null) {
        // A single-page app: unknown paths get the page itself.
        if (extname(path) === '') { file = join(base, 'index.html'); body = await readFile(file); }
        else { res.writeHead(404, headers).end('not found'); return; }
      }
      // The brotli copy the build made (scripts/lib/precompress.mjs), for a browser that takes it.
      let encoding = {};
      if (/\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        const packed = await readFile(`${file}.br`).catch(() => null);
        if (packed) {
          body = packed;
          encoding = { 'Content-Encoding': 'br' };
        }
      }
      res.writeHead(200, {
        ...headers,
        ...encoding,
        Vary: 'Accept-Encoding',
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  return new Promise((ok) => { server.listen(port, '127.0.0.1', () => ok(server)); });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const server = await serve(root, Number(port));
  console.log(`serving ${root} on http://127.0.0.1:${server.address().port}/`);
}
