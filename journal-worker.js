// Kring's crash journal (issue 13): a dedicated worker that keeps, per map, two files in
// the Origin Private File System and writes them through synchronous access handles,
// with flush() after every write, so a write it has acknowledged survives the browser
// being killed. It knows nothing about maps or records: the app (src/storage/journal.rs,
// format in src/io/journal.rs) hands it bytes and tells it where they go.
//
// Messages in (each with an `id`, answered with {id, ok, ...} in the order they came):
//   {op: 'hello'}                          -> {ok} when OPFS with sync handles works here
//   {op: 'list'}                           -> {maps: [{map, files: [ArrayBuffer, ArrayBuffer]}]}
//   {op: 'checkpoint', map, file, bytes}   -> file `file` (0 or 1) becomes exactly `bytes`
//                                             and is flushed; then the other file is emptied
//   {op: 'append', map, file, bytes}       -> `bytes` added to the end of `file`, flushed
//   {op: 'delete', map}                    -> both files gone
//   {op: 'release'}                        -> handles closed (another tab may write now)
// A map's files are held (locked) from its first write until another map is written or
// 'release'; a map held by another tab answers {ok: false, error: 'busy'}.
'use strict';

const DIR = 'kring-journal';
const SUFFIXES = ['.a.krj', '.b.krj'];

let dir = null;
/** The map whose files this worker holds: {map, handles: [h0, h1]}. */
let held = null;

async function directory() {
  if (!dir) dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(DIR, { create: true });
  return dir;
}

/** Map ids are Kring's own (`map-<digits>`); anything else is refused as a file name. */
function checkMap(map) {
  if (typeof map !== 'string' || !/^[A-Za-z0-9_-]{1,100}$/.test(map)) throw new Error(`bad map id ${map}`);
  return map;
}

function release() {
  if (!held) return;
  for (const handle of held.handles) {
    try { handle.close(); } catch { /* already closed */ }
  }
  held = null;
}

async function hold(map) {
  if (held?.map === map) return held.handles;
  release();
  const d = await directory();
  const handles = [];
  try {
    for (const suffix of SUFFIXES) {
      const file = await d.getFileHandle(map + suffix, { create: true });
      handles.push(await file.createSyncAccessHandle());
    }
  } catch (error) {
    for (const handle of handles) handle.close();
    if (error?.name === 'NoModificationAllowedError' || error?.name === 'InvalidStateError') {
      throw Object.assign(new Error('held by another tab'), { code: 'busy' });
    }
    throw error;
  }
  held = { map, handles };
  return handles;
}

function writeAll(handle, bytes, at) {
  let done = 0;
  while (done < bytes.byteLength) {
    const n = handle.write(bytes.subarray(done), { at: at + done });
    if (n <= 0) throw new Error('write made no progress');
    done += n;
  }
}

async function run(message) {
  switch (message.op) {
    case 'hello': {
      if (typeof FileSystemSyncAccessHandle === 'undefined' || !navigator.storage?.getDirectory) {
        return { ok: false, error: 'no-opfs' };
      }
      await directory();
      return { ok: true };
    }
    case 'list': {
      const d = await directory();
      const maps = new Map();
      for await (const [name, entry] of d.entries()) {
        const suffix = SUFFIXES.findIndex((s) => name.endsWith(s));
        if (entry.kind !== 'file' || suffix < 0) continue;
        const map = name.slice(0, -SUFFIXES[suffix].length);
        if (!maps.has(map)) maps.set(map, [new ArrayBuffer(0), new ArrayBuffer(0)]);
        let bytes;
        if (held?.map === map) {
          const handle = held.handles[suffix];
          bytes = new Uint8Array(handle.getSize());
          handle.read(bytes, { at: 0 });
          bytes = bytes.buffer;
        } else {
          try { bytes = await (await entry.getFile()).arrayBuffer(); } catch { bytes = new ArrayBuffer(0); }
        }
        maps.get(map)[suffix] = bytes;
      }
      const list = [...maps].map(([map, files]) => ({ map, files }));
      return { ok: true, maps: list, transfer: list.flatMap((m) => m.files) };
    }
    case 'checkpoint': {
      const handles = await hold(checkMap(message.map));
      const target = handles[message.file];
      const other = handles[1 - message.file];
      target.truncate(0);
      writeAll(target, new Uint8Array(message.bytes), 0);
      target.flush();
      // Only now is the older chain redundant: compact it away.
      other.truncate(0);
      other.flush();
      return { ok: true, size: target.getSize() };
    }
    case 'append': {
      const map = checkMap(message.map);
      if (held?.map !== map) return { ok: false, error: 'no-chain' };
      const handle = held.handles[message.file];
      const size = handle.getSize();
      try {
        writeAll(handle, new Uint8Array(message.bytes), size);
        handle.flush();
      } catch (error) {
        // Leave no half record behind (the app starts a new chain after a failure anyway).
        try { handle.truncate(size); handle.flush(); } catch { /* the app starts a new chain */ }
        throw error;
      }
      return { ok: true, size: handle.getSize() };
    }
    case 'delete': {
      const map = checkMap(message.map);
      if (held?.map === map) release();
      const d = await directory();
      for (const suffix of SUFFIXES) {
        try {
          await d.removeEntry(map + suffix);
        } catch (error) {
          if (error?.name !== 'NotFoundError') throw error;
        }
      }
      return { ok: true };
    }
    case 'release':
      release();
      return { ok: true };
    default:
      return { ok: false, error: `unknown op ${message.op}` };
  }
}

// One message at a time, in order: an append never overtakes the checkpoint before it,
// and a delete comes after every write that was asked for before it.
let queue = Promise.resolve();
self.onmessage = (event) => {
  const message = event.data;
  queue = queue.then(async () => {
    let reply;
    try {
      reply = await run(message);
    } catch (error) {
      reply = { ok: false, error: error?.code ?? error?.name ?? 'Error', message: String(error?.message ?? error) };
    }
    const transfer = reply.transfer ?? [];
    delete reply.transfer;
    self.postMessage({ id: message.id, ...reply }, transfer);
  });
};
