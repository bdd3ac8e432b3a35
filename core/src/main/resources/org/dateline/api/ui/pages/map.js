// Map: where the filtered events happened, over offline country outlines. Events close together
// at the current zoom are one cluster marker showing how many; colours are QuadClass (a cluster
// takes the colour of most of its events).
import { api } from '../api.js';
import { el, href, QUADS } from '../dom.js';
import { filtersOf } from '../filters.js';
import { basemap, QUAD_COLOURS } from '../basemap.js';

const L = window.L;
const CELL = 48; // pixels: events nearer than this on screen are clustered
let map = null;
export function cleanup() { if (map) { map.remove(); map = null; } }

export async function render(main, route, current) {
  const filters = filtersOf(route.params);
  const answer = await api.points(filters);
  if (!current()) return;
  const points = answer.items;
  const head = el('div', { class: 'bar' }, el('h1', {}, 'Map'),
    el('p', { class: 'count', dataset: { total: answer.total } }, `${answer.total} located events`
      + (points.length < answer.total ? ` (first ${points.length} shown)` : '')),
    el('p', { class: 'legend' }, Object.entries(QUADS).map(([q, n]) => el('span', {}, el('span', { class: 'swatch q' + q }), ` ${n} `))));
  const box = el('div', { class: 'map', id: 'map', 'aria-label': 'Map of events' });
  main.replaceChildren(head, box);
  if (points.length === 0) main.append(el('p', { class: 'state empty', role: 'status' }, 'No located events match these filters.'));
  map = await basemap(box);
  if (!current()) return;
  const layer = L.layerGroup().addTo(map);
  if (points.length) map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lon])).pad(0.3), { maxZoom: 6 });
  else map.setView([20, 0], 2);
  const redraw = () => cluster(layer, points);
  map.on('zoomend', redraw);
  redraw();
  main.dataset.state = points.length ? 'ready' : 'empty';
}

function cluster(layer, points) {
  layer.clearLayers();
  const cells = new Map();
  for (const p of points) {
    const px = map.project([p.lat, p.lon], map.getZoom());
    const key = Math.floor(px.x / CELL) + ':' + Math.floor(px.y / CELL);
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(p);
  }
  for (const group of cells.values()) {
    const lat = group.reduce((s, p) => s + p.lat, 0) / group.length;
    const lon = group.reduce((s, p) => s + p.lon, 0) / group.length;
    const quad = majority(group);
    const icon = el('div', { class: 'cluster q' + quad, dataset: { count: group.length },
      style: `background:${QUAD_COLOURS[quad] || '#555'}` }, group.length > 1 ? String(group.length) : '');
    const size = group.length > 1 ? 22 + Math.min(22, Math.sqrt(group.length) * 3) : 14;
    const marker = L.marker([lat, lon], { icon: L.divIcon({ html: icon, className: 'cluster-icon', iconSize: [size, size] }),
      keyboard: true, title: group.length > 1 ? `${group.length} events` : describe(group[0]) });
    if (group.length === 1) marker.bindPopup(() => popup(group[0]));
    else marker.on('click', () => map.fitBounds(L.latLngBounds(group.map((p) => [p.lat, p.lon])).pad(0.5), { maxZoom: map.getZoom() + 3 }));
    marker.addTo(layer);
  }
}

function majority(group) {
  const n = {};
  for (const p of group) n[p.quad] = (n[p.quad] || 0) + 1;
  return Object.entries(n).sort((a, b) => b[1] - a[1])[0][0];
}

function describe(p) {
  return `${p.date} ${p.actor1 || '?'} → ${p.actor2 || '?'} CAMEO ${p.cameo} at ${p.place || '?'}`;
}

function popup(p) {
  return el('div', {}, el('strong', {}, p.place || 'place'), el('br'), describe(p), el('br'),
    el('a', { href: href('event/' + p.id) }, 'Open event ' + p.id));
}
