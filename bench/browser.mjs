// Browser measurements for scripts/bench, the same for Kring and its peer (Cytoscape.js):
// what the page downloads, how long from navigation until the whole map is drawn, and
// how long each frame takes while one person is dragged across the map.
//
// Headless Chromium paints at a fixed 60 Hz, so a frame interval cannot show whether a
// frame would fit the 8.3 ms of a 120 Hz screen. So each frame's *work* is measured: from
// its requestAnimationFrame timestamp (the frame's start, before input handlers and
// animation callbacks run) to the first task after it, which runs once style, layout,
// paint and canvas drawing of that frame are done on the main thread. The intervals
// between frames are kept too: above 16.7 ms, a frame was dropped.
import { chromium } from 'playwright-core';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
export const VIEWPORT = { width: 1280, height: 900 };

export const APPS = {
  kring: { path: '/?lang=en', drawn: (n) => document.querySelectorAll('svg.map g.person').length >= n },
  peer: { path: '/peer/', drawn: () => window.peerRendered === true },
};

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/**
 * Injected before any page script: notes when the frame in which the map is complete has
 * been painted (`drawnAt`, milliseconds since navigation started) and, while recording,
 * every frame's start and end (see above) and every moment the drawing changed (DOM
 * mutations for Kring's SVG, a Cytoscape render for the peer).
 *
 * "Painted": the animation-frame callback that first sees the whole map posts a message;
 * the message task runs once that frame's style, layout and paint are done. (Taking the
 * next frame's start time instead, as this benchmark once did, stops Kring's clock before
 * its SVG is styled, laid out and painted, while a canvas page's drawing is already done
 * in its own callbacks: it flattered Kring by 0.1-0.3 s.)
 */
function probe({ expected, drawnSource }) {
  const drawn = new Function('n', `return (${drawnSource})(n);`);
  const bench = { drawnAt: null, starts: [], ends: [], changes: [], recording: false };
  window.__bench = bench;
  window.benchChange = () => { if (bench.recording) bench.changes.push(performance.now()); };
  const painted = new MessageChannel();
  painted.port1.onmessage = () => { bench.drawnAt = performance.now(); };
  const waitForMap = () => requestAnimationFrame(() => {
    if (drawn(expected)) painted.port2.postMessage(0);
    else waitForMap();
  });
  waitForMap();
  const after = new MessageChannel();
  after.port1.onmessage = (e) => { bench.ends[e.data] = performance.now(); };
  bench.start = () => {
    bench.recording = true;
    bench.starts = [];
    bench.ends = [];
    bench.changes = [];
    bench.observer?.disconnect();
    bench.observer = new MutationObserver(() => window.benchChange());
    bench.observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    const loop = (t) => {
      if (!bench.recording) return;
      after.port2.postMessage(bench.starts.push(t) - 1);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
  bench.stop = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => {
    bench.recording = false;
    setTimeout(() => ok({ starts: bench.starts, ends: bench.ends, changes: bench.changes }), 50);
  })));
}

