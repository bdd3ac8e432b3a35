// Router: the URL's hash names the page and holds its parameters (#/events?quad=4&sort=-date).
import { renderFilters } from './filters.js';
import { state } from './dom.js';
import * as events from './pages/events.js';
import * as event from './pages/event.js';
import * as article from './pages/article.js';
import * as timeline from './pages/timeline.js';
import * as dyads from './pages/dyads.js';
import * as map from './pages/map.js';
import * as code from './pages/code.js';

const PAGES = { events, event, article, timeline, dyads, map, code };
const FILTERED = ['events', 'timeline', 'dyads', 'map'];
let shown = 0;

function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, qs] = hash.split('?');
  const parts = path.split('/');
  return { page: PAGES[parts[0]] ? parts[0] : 'events', arg: decodeURIComponent(parts.slice(1).join('/')),
    params: Object.fromEntries(new URLSearchParams(qs || '')) };
}

async function show() {
  const r = route();
  const main = document.getElementById('main');
  const form = document.getElementById('filters');
  const mine = ++shown;
  const started = performance.now();
  delete main.dataset.ms;
  for (const a of document.querySelectorAll('nav a')) {
    if (a.dataset.page === r.page) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  form.hidden = !FILTERED.includes(r.page);
  if (!form.hidden) renderFilters(form, r.page, r.params);
  if (PAGES[r.page].cleanup) PAGES[r.page].cleanup();
  state(main, 'loading', 'Loading…');
  try {
    await PAGES[r.page].render(main, r, () => mine === shown);
    if (mine !== shown) return;
    if (main.dataset.state === 'loading') main.dataset.state = 'ready';
    // how long the page took to answer (data fetched and drawn), read by scripts/bench-ui.py
    main.dataset.ms = String(Math.round(performance.now() - started));
  } catch (e) {
    if (mine !== shown) return;
    console.warn(e);
    state(main, 'error', 'Could not load this page: ' + e.message);
  }
}

window.addEventListener('hashchange', show);
show();
