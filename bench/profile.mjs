// Where a drag frame's time goes: loads a generated map into Kring's release build, drags
// one person the way `scripts/bench` does, with a Chromium trace running, and prints the
// main thread's time per trace event (script, style, layout, paint, …) and the wasm
// functions that took longest. A tool for looking, not a measurement to record.
//   node bench/profile.mjs [persons=300] [--app kring|peer]
import { launchBrowser, loadOnce, dragOnce } from './browser.mjs';
import { startBenchServer } from './server.mjs';
import { generateMap } from './generate.mjs';

const persons = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 300);
const app = process.argv.includes('peer') ? 'peer' : 'kring';
const server = await startBenchServer();
const browser = await launchBrowser();
try {
  const { page, context } = await loadOnce(browser, server.origin, app, generateMap(persons), persons);
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink' });
  const drag = await dragOnce(page, app);
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.end');
  await done;
  const { profile } = await cdp.send('Profiler.stop');
  const main = events.filter((e) => e.ph === 'X' && e.dur);
  const tid = mainThread(events);
  const totals = new Map();
  for (const e of main.filter((e) => e.tid === tid)) totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
  console.log(`drag frames ${drag.work.length}, work median ${median(drag.work).toFixed(1)} ms`);
  console.log('main thread, inclusive ms per event name:');
  for (const [name, ms] of sorted(totals).slice(0, 25)) console.log(`  ${ms.toFixed(1).padStart(8)}  ${name}`);
  console.log('the longest tasks, by phase (ms):');
  const phases = ['FunctionCall', 'FireAnimationFrame', 'RunMicrotasks', 'EventDispatch', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'MajorGC', 'MinorGC'];
  const mine = main.filter((e) => e.tid === tid);
  const first = Math.min(...mine.map((e) => e.ts));
  for (const task of mine.filter((e) => e.name === 'RunTask').sort((a, b) => b.dur - a.dur).slice(0, 6)) {
    const inside = mine.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
    const parts = phases.map((name) => [name, inside.filter((e) => e.name === name).reduce((t, e) => t + e.dur / 1000, 0)])
      .filter(([, ms]) => ms >= 0.5).map(([name, ms]) => `${name} ${ms.toFixed(1)}`);
    console.log(`  ${(task.dur / 1000).toFixed(1).padStart(6)} at ${((task.ts - first) / 1000).toFixed(0)} ms: ${parts.join(', ')}`);
  }
  console.log('self time per function (sampled):');
  for (const [name, ms] of sorted(selfTimes(profile)).slice(0, 30)) console.log(`  ${ms.toFixed(1).padStart(8)}  ${name}`);
  const longest = mine.filter((e) => e.name === 'RunTask').sort((a, b) => b.dur - a.dur)[0];
  if (longest) {
    console.log(`self time per function in the longest task (${(longest.dur / 1000).toFixed(1)} ms):`);
    const within = selfTimes(profile, [longest.ts, longest.ts + longest.dur]);
    for (const [name, ms] of sorted(within).slice(0, 25)) console.log(`  ${ms.toFixed(1).padStart(8)}  ${name}`);
  }
} finally {
  await browser.close();
  server.close();
}

function mainThread(events) {
  const named = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  return named?.tid;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1] ?? NaN;
}

/** Sampled self time per function, optionally only within `[from, to]` (trace clock, µs). */
function selfTimes(profile, [from, to] = [-Infinity, Infinity]) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const times = new Map();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i];
    if (at < from || at > to) continue;
    const node = byId.get(profile.samples[i]);
    const name = node.callFrame.functionName || `(${node.callFrame.url.split('/').at(-1)})`;
    times.set(name, (times.get(name) ?? 0) + profile.timeDeltas[i] / 1000);
  }
  return times;
}
