// Trunk post-build hook: writes a brotli-compressed copy (`name.br`, quality 11) beside
// every .wasm, .js and .css file of the build, so a server can send the smaller copy to a
// browser that accepts it without compressing on every request. scripts/serve does; the
// README says how a static host can (nginx `brotli_static on`, Caddy `precompressed br`).
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('precompress: TRUNK_STAGING_DIR is not set (run me from Trunk)');
  process.exit(1);
}
for (const name of readdirSync(dir)) {
  const path = join(dir, name);
  if (!statSync(path).isFile() || !['.wasm', '.js', '.css'].includes(extname(name))) continue;
  const body = readFileSync(path);
  const packed = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  writeFileSync(`${path}.br`, packed);
}
