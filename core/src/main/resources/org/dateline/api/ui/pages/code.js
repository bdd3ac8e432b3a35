// Code a text: paste an article and its date, and see the coded record as the Article page shows
// it (POST /code; nothing is stored).
import { api } from '../api.js';
import { el } from '../dom.js';
import { annotatedText, legend, eventTable } from '../text.js';

// An invented example, written for this page, so a newcomer can press one button.
const EXAMPLE = 'The Philippines accused China on Monday of firing water cannon at a Philippine supply boat '
  + 'near Scarborough Shoal. Philippine President Ferdinand Marcos Jr. said Manila would protest to Beijing.\n\n'
  + 'Chinese Foreign Ministry spokesman Lin Jian rejected the accusation and said the Philippine vessel had '
  + 'entered Chinese waters. Japan and the United States called on both sides to show restraint.';

let last = null; // the last coded record, so coming back to the page shows it again

export async function render(main) {
  const text = el('textarea', { id: 'code-text', name: 'text', rows: 10, required: true }, last ? last.input : EXAMPLE);
  const date = el('input', { id: 'code-date', type: 'date', name: 'date', value: last ? last.date : '2024-06-17', required: true });
  const source = el('input', { id: 'code-source', name: 'source', value: last ? last.source : 'Desk', size: 12 });
  const result = el('section', { id: 'coded', 'aria-live': 'polite' });
  const button = el('button', { type: 'submit' }, 'Code it');
  const form = el('form', { class: 'code', onsubmit: async (e) => {
    e.preventDefault();
    button.disabled = true;
    main.dataset.state = 'loading';
    result.replaceChildren(el('p', { class: 'state loading', role: 'status' },
      'Coding… (the first text after the server starts also loads the language models: about 20 s)'));
    try {
      const record = await api.code(text.value, date.value, source.value);
      last = { input: text.value, date: date.value, source: source.value, record };
      show(result, record);
      main.dataset.state = 'ready';
    } catch (err) {
      result.replaceChildren(el('p', { class: 'state error', role: 'alert' }, 'Could not code the text: ' + err.message));
      main.dataset.state = 'error';
    } finally {
      button.disabled = false;
    }
  } },
  el('label', { for: 'code-text' }, 'Article text'), text,
  el('div', { class: 'row' }, el('label', {}, 'Date ', date), el('label', {}, 'Source ', source), button,
    el('button', { type: 'button', class: 'subtle', onclick: () => { text.value = EXAMPLE; text.focus(); } }, 'Example text')));
  main.replaceChildren(el('h1', {}, 'Code a text'),
    el('p', { class: 'hint' }, 'Paste a news article and give its date (relative dates such as "Monday" are resolved against it). '
      + 'Dateline codes who did what to whom, when and where; nothing is stored.'), form, result);
  if (last) show(result, last.record);
}

function show(box, record) {
  box.replaceChildren(el('h2', {}, 'Coded record'), legend(), annotatedText(record),
    el('h2', {}, 'Events'), eventTable(record, []),
    el('details', {}, el('summary', {}, 'JSON record'), el('pre', {}, JSON.stringify(record, null, 2))));
}
