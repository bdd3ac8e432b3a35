// Event: every mention with its evidence highlighted in the article's text, the actors, the
// codes, the place on a small map, the source articles and when the event was first and last seen.
import { api } from '../api.js';
import { el, fmt, href, QUADS, ROOTS } from '../dom.js';
import { basemap, QUAD_COLOURS } from '../basemap.js';

let map = null;
export function cleanup() { if (map) { map.remove(); map = null; } }

export async function render(main, route, current) {
  const e = await api.event(route.arg);
  const ids = [...new Set(e.mention_details.map((m) => m.article_id))];
  const articles = Object.fromEntries(await Promise.all(ids.map(async (id) => [id, await api.article(id)])));
  if (!current()) return;
  const first = e.mention_details[0] || {};
  const facts = el('dl', { class: 'facts' },
    term('Source actor', actors(first.source_actors, e.actor1)),
    term('Target actor', actors(first.target_actors, e.actor2)),
    term('Date', e.date === e.last_day || !e.last_day ? e.date : `${e.date} to ${e.last_day}`),
    term('CAMEO', `${e.cameo} (root ${e.root}: ${ROOTS[e.root] || '?'})`),
    term('PLOVER', e.plover || '–'),
    term('QuadClass', el('span', {}, el('span', { class: 'swatch q' + e.quad }), ` ${e.quad} ${QUADS[e.quad] || ''}`)),
    term('Goldstein', fmt(e.goldstein)),
    term('Place', e.place ? `${e.place}${e.place_country ? ', ' + e.place_country : ''}` : 'not located'),
    term('Reported', `${e.mentions} mention(s) in ${e.articles} article(s) from ${e.sources} source(s)`),
    term('First seen', e.first_seen), term('Last seen', e.last_seen));
  const mapBox = el('div', { class: 'minimap', id: 'event-map', 'aria-label': 'Where the event happened' });
  const mentions = el('section', { class: 'mentions' }, el('h2', {}, 'Mentions and evidence'),
    e.mention_details.map((m) => mention(m, articles[m.article_id])));
  main.replaceChildren(
    el('p', { class: 'crumbs' }, el('a', { href: '#/events' }, '← Events')),
    el('h1', {}, `${e.actor1 || '?'} → ${e.actor2 || '?'}: ${ROOTS[e.root] || e.cameo}`, el('small', {}, ` event ${e.id}`)),
    el('div', { class: 'split' }, facts, e.lat != null ? mapBox : el('p', { class: 'state empty' }, 'No place to show on a map.')),
    mentions);
  if (e.lat != null) {
    map = await basemap(mapBox, { zoomControl: true });
    map.setView([e.lat, e.lon], 4);
    window.L.circleMarker([e.lat, e.lon], { radius: 8, color: '#fff', weight: 2, fillOpacity: 0.9,
      fillColor: QUAD_COLOURS[e.quad] || '#555' }).addTo(map).bindTooltip(e.place || '');
  }
}

function term(name, value) {
  return [el('dt', {}, name), el('dd', {}, value)];
}

function actors(list, code) {
  if (!list || list.length === 0) return code || '–';
  return list.map((a, i) => el('span', { class: 'actor' }, i ? '; ' : '', el('code', {}, a.code || '–'), ' ',
    a.name || a.text || '', a.role ? ` (${a.role})` : ''));
}

/** One mention: its article, and the paragraph around the evidence with the evidence and trigger marked. */
function mention(m, article) {
  const text = article && article.record ? article.record.text : null;
  return el('article', { class: 'mention', dataset: { mention: m.id } },
    el('h3', {}, el('a', { href: href('article/' + m.article_id) }, m.title || m.article_id),
      el('small', {}, ` ${m.source || ''}, ${m.article_date || ''}`)),
    m.url ? el('p', { class: 'url' }, el('a', { href: m.url, rel: 'noopener noreferrer', target: '_blank' }, m.url)) : '',
    el('p', { class: 'codes' }, `CAMEO ${m.cameo} · ${m.plover || 'no PLOVER type'} · Goldstein ${fmt(m.goldstein)}`,
      m.negated ? ' · negated' : '', m.modality ? ` · ${m.modality}` : '', ` · confidence ${fmt(m.confidence, 2)}`),
    text == null ? el('blockquote', {}, m.evidence) : passage(text, m.start, m.end, m.trigger));
}

/** The paragraph holding [start, end), with that span in a mark and the trigger word in it bold. */
export function passage(text, start, end, trigger) {
  const from = Math.max(0, text.lastIndexOf('\n', start - 1) + 1);
  let to = text.indexOf('\n', end);
  if (to < 0) to = text.length;
  const evidence = text.slice(start, end);
  const mark = el('mark', { class: 'evidence', dataset: { start, end } });
  const at = trigger ? wordAt(evidence, trigger) : -1;
  if (at < 0) mark.append(evidence);
  else mark.append(evidence.slice(0, at), el('b', { class: 'trigger' }, evidence.slice(at, at + trigger.length)),
    evidence.slice(at + trigger.length));
  return el('blockquote', { class: 'passage' }, text.slice(from, start), mark, text.slice(end, to));
}

/** Where a word occurs whole in a text, or -1. */
export function wordAt(text, word) {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp('(^|[^\\p{L}\\p{N}])' + escaped + '(?![\\p{L}\\p{N}])', 'u').exec(text);
  return m ? m.index + m[1].length : text.indexOf(word);
}
