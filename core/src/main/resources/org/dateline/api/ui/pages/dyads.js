// Dyads: who acts on whom for the filters, as a network. Edge width is the number of events;
// its colour runs from conflict (red, Goldstein -10) to cooperation (green, +10). An edge opens
// that dyad's events.
import { api } from '../api.js';
import { el, fmt, href } from '../dom.js';
import { filtersOf } from '../filters.js';

const d3 = window.d3;
let simulation = null;
export function cleanup() { if (simulation) { simulation.stop(); simulation = null; } }

// red for conflict, grey for neutral, green for cooperation: every edge stays visible on white
const scaleColour = d3.scaleLinear().domain([-10, 0, 10]).range(['#c92a2a', '#868e96', '#2b8a3e']).clamp(true);
export const colour = (g) => scaleColour(g ?? 0);

export async function render(main, route, current) {
  const p = route.params;
  const filters = filtersOf(p);
  const edges = Number(p.edges) || 60;
  const answer = await api.dyads(filters, edges);
  if (!current()) return;
  const links = answer.items;
  const head = el('div', { class: 'bar' }, el('h1', {}, 'Dyads'),
    el('p', { class: 'count', dataset: { total: links.length } }, `${links.length} dyads` + (links.length === edges ? ` (the ${edges} with most events)` : '')),
    el('span', {}, 'Show ', [30, 60, 150, 300].map((n) =>
      el('a', { class: 'chip', href: href('dyads', { ...p, edges: n }), 'aria-current': n === edges ? 'true' : null }, n))));
  if (links.length === 0) {
    main.replaceChildren(head, el('p', { class: 'state empty', role: 'status' }, 'No dyads: no events with two actors match these filters.'));
    main.dataset.state = 'empty';
    return;
  }
  const chart = el('div', { class: 'chart network' });
  main.replaceChildren(head, scale(), chart, table(links, filters));
  draw(chart, links, filters);
}

function dyadHref(filters, d) {
  const f = { ...filters };
  delete f.mutual;
  return href('events', { ...f, dyad: `${d.source.id || d.source}-${d.target.id || d.target}` });
}

function scale() {
  return el('p', { class: 'legend' }, 'Mean Goldstein: ', [-10, -5, 0, 5, 10].map((g) =>
    el('span', { class: 'gscale', style: `background:${colour(g)}` }, g > 0 ? '+' + g : g)), ' · width: number of events');
}

function draw(box, items, filters) {
  const width = Math.max(720, box.clientWidth || 960);
  const height = 520;
  const nodes = [...new Set(items.flatMap((d) => [d.source, d.target]))].map((id) => ({ id }));
  const weight = Object.fromEntries(nodes.map((n) => [n.id, 0]));
  for (const d of items) { weight[d.source] += d.events; weight[d.target] += d.events; }
  const links = items.map((d) => ({ ...d }));
  const w = d3.scaleSqrt().domain([1, d3.max(items, (d) => d.events)]).range([1.5, 10]);
  const svg = d3.select(box).append('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('width', width)
    .attr('height', height).attr('role', 'img').attr('aria-label', 'Network of actors');
  svg.append('defs').append('marker').attr('id', 'arrow').attr('viewBox', '0 -4 8 8').attr('refX', 16).attr('markerUnits', 'userSpaceOnUse')
    .attr('markerWidth', 9).attr('markerHeight', 9).attr('orient', 'auto').append('path').attr('d', 'M0,-4L8,0L0,4').attr('fill', '#495057');
  const edge = svg.append('g').selectAll('path').data(links).join('path').attr('class', 'edge')
    .attr('data-source', (d) => d.source).attr('data-target', (d) => d.target).attr('data-events', (d) => d.events)
    .attr('fill', 'none').attr('stroke', (d) => colour(d.mean_goldstein)).attr('stroke-width', (d) => w(d.events))
    .attr('marker-end', 'url(#arrow)').attr('tabindex', 0).attr('role', 'link')
    .attr('aria-label', (d) => `${d.source} to ${d.target}: ${d.events} events, mean Goldstein ${fmt(d.mean_goldstein)}`)
    .on('click', (_, d) => { location.hash = dyadHref(filters, d); })
    .on('keydown', (e, d) => { if (e.key === 'Enter') location.hash = dyadHref(filters, d); });
  edge.append('title').text((d) => `${d.source} → ${d.target}: ${d.events} events, mean Goldstein ${fmt(d.mean_goldstein)}`);
  const node = svg.append('g').selectAll('g').data(nodes).join('g').attr('class', 'node').attr('data-actor', (d) => d.id);
  node.append('circle').attr('r', (d) => 4 + Math.sqrt(weight[d.id]) * 1.5).attr('fill', '#f8f9fa').attr('stroke', '#343a40');
  node.append('text').text((d) => d.id).attr('x', 8).attr('y', -8);
  // a node opens the events of that actor (as a code prefix: CHN is also CHNGOV)
  node.attr('tabindex', 0).attr('role', 'link').attr('aria-label', (d) => `${d.id}: ${weight[d.id]} events as source or target`)
    .on('click', (_, d) => { location.hash = href('events', { ...filters, actor: d.id }); })
    .on('keydown', (e, d) => { if (e.key === 'Enter') location.hash = href('events', { ...filters, actor: d.id }); })
    .append('title').text((d) => `${d.id}: ${weight[d.id]} events as source or target; click to list them`);
  node.call(d3.drag().on('drag', (e, d) => { d.fx = e.x; d.fy = e.y; simulation.alpha(0.3).restart(); }));
  const ticked = () => {
    for (const n of nodes) { n.x = Math.max(30, Math.min(width - 90, n.x)); n.y = Math.max(20, Math.min(height - 20, n.y)); }
    edge.attr('d', (d) => {
      // a slight arc, so A→B and B→A are two visible edges
      const dx = d.target.x - d.source.x, dy = d.target.y - d.source.y;
      const r = Math.hypot(dx, dy) * 1.6;
      return `M${d.source.x},${d.source.y}A${r},${r} 0 0,1 ${d.target.x},${d.target.y}`;
    });
    node.attr('transform', (d) => `translate(${d.x},${d.y})`);
  };
  simulation = d3.forceSimulation(nodes)
    .force('link', d3.forceLink(links).id((d) => d.id).distance(90))
    .force('charge', d3.forceManyBody().strength(-260))
    .force('x', d3.forceX(width / 2).strength(0.06))
    .force('y', d3.forceY(height / 2).strength(0.1))
    .force('collide', d3.forceCollide(30))
    .stop();
  // laid out before it is shown, so the picture holds still; dragging a node moves it on
  simulation.tick(300);
  ticked();
  simulation.on('tick', ticked);
}

function table(items, filters) {
  return el('details', { class: 'edges' }, el('summary', {}, 'Dyads as a table'),
    el('table', {}, el('thead', {}, el('tr', {}, ['Source', 'Target', 'Events', 'Mean Goldstein'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, items.map((d) => el('tr', {},
        el('td', {}, el('a', { href: dyadHref(filters, d) }, d.source)), el('td', {}, d.target),
        el('td', { class: 'num' }, d.events), el('td', { class: 'num' }, fmt(d.mean_goldstein)))))));
}
