// Article: the text with entities, places, times and triggers marked, then its events.
import { api } from '../api.js';
import { el } from '../dom.js';
import { annotatedText, legend, eventTable } from '../text.js';

export async function render(main, route, current) {
  const a = await api.article(route.arg);
  if (!current()) return;
  const r = a.record;
  main.replaceChildren(
    el('p', { class: 'crumbs' }, el('a', { href: '#/events' }, '← Events')),
    el('h1', {}, r.title || r.id),
    el('p', { class: 'meta' }, [r.source, r.date].filter(Boolean).join(', '),
      r.url ? [' · ', el('a', { href: r.url, rel: 'noopener noreferrer', target: '_blank' }, r.url)] : '',
      a.duplicate_of ? [' · copy of ', el('a', { href: '#/article/' + encodeURIComponent(a.duplicate_of) }, a.duplicate_of)] : ''),
    legend(), annotatedText(r),
    el('h2', {}, 'Events in this article'), eventTable(r, a.mentions));
}
