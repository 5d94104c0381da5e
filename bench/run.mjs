// scripts/bench runs this after building: Kring and its peer (Cytoscape.js) measured in
// one run, then the native core benchmarks; prints one table and writes
// bench/results.json. Absolute times on a shared machine are noisy; the Kring/peer
// ratios, measured side by side in the same minutes, are what to compare.
//
//   node bench/run.mjs [--runs 5] [--sizes 50,300,1000] [--drags 3] [--no-core]
import { spawnSync } from 'node:child_process';
import { writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { generateMap } from './generate.mjs';
import { startBenchServer } from './server.mjs';
import { launchBrowser, loadOnce, firstVisit, dragOnce, panOnce, transferSize, stats, APPS } from './browser.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const FRAME_BUDGET_MS = 8.3; // one frame at 120 Hz
const TRANSFER_BUDGET_KB = 350; // gzip, everything the first screen needs
const LOAD_TARGET_RATIO = 0.75; // stored map painted, Kring/peer, at 300 and 1,000 persons
const LANDING_TARGET_MS = { 300: 16.7, 1000: 33 }; // the frame that lands a dragged person

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
}
const RUNS = Number(option('runs', 5));
const DRAGS = Number(option('drags', 3));
const SIZES = option('sizes', '50,300,1000').split(',').map(Number);
const CORE = !process.argv.includes('--no-core');

const log = (...parts) => console.error('  ', ...parts);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) : '–');

