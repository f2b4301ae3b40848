import { describe, expect, test } from 'vitest';
import { renderTemplate } from './render';

const body = 'Hi {{clientFirstName}},\n\nThanks for thinking of me. I am fully booked until {{date}}. {{referralName}} might help: {{referralContact}}.\n\nBest,\n{{myName}}';

describe('a personal template filled like a built-in draft', () => {
  test('with every value, the words are as typed and the html is escaped text in paragraphs', () => {
    const draft = renderTemplate({ body, locale: 'en' }, {
      clientFirstName: 'Ana <b>', myName: 'Sam & Co', date: 'early March.', referralName: 'Lee', referralContact: 'lee@example.com',
    });
    expect(draft.text).toBe('Hi Ana <b>,\n\nThanks for thinking of me. I am fully booked until early March. Lee might help: lee@example.com.\n\nBest,\nSam & Co');
    expect(draft.html).toBe('<p>Hi Ana &lt;b&gt;,</p><p>Thanks for thinking of me. I am fully booked until early March. Lee might help: lee@example.com.</p><p>Best,<br>Sam &amp; Co</p>');
  });

  test('without values, the greeting loses only the name and sentences needing a value drop out cleanly', () => {
    const draft = renderTemplate({ body, locale: 'en' }, { date: '   ' });
    expect(draft.text).toBe('Hi,\n\nThanks for thinking of me.\n\nBest,');
    expect(draft.text).not.toMatch(/ {2}|\{\{| ,|\n{3}/u);
    expect(draft.html).toBe('<p>Hi,</p><p>Thanks for thinking of me.</p><p>Best,</p>');
  });

  test('a greeting keeps its punctuation when the name drops out', () => {
    expect(renderTemplate({ body: 'Thanks, {{clientFirstName}}!\n\nI am booked.', locale: 'en' }, {}).text).toBe('Thanks!\n\nI am booked.');
    expect(renderTemplate({ body: 'Hola, {{clientFirstName}}:\n\nGracias.', locale: 'es' }, {}).text).toBe('Hola:\n\nGracias.');
    expect(renderTemplate({ body: 'Hola, {{clientFirstName}}:\n\nGracias.', locale: 'es' }, { clientFirstName: 'Lucía' }).text).toBe('Hola, Lucía:\n\nGracias.');
    expect(renderTemplate({ body: 'Gracias.\n\nUn saludo, {{myName}}', locale: 'es' }, {}).text).toBe('Gracias.\n\nUn saludo,');
  });

  test('a paragraph made only of missing values leaves no empty paragraph', () => {
    const draft = renderTemplate({ body: 'Hola {{clientName}}:\n\nTe propongo {{offer}}.\n\nGracias.', locale: 'es' }, {});
    expect(draft.text).toBe('Hola:\n\nGracias.');
  });

  test('Spanish and Italian values join their preposition as in built-in drafts', () => {
    expect(renderTemplate({ body: 'Podría empezar a partir de {{date}}.', locale: 'es' }, { date: 'el lunes' }).text)
      .toBe('Podría empezar a partir del lunes.');
    expect(renderTemplate({ body: 'Come indicato in {{agreement}}.', locale: 'it' }, { agreement: 'il contratto firmato' }).text)
      .toBe('Come indicato nel contratto firmato.');
  });
});
