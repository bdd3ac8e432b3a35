// A coded record's text with its entities, places, times and event triggers marked, and the
// list of its events: used by the Article page and by Code a text.
import { el, fmt, href, QUADS, ROOTS } from './dom.js';
import { wordAt } from './pages/event.js';

/** Spans to mark: {start, end, kind, note}. */
function spans(record) {
  const out = [];
  for (const e of record.entities || []) {
    const a = e.actor;
    out.push({ start: e.start, end: e.end, kind: 'entity', note: `${e.type}` + (a ? ` · actor ${a.code || '–'}`
      + ` (${[a.name, a.country, a.sector, a.role].filter(Boolean).join(', ')})` : '') });
  }
  for (const p of record.places || []) {
    out.push({ start: p.start, end: p.end, kind: 'place', note: `place · ${[p.name, p.admin1, p.country].filter(Boolean).join(', ')}`
      + (p.lat != null ? ` · ${fmt(p.lat, 3)}, ${fmt(p.lon, 3)}` : '') + (p.geonameId ? ` · GeoNames ${p.geonameId}` : '')
      + (p.usedAs ? ` · used as ${p.usedAs}` : '') });
  }
  for (const t of record.times || []) {
    out.push({ start: t.start, end: t.end, kind: 'time', note: `time · ${t.type} · ${t.value ?? 'unresolved'}` + (t.mod ? ` (${t.mod})` : '') });
  }
  for (const e of (record.events || []).concat(record.otherEvents || [])) {
    const ev = e.evidence;
    if (!ev || !ev.trigger) continue;
    const at = wordAt(record.text.slice(ev.start, ev.end), ev.trigger);
    if (at < 0) continue;
    out.push({ start: ev.start + at, end: ev.start + at + ev.trigger.length, kind: 'trigger',
      note: `event · CAMEO ${e.cameo} ${ROOTS[e.cameo.slice(0, 2)] || ''} · ${e.plover ? e.plover.type : 'no PLOVER'} · `
        + `Goldstein ${fmt(e.goldstein)} · ${codes(e.source)} → ${codes(e.target)}` });
  }
  return out.filter((s) => s.end > s.start);
}

function codes(actors) {
  return (actors || []).map((a) => a.code || a.text).join('+') || '?';
}

/**
 * The text cut at every span boundary; each piece carries the kinds of the spans covering it, so
 * overlapping marks (a place inside an actor's name) both show.
 */
export function annotatedText(record) {
  const text = record.text || '';
  const list = spans(record);
  const cuts = new Set([0, text.length]);
  for (const s of list) { cuts.add(Math.max(0, Math.min(text.length, s.start))); cuts.add(Math.max(0, Math.min(text.length, s.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const box = el('div', { class: 'annotated', tabindex: 0 });
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const over = list.filter((s) => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    if (over.length === 0) { box.append(piece); continue; }
    const kinds = [...new Set(over.map((s) => s.kind))];
    box.append(el('span', { class: kinds.map((k) => 'm-' + k).join(' '), title: over.map((s) => s.note).join('\n'),
      dataset: { kinds: kinds.join(' ') } }, piece));
  }
  return box;
}

export function legend() {
  return el('p', { class: 'legend' }, 'Marked: ', el('span', { class: 'm-entity' }, 'entity / actor'), ' ',
    el('span', { class: 'm-place' }, 'place'), ' ', el('span', { class: 'm-time' }, 'time'), ' ',
    el('span', { class: 'm-trigger' }, 'event trigger'), ' — hover a mark for its codes and resolved values.');
}

/** The record's events as a table; stored ones (with mentions) link to their event page. */
export function eventTable(record, mentions) {
  const events = (record.events || []).concat(record.otherEvents || []);
  if (events.length === 0) return el('p', { class: 'state empty' }, 'No events were coded in this text.');
  const stored = Object.fromEntries((mentions || []).map((m) => [m.start + ':' + m.end + ':' + m.cameo, m.event_id]));
  return el('table', { class: 'events coded' },
    el('thead', {}, el('tr', {}, ['Evidence', 'Source', 'Target', 'CAMEO', 'PLOVER', 'Quad', 'Goldstein', 'Date', 'Place']
      .map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, events.map((e) => {
      const id = stored[e.evidence.start + ':' + e.evidence.end + ':' + e.cameo];
      return el('tr', { class: 'quad' + e.quadClass },
        el('td', {}, id != null ? el('a', { href: href('event/' + id) }, e.evidence.text) : e.evidence.text,
          e.negated ? el('em', {}, ' (negated)') : '', e.modality ? el('em', {}, ` (${e.modality})`) : ''),
        el('td', {}, codes(e.source)), el('td', {}, codes(e.target)),
        el('td', { title: ROOTS[e.cameo.slice(0, 2)] || '' }, e.cameo), el('td', {}, e.plover ? e.plover.type : '–'),
        el('td', { title: QUADS[e.quadClass] || '' }, e.quadClass ?? '–'), el('td', {}, fmt(e.goldstein)),
        el('td', {}, e.date || '–'), el('td', {}, e.location ? e.location.name : '–'));
    })));
}
