// Timeline: events per day, week or month for the filters, stacked by QuadClass, with the mean
// Goldstein score as a line. A bar opens the Events page for its period.
import { api } from '../api.js';
import { el, href, QUADS, state } from '../dom.js';
import { filtersOf } from '../filters.js';
import { QUAD_COLOURS } from '../basemap.js';

const d3 = window.d3;
const PERIODS = ['day', 'week', 'month', 'year'];

export async function render(main, route, current) {
  const p = route.params;
  const by = PERIODS.includes(p.by) ? p.by : 'month';
  const filters = filtersOf(p);
  const answer = await api.timeline(filters, by);
  if (!current()) return;
  const total = answer.items.reduce((s, d) => s + d.events, 0);
  const head = el('div', { class: 'bar' }, el('h1', {}, 'Timeline'),
    el('p', { class: 'count', dataset: { total } }, `${total} events`),
    el('span', { class: 'periods', role: 'group', 'aria-label': 'Period' }, 'Per ', PERIODS.map((x) =>
      el('a', { href: href('timeline', { ...p, by: x }), 'aria-current': x === by ? 'true' : null, class: 'chip' }, x))));
  if (answer.items.length === 0) {
    main.replaceChildren(head);
    main.append(el('p', { class: 'state empty', role: 'status' }, 'No events match these filters.'));
    main.dataset.state = 'empty';
    return;
  }
  const chart = el('div', { class: 'chart' });
  const items = filled(answer.items, by);
  main.replaceChildren(head, legend(), chart,
    el('p', { class: 'hint' }, 'Click a bar (or focus it and press Enter) to list its events.'
      + (items === answer.items && items.length > 1 ? ' Periods without events are left out: the span is too long to draw each.' : '')));
  draw(chart, items, by, filters);
}

function legend() {
  return el('p', { class: 'legend' }, Object.entries(QUADS).map(([q, name]) =>
    el('span', {}, el('span', { class: 'swatch q' + q }), ` ${name} `)), el('span', { class: 'line-key' }, '— mean Goldstein'));
}

/** The periods with events and, when there are not too many, the empty ones between them. */
function filled(items, by) {
  const out = [];
  const last = items[items.length - 1].period;
  const have = new Map(items.map((d) => [d.period, d]));
  for (let p = items[0].period; p <= last; p = next(p, by)) {
    out.push(have.get(p) || { period: p, events: 0, q1: 0, q2: 0, q3: 0, q4: 0, mentions: 0, mean_goldstein: null });
    if (out.length > MAX_BARS) return items;
  }
  return out;
}

const MAX_BARS = 400;

function next(start, by) {
  const d = new Date(start + 'T00:00:00Z');
  if (by === 'day') d.setUTCDate(d.getUTCDate() + 1);
  else if (by === 'week') d.setUTCDate(d.getUTCDate() + 7);
  else if (by === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

/** Last day of the period that starts on `start` (YYYY-MM-DD). */
export function periodEnd(start, by) {
  const d = new Date(start + 'T00:00:00Z');
  if (by === 'week') d.setUTCDate(d.getUTCDate() + 6);
  else if (by === 'month') d.setUTCMonth(d.getUTCMonth() + 1, 0);
  else if (by === 'year') d.setUTCFullYear(d.getUTCFullYear(), 11, 31);
  return d.toISOString().slice(0, 10);
}

function draw(box, items, by, filters) {
  const width = Math.max(720, box.clientWidth || 960);
  const height = 380;
  const m = { top: 16, right: 56, bottom: 48, left: 52 };
  const x = d3.scaleBand().domain(items.map((d) => d.period)).range([m.left, width - m.right]).padding(0.15);
  const y = d3.scaleLinear().domain([0, d3.max(items, (d) => d.events)]).nice().range([height - m.bottom, m.top]);
  const g = d3.scaleLinear().domain([-10, 10]).range([height - m.bottom, m.top]);
  const svg = d3.select(box).append('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('width', width)
    .attr('height', height).attr('role', 'img').attr('aria-label', 'Events per ' + by + ' by QuadClass');
  const every = Math.ceil(items.length / 16);
  svg.append('g').attr('transform', `translate(0,${height - m.bottom})`)
    .call(d3.axisBottom(x).tickValues(items.map((d) => d.period).filter((_, i) => i % every === 0)));
  svg.append('g').attr('transform', `translate(${m.left},0)`).call(d3.axisLeft(y).ticks(6, 'd'))
    .call((a) => a.append('text').attr('x', -m.left + 4).attr('y', m.top - 6).attr('fill', 'currentColor')
      .attr('text-anchor', 'start').text('events'));
  svg.append('g').attr('transform', `translate(${width - m.right},0)`).call(d3.axisRight(g).ticks(5))
    .call((a) => a.append('text').attr('x', 4).attr('y', m.top - 6).attr('fill', 'currentColor')
      .attr('text-anchor', 'start').text('Goldstein'));
  const groups = svg.append('g').selectAll('g').data(items.filter((d) => d.events > 0)).join('g').attr('class', 'period')
    .attr('tabindex', 0).attr('role', 'link')
    .attr('aria-label', (d) => `${d.period}: ${d.events} events, mean Goldstein ${d.mean_goldstein}`)
    .on('click', (_, d) => open(d))
    .on('keydown', (e, d) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(d); } });
  groups.append('title').text((d) => `${d.period}: ${d.events} events (${[1, 2, 3, 4].map((q) => d['q' + q]).join(' / ')}), `
    + `mean Goldstein ${d.mean_goldstein}`);
  groups.each(function (d) {
    let base = 0;
    for (const q of [1, 2, 3, 4]) {
      const n = d['q' + q];
      if (!n) continue;
      d3.select(this).append('rect').attr('class', 'bar q' + q).attr('data-count', n).attr('data-period', d.period)
        .attr('x', x(d.period)).attr('width', x.bandwidth()).attr('y', y(base + n)).attr('height', y(base) - y(base + n))
        .attr('fill', QUAD_COLOURS[q]);
      base += n;
    }
    const rest = d.events - base; // events without a QuadClass still count
    if (rest > 0) {
      d3.select(this).append('rect').attr('class', 'bar q0').attr('data-count', rest).attr('data-period', d.period)
        .attr('x', x(d.period)).attr('width', x.bandwidth()).attr('y', y(base + rest))
        .attr('height', y(base) - y(base + rest)).attr('fill', '#adb5bd');
    }
  });
  const line = d3.line().defined((d) => d.mean_goldstein != null)
    .x((d) => x(d.period) + x.bandwidth() / 2).y((d) => g(d.mean_goldstein));
  svg.append('path').datum(items).attr('class', 'goldstein').attr('fill', 'none').attr('stroke', '#212529')
    .attr('stroke-width', 2).attr('d', line);
  svg.append('g').selectAll('circle').data(items.filter((d) => d.mean_goldstein != null)).join('circle')
    .attr('cx', (d) => x(d.period) + x.bandwidth() / 2).attr('cy', (d) => g(d.mean_goldstein)).attr('r', 3)
    .attr('fill', '#212529').attr('pointer-events', 'none');

  function open(d) {
    location.hash = href('events', { ...filters, from: d.period, to: periodEnd(d.period, by) });
  }
}
