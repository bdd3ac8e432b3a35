// An offline Leaflet map: country outlines (world.json, from Natural Earth) instead of map tiles.
const L = window.L;
let world = null;

export async function basemap(container, options = {}) {
  if (!world) world = fetch('/ui/world.json').then((r) => r.json());
  const map = L.map(container, { worldCopyJump: false, minZoom: 1, maxZoom: 12, attributionControl: true,
    zoomSnap: 0.5, ...options });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Outlines: Natural Earth');
  L.geoJSON(await world, { interactive: false,
    style: { color: '#8a94a6', weight: 0.6, fillColor: '#eef0f3', fillOpacity: 1 } }).addTo(map);
  return map;
}

export const QUAD_COLOURS = { 1: '#2b8a3e', 2: '#1c7ed6', 3: '#e8590c', 4: '#c92a2a' };
