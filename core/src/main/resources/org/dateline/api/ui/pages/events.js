// Events: the filtered events as a sortable, paged table with its total count and downloads.
import { api } from '../api.js';
import { el, fmt, href, QUADS, ROOTS } from '../dom.js';
import { filtersOf } from '../filters.js';

const COLUMNS = [
  { key: 'date', label: 'Date', sort: 'date' },
  { key: 'actor1', label: 'Source' },
  { key: 'actor2', label: 'Target' },
  { key: 'cameo', label: 'CAMEO' },
  { key: 'plover', label: 'PLOVER' },
  { key: 'quad', label: 'Quad' },
  { key: 'goldstein', label: 'Goldstein', sort: 'goldstein', num: true },
  { key: 'place', label: 'Place' },
  { key: 'mentions', label: 'Mentions', sort: 'mentions', num: true },
  { key: 'sources', label: 'Sources', sort: 'sources', num: true },
];

export async function render(main, route, current) {
  const p = route.params;
  const filters = filtersOf(p);
  const sort = p.sort || '-date';
  const limit = Number(p.limit) || 50;
  const offset = Number(p.offset) || 0;
  const answer = await api.events({ ...filters, sort, limit, offset });
  if (!current()) return;
  const go = (changes) => href('events', { ...p, ...changes });
  const head = el('div', { class: 'bar' },
    el('h1', {}, 'Events'),
    el('p', { class: 'count', id: 'total', dataset: { total: answer.total } },
      answer.total === 0 ? 'no events' : `${offset + 1}–${offset + answer.items.length} of ${answer.total} events`),
    el('span', { class: 'downloads' }, 'Download: ',
      el('a', { href: api.exportUrl(filters, 'csv'), download: 'dateline-events.csv' }, 'CSV'), ' ',
      el('a', { href: api.exportUrl(filters, 'json'), download: 'dateline-events.json' }, 'JSON')));
  if (answer.total === 0) {
    main.replaceChildren(head, el('p', { class: 'state empty', role: 'status' }, 'No events match these filters.'));
    main.dataset.state = 'empty';
    return;
  }
  const table = el('table', { class: 'events' },
    el('thead', {}, el('tr', {}, COLUMNS.map((c) => header(c, sort, go)))),
    el('tbody', {}, answer.items.map((e) => row(e))));
  const pager = el('nav', { class: 'pager', 'aria-label': 'Pages of events' },
    offset > 0 ? el('a', { href: go({ offset: Math.max(0, offset - limit) }), rel: 'prev' }, '← Previous') : '',
    offset + limit < answer.total ? el('a', { href: go({ offset: offset + limit }), rel: 'next' }, 'Next →') : '',
    el('label', {}, ' Rows per page ', el('select', { onchange: (e) => { location.hash = go({ limit: e.target.value, offset: 0 }); } },
      [25, 50, 100, 200].map((n) => el('option', { value: n, selected: n === limit }, n)))));
  main.replaceChildren(head, table, pager);
}

function header(c, sort, go) {
  if (!c.sort) return el('th', { scope: 'col', class: c.num ? 'num' : '' }, c.label);
  const state = sort === c.sort ? 'ascending' : sort === '-' + c.sort ? 'descending' : 'none';
  const next = state === 'descending' ? c.sort : '-' + c.sort;
  return el('th', { scope: 'col', class: c.num ? 'num' : '', 'aria-sort': state },
    el('a', { href: go({ sort: next, offset: 0 }), class: 'sort', title: 'Sort by ' + c.label.toLowerCase() },
      c.label, state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : ''));
}

function row(e) {
  const open = href('event/' + e.id);
  // the whole row opens the event for a mouse; the date is its link for the keyboard
  return el('tr', { class: 'quad' + e.quad, dataset: { id: e.id },
    onclick: (ev) => { if (!ev.target.closest('a')) location.hash = open; } },
    el('td', {}, el('a', { href: open, title: 'Open event ' + e.id }, e.date || '–')),
    el('td', {}, e.actor1 || '–'),
    el('td', {}, e.actor2 || '–'),
    el('td', { title: ROOTS[e.root] || '' }, e.cameo),
    el('td', {}, e.plover || '–'),
    el('td', { title: QUADS[e.quad] || '' }, el('span', { class: 'swatch q' + e.quad }), ' ', e.quad ?? '–'),
    el('td', { class: 'num' }, fmt(e.goldstein)),
    el('td', {}, e.place || '–'),
    el('td', { class: 'num' }, e.mentions),
    el('td', { class: 'num' }, e.sources));
}
