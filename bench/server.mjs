// Serves Kring's release build (dist/) at / and the peer page (bench/peer/ with
// Cytoscape.js from node_modules) at /peer/, on one local origin, so both read the same
// IndexedDB. A temporary folder of symbolic links puts them side by side for the
// static server the tests use.
import { mkdtempSync, readdirSync, symlinkSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { serve } from '../scripts/lib/static-server.mjs';

const require = createRequire(import.meta.url);
const ROOT = new URL('..', import.meta.url).pathname;

export async function startBenchServer() {
  const dist = process.env.KRING_DIST ?? join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('no dist/index.html: run `trunk build --release` first');
  const stage = mkdtempSync(join(tmpdir(), 'kring-bench-'));
  for (const entry of readdirSync(dist)) symlinkSync(join(dist, entry), join(stage, entry));
  mkdirSync(join(stage, 'peer'));
  const peer = join(ROOT, 'bench', 'peer');
  for (const entry of readdirSync(peer)) symlinkSync(join(peer, entry), join(stage, 'peer', entry));
  symlinkSync(require.resolve('cytoscape/dist/cytoscape.min.js'), join(stage, 'peer', 'cytoscape.min.js'));
  const server = await serve(stage, 0);
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close() {
      server.close();
      rmSync(stage, { recursive: true, force: true });
    },
  };
}
