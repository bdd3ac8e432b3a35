// The one client of the Dateline HTTP API used by every page.

/** Query string of the non-empty values of an object. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

async function answer(response) {
  const text = await response.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch (e) { body = { error: text }; }
  if (!response.ok) throw new Error((body && body.error) || response.status + ' ' + response.statusText);
  return body;
}

export async function get(path, params) {
  return answer(await fetch(path + query(params), { headers: { Accept: 'application/json' } }));
}

export async function post(path, params, body) {
  return answer(await fetch(path + query(params), { method: 'POST', body,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' } }));
}

export const api = {
  events: (filters) => get('/events', filters),
  event: (id) => get('/events/' + encodeURIComponent(id)),
  article: (id) => get('/articles/' + encodeURIComponent(id)),
  timeline: (filters, by) => get('/timeline', { ...filters, by }),
  dyads: (filters, edges) => get('/dyads', { ...filters, edges }),
  points: (filters) => get('/points', filters),
  code: (text, date, source) => post('/code', { date, source }, text),
  exportUrl: (filters, format) => '/export' + query({ ...filters, format }),
};
