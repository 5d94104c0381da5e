// Deterministic test maps for the benchmark and the reliability tests: a Kring file
// (format version 2, see src/model/document.rs) with `persons` persons and twice as many
// ties, spread over every sector and ring, with support, risk and plain contact.
// The same (persons, seed) always gives the same file, byte for byte.
//
//   node bench/generate.mjs 300 > /tmp/map-300.kring.json

const FIRST_NAMES = ['Linda', 'Noah', 'Mila', 'Dennis', 'Ria', 'Henk', 'Samira', 'Bas', 'Joost', 'Ellen',
  'Karin', 'Omar', 'Fatima', 'Daan', 'Sanne', 'Yusuf', 'Anouk', 'Bram', 'Eva', 'Mehmet', 'Lotte', 'Jesse'];
const OUTER_SECTORS = ['family', 'friends', 'community', 'school_work', 'professionals'];
const SUPPORT = ['emotional', 'practical', 'childcare', 'housing', 'money', 'advice', 'company'];
const RISK = ['physical_violence', 'psychological_abuse', 'coercive_control', 'neglect', 'conflict', 'substance_use'];
const HOUSEHOLD = 4;

/** xorshift32: small, fast and the same on every machine. */
function random(seed) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state;
  };
  return { below: (n) => next() % n, fraction: () => next() / 0x1_0000_0000 };
}

function person(id, name, sector, ring, angle, extra = {}) {
  return { id, name, kind: 'person', sector, ring, angle, household: false, child: false, age: null, role: '',
    note: '', avatar: '', gender: 'unknown', deceased: false, ...extra };
}

export function generateMap(count, seed = 7) {
  const rng = random(seed * 2654435761 + count);
  const persons = [];
  for (let i = 0; i < count; i++) {
    const id = i + 1;
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${id}`;
    if (i < Math.min(HOUSEHOLD, count)) {
      // Two parents and two children live together in the centre.
      persons.push(person(id, name, 'household', 1, (i + 0.5) / HOUSEHOLD,
        { household: true, child: i >= 2, age: { years: i >= 2 ? 6 + 3 * i : 38 } }));
      continue;
    }
    // Round robin over the 5 x 4 sector/ring cells, so every one of them is used.
    const cell = i - HOUSEHOLD;
    const sector = OUTER_SECTORS[cell % OUTER_SECTORS.length];
    const ring = 1 + (Math.floor(cell / OUTER_SECTORS.length) % 4);
    const angle = Math.round(rng.fraction() * 1000) / 1000;
    const kind = rng.below(25) === 0 ? 'organisation' : rng.below(30) === 0 ? 'pet' : 'person';
    persons.push(person(id, name, sector, ring, angle, { kind, child: kind === 'person' && rng.below(8) === 0 }));
  }
  const ties = [];
  const wanted = count > 1 ? 2 * count : 0;
  while (ties.length < wanted) {
    const from = 1 + rng.below(count);
    const to = 1 + rng.below(count);
    if (from === to) continue;
    const roll = rng.below(20);
    const kind = roll < 12 ? 'support' : roll < 16 ? 'risk' : 'contact';
    ties.push({
      id: ties.length + 1, from, to, kind, mutual: rng.below(4) === 0,
      support: kind === 'support' ? [SUPPORT[rng.below(SUPPORT.length)]] : [],
      risk: kind === 'risk' ? [RISK[rng.below(RISK.length)]] : [],
      strength: ['strong', 'normal', 'weak'][rng.below(3)],
      frequency: null, according_to: '', note: '',
    });
  }
  return JSON.stringify({
    format: 'kring', version: 2, title: `Benchmark ${count}`,
    next_person: count + 1, next_tie: ties.length + 1, persons, ties,
  }, null, 2);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 300);
  if (!Number.isInteger(count) || count < 0) {
    console.error('usage: node bench/generate.mjs PERSONS [SEED]');
    process.exit(2);
  }
  process.stdout.write(generateMap(count, Number(process.argv[3] ?? 7)) + '\n');
}
