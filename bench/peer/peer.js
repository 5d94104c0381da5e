// The benchmark's peer: draws the map Kring would open (the same IndexedDB record on the
// same origin) with Cytoscape.js, at the places Kring puts everyone (src/scene/geometry.rs),
// so both pages do the same work: read storage, parse the file, draw every person and tie.
// Sets `window.peerRendered` once the first frame with the whole map has been drawn.
/* global cytoscape */

const CENTRE_RADIUS = 110;
const RING_WIDTH = 95;
const WEDGE_PADDING = 0.08;
const FIRST_WEDGE_START = -Math.PI / 2;
const OUTER = ['family', 'friends', 'community', 'school_work', 'professionals'];
const SPAN = (2 * Math.PI) / OUTER.length;
const COLOURS = { support: '#1b7f3b', risk: '#b3261e', contact: '#5f6368' };

function readCurrentMap() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('kring', 1);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['maps', 'settings']);
      const current = tx.objectStore('settings').get('current_map');
      current.onsuccess = () => {
        const record = tx.objectStore('maps').get(current.result);
        record.onsuccess = () => resolve(record.result.document);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

function positions(persons) {
  const centre = persons.filter((p) => p.household || p.sector === 'household')
    .sort((a, b) => a.angle - b.angle || a.id - b.id);
  const at = new Map();
  centre.forEach((p, k) => {
    const angle = FIRST_WEDGE_START + (k * 2 * Math.PI) / centre.length;
    const r = centre.length === 1 ? 0 : CENTRE_RADIUS * 0.55;
    at.set(p.id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
  for (const p of persons) {
    if (at.has(p.id)) continue;
    const wedge = Math.max(0, OUTER.indexOf(p.sector));
    const fraction = Math.min(1, Math.max(0, p.angle));
    const angle = FIRST_WEDGE_START + (wedge + WEDGE_PADDING + fraction * (1 - 2 * WEDGE_PADDING)) * SPAN;
    const r = CENTRE_RADIUS + RING_WIDTH * (p.ring - 0.5);
    at.set(p.id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  }
  return at;
}

function elements(doc) {
  const at = positions(doc.persons);
  const nodes = doc.persons.map((p) => ({
    group: 'nodes', data: { id: `p${p.id}`, label: p.name.length > 24 ? `${p.name.slice(0, 23)}…` : p.name },
    position: at.get(p.id), classes: p.household ? 'household' : '',
  }));
  const edges = doc.ties.map((t) => ({
    group: 'edges', data: { id: `t${t.id}`, source: `p${t.from}`, target: `p${t.to}`, kind: t.kind },
    classes: t.mutual ? 'mutual' : '',
  }));
  return nodes.concat(edges);
}

async function main() {
  const doc = JSON.parse(await readCurrentMap());
  const cy = cytoscape({
    container: document.getElementById('map'),
    elements: elements(doc),
    layout: { name: 'preset', fit: true, padding: 20 },
    style: [
      { selector: 'node', style: { width: 44, height: 44, 'background-color': '#dfe7f3', 'border-width': 2,
        'border-color': '#34495e', label: 'data(label)', 'text-valign': 'bottom', 'text-margin-y': 4, 'font-size': 17 } },
      { selector: 'node.household', style: { 'background-color': '#f6e3b4' } },
      { selector: 'edge', style: { width: 2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
        'line-color': (e) => COLOURS[e.data('kind')] ?? COLOURS.contact,
        'target-arrow-color': (e) => COLOURS[e.data('kind')] ?? COLOURS.contact } },
      { selector: 'edge.mutual', style: { 'source-arrow-shape': 'triangle',
        'source-arrow-color': (e) => COLOURS[e.data('kind')] ?? COLOURS.contact } },
      { selector: 'edge[kind = "risk"]', style: { 'line-style': 'dashed' } },
    ],
  });
  window.peer = cy;
  cy.on('render', () => window.benchChange?.());
  cy.one('render', () => { window.peerRendered = true; });
}

main().catch((err) => { document.body.dataset.error = String(err); });
