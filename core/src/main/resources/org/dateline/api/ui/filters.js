// The filter bar shared by Events, Timeline, Dyads and Map. The URL holds the filters, so a view
// can be shared and back/forward work; submitting only changes the URL.
import { el, QUADS, ROOTS, PLOVER, href } from './dom.js';

/** Filter names the API takes (GET /events), in the order shown. */
export const NAMES = ['from', 'to', 'actor', 'country', 'dyad', 'mutual', 'root', 'plover', 'quad', 'place', 'near',
  'km', 'text'];

/** The filters among route parameters. */
export function filtersOf(params) {
  const f = {};
  for (const k of NAMES) if (params[k]) f[k] = params[k];
  return f;
}

function field(label, input) {
  return el('label', {}, el('span', {}, label), input);
}

function select(name, value, options) {
  return el('select', { name }, el('option', { value: '' }, 'any'),
    Object.entries(options).map(([v, t]) => el('option', { value: v, selected: v === value }, t)));
}

export function renderFilters(form, page, params) {
  const v = (k) => params[k] || '';
  form.replaceChildren(
    field('From', el('input', { type: 'date', name: 'from', value: v('from') })),
    field('To', el('input', { type: 'date', name: 'to', value: v('to') })),
    field('Actor', el('input', { name: 'actor', value: v('actor'), placeholder: 'CHN, USAGOV', size: 8 })),
    field('Actor country', el('input', { name: 'country', value: v('country'), placeholder: 'PHL', size: 5 })),
    field('Dyad', el('input', { name: 'dyad', value: v('dyad'), placeholder: 'USA-CHN', size: 9 })),
    el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'mutual', value: 'true',
      checked: v('mutual') === 'true' }), el('span', {}, 'either way')),
    field('CAMEO root', select('root', v('root'), Object.fromEntries(Object.entries(ROOTS).map(([c, n]) => [c, c + ' ' + n])))),
    field('PLOVER', select('plover', v('plover'), Object.fromEntries(PLOVER.map((p) => [p, p])))),
    field('QuadClass', select('quad', v('quad'), Object.fromEntries(Object.entries(QUADS).map(([q, n]) => [q, q + ' ' + n])))),
    field('Place country', el('input', { name: 'place', value: v('place'), placeholder: 'CHN', size: 5 })),
    field('Near (lat,lon)', el('input', { name: 'near', value: v('near'), placeholder: '14.6,121.0', size: 10 })),
    field('km', el('input', { name: 'km', value: v('km'), placeholder: '50', size: 4 })),
    field('Text', el('input', { type: 'search', name: 'text', value: v('text'), placeholder: 'water cannon' })),
    el('button', { type: 'submit' }, 'Apply'),
    el('a', { class: 'button subtle', href: href(page, {}) }, 'Clear'));
  form.onsubmit = (e) => {
    e.preventDefault();
    const next = {};
    // keep what is not a filter (sort, period), drop paging: the rows change
    for (const [k, val] of Object.entries(params)) if (!NAMES.includes(k) && k !== 'offset') next[k] = val;
    for (const [k, val] of new FormData(form).entries()) if (String(val).trim()) next[k] = String(val).trim();
    location.hash = href(page, next);
  };
}
