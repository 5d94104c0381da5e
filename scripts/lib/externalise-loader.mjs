// Trunk post-build hook: moves Trunk's inline wasm loader <script> into its own file, so
// the page's Content-Security-Policy can forbid every inline script.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('externalise-loader: TRUNK_STAGING_DIR is not set (run me from Trunk)');
  process.exit(1);
}
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
let moved = 0;
html = html.replace(/<script type="module"([^>]*)>([\s\S]*?)<\/script>/g, (whole, attrs, body) => {
  if (/\ssrc=/.test(attrs) || !body.trim()) return whole;
  const name = `loader-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body);
  moved += 1;
  return `<script type="module" src="/${name}"></script>`;
});
if (moved === 0) {
  console.error('externalise-loader: found no inline loader script; did Trunk change?');
  process.exit(1);
}
if (/<script(?![^>]*\ssrc=)[^>]*>[\s\S]*?\S[\s\S]*?<\/script>/.test(html)) {
  console.error('externalise-loader: an inline script is left in index.html');
  process.exit(1);
}
writeFileSync(indexPath, html);