/** Puts a Kring file into the origin's IndexedDB as the current map, as Kring saves it. */
async function seed(page, documentText) {
  await page.evaluate(async (documentText) => {
    const db = await new Promise((ok, fail) => {
      const req = indexedDB.open('kring', 1);
      req.onupgradeneeded = () => {
        for (const name of ['maps', 'settings']) req.result.createObjectStore(name);
      };
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    await new Promise((ok, fail) => {
      const tx = db.transaction(['maps', 'settings'], 'readwrite');
      const id = 'map-bench';
      tx.objectStore('maps').put({ id, title: 'Benchmark', updated: Date.now(), document: documentText, history: '' }, id);
      tx.objectStore('settings').put(id, 'current_map');
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, documentText);
}

/**
 * One cold load in a fresh browser context (empty cache, the map in storage): milliseconds
 * from navigation to the first frame after every person is on screen. The page stays
 * open for a drag; close `context` when done.
 */
export async function loadOnce(browser, origin, app, documentText, persons) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${origin}/peer/seed.html`);
  await seed(page, documentText);
  await page.addInitScript(probe, { expected: persons, drawnSource: APPS[app].drawn.toString() });
  await page.goto(origin + APPS[app].path);
  const ms = await page.waitForFunction(() => window.__bench?.drawnAt, null, { timeout: 120_000 })
    .then((handle) => handle.jsonValue());
  if (errors.length) throw new Error(`${app}: ${errors.join('; ')}`);
  return { ms, context, page };
}

/**
 * A first visit with an empty browser (no map stored, nothing cached): when the HTML was
 * first painted, when the wasm had been fetched and instantiated (the loader's
 * `kring-wasm-ready` mark, or the wasm response's end as a fallback), and when the empty
 * map was painted (as `loadOnce`, for zero persons).
 */
export async function firstVisit(browser, origin) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(probe, { expected: 0, drawnSource: '() => document.querySelector("svg.map") !== null' });
  await page.goto(origin + APPS.kring.path);
  const painted = await page.waitForFunction(() => window.__bench?.drawnAt, null, { timeout: 60_000 })
    .then((handle) => handle.jsonValue());
  const marks = await page.evaluate(() => {
    const paint = performance.getEntriesByType('paint').find((e) => e.name === 'first-paint');
    const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
    const mark = performance.getEntriesByName('kring-wasm-ready')[0];
    return { firstPaint: paint?.startTime ?? NaN, wasm: mark?.startTime ?? wasm?.responseEnd ?? NaN };
  });
  await context.close();
  return { painted, ...marks };
}

/** Where to grab the dragged person (the last one, drawn on top), and where to let go:
 * two wedges further round the map. */
async function dragPath(page, app) {
  const geometry = await page.evaluate((app) => {
    if (app === 'kring') {
      const person = [...document.querySelectorAll('svg.map g.person')].at(-1);
      const box = person.querySelector('circle').getBoundingClientRect();
      const m = document.querySelector('svg.map').getScreenCTM();
      return { label: person.getAttribute('aria-label'), x: box.x + box.width / 2, y: box.y + box.height / 2, cx: m.e, cy: m.f };
    }
    const node = window.peer.nodes().last();
    const rect = window.peer.container().getBoundingClientRect();
    const at = node.renderedPosition();
    const pan = window.peer.pan();
    return { label: node.data('label'), x: rect.x + at.x, y: rect.y + at.y, cx: rect.x + pan.x, cy: rect.y + pan.y };
  }, app);
  const turn = (2 * 2 * Math.PI) / 5;
  const dx = geometry.x - geometry.cx;
  const dy = geometry.y - geometry.cy;
  const end = { x: geometry.cx + dx * Math.cos(turn) - dy * Math.sin(turn), y: geometry.cy + dx * Math.sin(turn) + dy * Math.cos(turn) };
  return { label: geometry.label, start: { x: geometry.x, y: geometry.y }, end };
}

/**
 * Drags the last person across the map with the mouse in `steps` moves. Returns, for
 * every frame that drew part of the drag, its work and its interval to the next frame,
 * and whether the person really moved.
 */
export async function dragOnce(page, app, steps = 60) {
  const path = await dragPath(page, app);
  await page.mouse.move(path.start.x, path.start.y);
  await page.evaluate(() => window.__bench.start());
  await page.mouse.down();
  await page.mouse.move(path.end.x, path.end.y, { steps });
  await page.mouse.up();
  const recorded = await page.evaluate(() => window.__bench.stop());
  const after = await dragPath(page, app);
  const moved = after.label.split(',')[0] === path.label.split(',')[0] && Math.hypot(after.start.x - path.start.x, after.start.y - path.start.y) > 20;
  return { ...dragFrames(recorded), moved, label: path.label };
}

/**
 * Drags the map's paper (near its top-left corner, away from every person) 300 × 200
 * pixels in `steps` moves: what each frame of panning costs.
 */
export async function panOnce(page, app, steps = 60) {
  const grab = await page.evaluate((app) => {
    const frame = app === 'kring' ? document.querySelector('svg.map') : window.peer.container();
    const box = frame.getBoundingClientRect();
    return { x: box.x + 15, y: box.y + 15 };
  }, app);
  await page.mouse.move(grab.x, grab.y);
  await page.evaluate(() => window.__bench.start());
  await page.mouse.down();
  await page.mouse.move(grab.x + 300, grab.y + 200, { steps });
  await page.mouse.up();
  return dragFrames(await page.evaluate(() => window.__bench.stop()));
}

/** The frames in which the drawing changed: how long each took, and the gap to the next. */
export function dragFrames({ starts, ends, changes }) {
  const busy = new Set();
  for (const at of changes) {
    const i = starts.findLastIndex((t) => t <= at);
    if (i >= 0 && ends[i] !== undefined && at <= ends[i]) busy.add(i);
  }
  const frames = [...busy].sort((a, b) => a - b);
  return {
    work: frames.map((i) => ends[i] - starts[i]),
    intervals: frames.filter((i) => i + 1 < starts.length).map((i) => starts[i + 1] - starts[i]),
  };
}

/**
 * Every file a page loads, with its size as sent, gzipped (level 9) and brotli-compressed
 * (quality 11, what a static host serves precompressed): what a family's tablet downloads
 * the first time.
 */
export async function transferSize(browser, origin, path, ready, documentText) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  if (documentText) {
    await page.goto(`${origin}/peer/seed.html`);
    await seed(page, documentText);
  }
  const responses = [];
  page.on('response', (r) => responses.push(r));
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForFunction(ready, null, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const files = [];
  for (const r of responses) {
    if (!r.url().startsWith(origin)) throw new Error(`request outside the origin: ${r.url()}`);
    const body = await r.body().catch(() => Buffer.alloc(0));
    const brotli = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
    files.push({ path: new URL(r.url()).pathname, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli });
  }
  await context.close();
  const sum = (key) => files.reduce((total, f) => total + f[key], 0);
  return { files, bytes: sum('bytes'), gzip: sum('gzip'), brotli: sum('brotli') };
}

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return {
    n: sorted.length,
    median: sorted.length ? (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2 : NaN,
    p95: sorted.length ? at(0.95) : NaN,
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}