async function browserPart() {
  const server = await startBenchServer();
  const browser = await launchBrowser();
  try {
    log('transfer size');
    const kringReady = () => document.querySelector('svg.map') !== null;
    const transfer = {
      kring: await transferSize(browser, server.origin, APPS.kring.path, kringReady),
      peer: await transferSize(browser, server.origin, APPS.peer.path, () => window.peerRendered === true, generateMap(50)),
    };
    log('first visit');
    const first = [];
    for (let run = 0; run < RUNS; run++) first.push(await firstVisit(browser, server.origin));
    const firstVisits = {
      painted: stats(first.map((f) => f.painted)),
      firstPaint: stats(first.map((f) => f.firstPaint)),
      wasm: stats(first.map((f) => f.wasm)),
    };
    const sizes = [];
    for (const persons of SIZES) {
      const documentText = generateMap(persons);
      const load = { kring: [], peer: [] };
      const work = { kring: [], peer: [] };
      const intervals = { kring: [], peer: [] };
      const pans = { kring: [], peer: [] };
      // Each drag's slowest frame: the one that lands the person.
      const landings = { kring: [], peer: [] };
      for (let run = 0; run < RUNS; run++) {
        // Alternate the two, so a noisy minute on the machine hits both alike.
        for (const app of run % 2 ? ['peer', 'kring'] : ['kring', 'peer']) {
          const { ms: loaded, context, page } = await loadOnce(browser, server.origin, app, documentText, persons);
          load[app].push(loaded);
          if (run < DRAGS) {
            const drag = await dragOnce(page, app);
            if (!drag.moved) throw new Error(`${app}: the drag did not move ${drag.label}`);
            work[app].push(...drag.work);
            landings[app].push(Math.max(...drag.work));
            intervals[app].push(...drag.intervals);
            pans[app].push(...(await panOnce(page, app)).work);
          }
          await context.close();
        }
      }
      const entry = { persons, ties: 2 * persons };
      for (const app of ['kring', 'peer']) {
        entry[app] = { load: { runs: load[app], ...stats(load[app]) }, drag: stats(work[app]), interval: stats(intervals[app]),
          pan: stats(pans[app]), landing: stats(landings[app]) };
      }
      log(`${persons} persons: load kring ${ms(entry.kring.load.median)} ms, peer ${ms(entry.peer.load.median)} ms; ` +
        `drag p95 kring ${ms(entry.kring.drag.p95)} ms, peer ${ms(entry.peer.drag.p95)} ms`);
      sizes.push(entry);
    }
    return { transfer, firstVisits, sizes, chromium: browser.version() };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Runs one `cargo bench` target and reads its `name: median ... ms` lines. */
function cargoBench(name) {
  log(`cargo bench --bench ${name}`);
  const run = spawnSync('cargo', ['bench', '--locked', '--bench', name], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) return [{ bench: name, name, error: (run.stderr || '').trim().split('\n').slice(-3).join(' ') }];
  const results = [];
  for (const line of run.stdout.split('\n')) {
    const found = line.match(/^([^:]+):(.*?)median(?: of \d+ runs)?:\s*([0-9.]+)\s*(ms|µs|us)/);
    if (found) {
      const value = Number(found[3]) / (found[4] === 'ms' ? 1 : 1000);
      // "scene large: 1000 persons, 3000 ties; median ..." -> "scene large (1000 persons, 3000 ties)"
      const detail = found[2].replace(/[;,]\s*$/, '').trim();
      const label = detail ? `${found[1].trim()} (${detail})` : found[1].trim();
      results.push({ bench: name, name: label, median_ms: value, line: line.trim() });
    } else if (line.trim()) {
      results.push({ bench: name, note: line.trim() });
    }
  }
  return results;
}

function corePart() {
  const registered = readFileSync(`${ROOT}/Cargo.toml`, 'utf8');
  const benches = ['core', 'insights', 'scene'].filter((b) => registered.includes(`name = "${b}"`));
  return benches.flatMap(cargoBench);
}

function machine(chromium) {
  const cpus = os.cpus();
  const rustc = spawnSync('rustc', ['--version'], { encoding: 'utf8' }).stdout.trim();
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  return {
    cpu: `${cpus[0]?.model ?? 'unknown'} (${cpus.length} logical cores)`,
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version, rustc, chromium, commit,
    date: new Date().toISOString(),
  };
}

function table(results) {
  const lines = [];
  const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`);
  const { transfer, sizes, firstVisits } = results.browser;
  lines.push(`Transfer (everything the first screen loads): ${kb(transfer.kring.bytes)} KB, ${kb(transfer.kring.gzip)} KB gzip, ` +
    `${kb(transfer.kring.brotli)} KB brotli (budget ${TRANSFER_BUDGET_KB} KB gzip: ` +
    `${transfer.kring.gzip / 1024 <= TRANSFER_BUDGET_KB ? 'within' : 'OVER'}); ` +
    `peer ${kb(transfer.peer.bytes)} KB, ${kb(transfer.peer.gzip)} KB gzip, ${kb(transfer.peer.brotli)} KB brotli; ` +
    `Kring/peer ${ratio(transfer.kring.gzip, transfer.peer.gzip)} (gzip)`);
  for (const f of transfer.kring.files) lines.push(`  ${f.path}: ${kb(f.bytes)} KB, ${kb(f.gzip)} KB gzip, ${kb(f.brotli)} KB brotli`);
  if (firstVisits) {
    lines.push('', `First visit, empty browser (median of ${firstVisits.painted.n}): HTML first painted at ` +
      `${ms(firstVisits.firstPaint.median)} ms, wasm fetched and instantiated by ${ms(firstVisits.wasm.median)} ms, ` +
      `the empty map painted at ${ms(firstVisits.painted.median)} ms ` +
      `(${ms(firstVisits.painted.median - firstVisits.wasm.median)} ms after the wasm was ready).`);
  }
  lines.push('');
  row('persons (ties)', 'load Kring ms (min–max)', 'load peer ms (min–max)', 'load Kring/peer',
    'drag frame work Kring median / p95 / slowest ms', 'peer median / p95 / slowest ms', 'p95 Kring/peer',
    `Kring p95 ≤ ${FRAME_BUDGET_MS} ms`, 'frame interval p95 Kring / peer (60 Hz)', 'pan frame work median / p95 ms, Kring; peer');
  row(...Array(10).fill('---'));
  for (const s of sizes) {
    const [k, p] = [s.kring, s.peer];
    row(`${s.persons} (${s.ties})`,
      `${ms(k.load.median)} (${ms(k.load.min)}–${ms(k.load.max)})`,
      `${ms(p.load.median)} (${ms(p.load.min)}–${ms(p.load.max)})`,
      ratio(k.load.median, p.load.median),
      `${ms(k.drag.median)} / ${ms(k.drag.p95)} / ${ms(k.landing.median)} (${k.drag.n} frames)`,
      `${ms(p.drag.median)} / ${ms(p.drag.p95)} / ${ms(p.landing.median)} (${p.drag.n} frames)`,
      ratio(k.drag.p95, p.drag.p95),
      k.drag.p95 <= FRAME_BUDGET_MS ? 'yes' : 'no',
      `${ms(k.interval.p95)} / ${ms(p.interval.p95)}`,
      `${ms(k.pan.median)} / ${ms(k.pan.p95)}; ${ms(p.pan.median)} / ${ms(p.pan.p95)}`);
  }
  lines.push('');
  for (const s of sizes) {
    const loadRatio = s.kring.load.median / s.peer.load.median;
    const landing = LANDING_TARGET_MS[s.persons];
    const parts = [`load ${ratio(s.kring.load.median, s.peer.load.median)}× the peer` +
      (s.persons >= 300 ? ` (target ≤ ${LOAD_TARGET_RATIO}: ${loadRatio <= LOAD_TARGET_RATIO ? 'met' : 'NOT met'})` : '')];
    if (landing) {
      parts.push(`landing frame ${ms(s.kring.landing.median)} ms (target ≤ ${landing} ms: ` +
        `${s.kring.landing.median <= landing ? 'met' : 'NOT met'})`);
    }
    lines.push(`${s.persons} persons: ${parts.join('; ')}.`);
  }
  const broken = sizes.find((s) => !(s.kring.drag.p95 <= FRAME_BUDGET_MS));
  lines.push('', broken
    ? `Drag breaks the ${FRAME_BUDGET_MS} ms frame budget at ${broken.persons} persons (p95 ${ms(broken.kring.drag.p95)} ms).`
    : `Drag stays within ${FRAME_BUDGET_MS} ms (p95) at every size measured.`);
  if (results.core.length) {
    lines.push('');
    row('core benchmark (native, release)', 'median ms');
    row('---', '---');
    for (const c of results.core) {
      if (c.median_ms !== undefined) row(c.name, c.median_ms.toFixed(3));
      else if (c.error) row(`${c.name} (failed)`, c.error);
    }
    for (const c of results.core.filter((c) => c.note)) lines.push(`  ${c.note}`);
  }
  return lines.join('\n');
}

const browser = await browserPart();
const core = CORE ? corePart() : [];
const results = { machine: machine(browser.chromium), runs: RUNS, drags: DRAGS, frame_budget_ms: FRAME_BUDGET_MS, browser, core };
writeFileSync(`${ROOT}/bench/results.json`, JSON.stringify(results, null, 2) + '\n');
console.log(table(results));
console.log(`\nMachine: ${results.machine.cpu}, ${results.machine.memory_gb} GB, ${results.machine.os}, ` +
  `Chromium ${results.machine.chromium}, ${results.machine.rustc}, Node ${results.machine.node}; commit ${results.machine.commit}`);
console.log('Written: bench/results.json');
