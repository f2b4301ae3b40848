import { expect, test } from 'vitest';
import { cleanClientText } from './clean-message';

test('a Gmail reply keeps the client\'s new words, not the quoted message under "On … wrote:"', () => {
  const text = [
    'Hi Sam,', '', 'Could you also add a blog section while you are at it? Should be quick.', '', 'Thanks,', 'Laura', '',
    'On Mon, 3 Mar 2025 at 10:12, Sam Park <sam@example.com>', 'wrote:',
    '> Hi Laura, the new homepage is live. Let me know if the deadline works.',
  ].join('\n');
  expect(cleanClientText(text)).toBe('Hi Sam,\n\nCould you also add a blog section while you are at it? Should be quick.');
});

test('Spanish: "El … escribió:" and everything below it go, and so do "Un saludo" and the name', () => {
  const text = [
    'Hola Sam:', '¿Podrías tenerlo en cuatro días? Nos han adelantado la feria.', '', 'Un saludo,', 'Lucía Gómez', 'Directora de marketing',
    '', 'El lun, 3 mar 2025 a las 10:12, Sam Park (<sam@example.com>) escribió:', 'Hola Lucía, te envío el presupuesto revisado.',
  ].join('\n');
  expect(cleanClientText(text)).toBe('Hola Sam:\n¿Podrías tenerlo en cuatro días? Nos han adelantado la feria.');
});

test('Italian: "Il giorno … ha scritto:", the signature after "-- " and the legal footer go', () => {
  const text = [
    'Gentile Sam,', 'Le chiedo se può garantirci il raddoppio delle vendite entro giugno.', 'Cordiali saluti', 'Giulia Bianchi',
    '-- ', 'Bianchi Srl · Via Roma 1, Milano', 'Questo messaggio e i suoi allegati sono riservati e destinati esclusivamente al destinatario.',
    'Il giorno lun 3 mar 2025 alle ore 10:12 Sam Park <sam@example.com> ha scritto:', 'Buongiorno Giulia, ecco la proposta.',
  ].join('\n');
  expect(cleanClientText(text)).toBe('Gentile Sam,\nLe chiedo se può garantirci il raddoppio delle vendite entro giugno.');
});

test("Outlook's From/Sent/To/Subject block, in any of the three languages, starts the older mail", () => {
  for (const [from, sent, to, subject] of [['From', 'Sent', 'To', 'Subject'], ['De', 'Enviado', 'Para', 'Asunto'], ['Da', 'Inviato', 'A', 'Oggetto']]) {
    const text = `Can we talk about the invoice?\n\n${from}: Sam Park <sam@example.com>\n${sent}: Monday, March 3, 2025 10:12\n${to}: Laura\n${subject}: Invoice\n\nHere is the invoice.`;
    expect(cleanClientText(text)).toBe('Can we talk about the invoice?');
  }
});

test('"-----Original Message-----", Outlook\'s rule and lines quoted with ">" are older mail', () => {
  expect(cleanClientText('Please call me tonight.\n-----Original Message-----\nFrom: Sam\nI am off until Monday.')).toBe('Please call me tonight.');
  expect(cleanClientText('Llámame esta noche.\n________________________________\nDe: Sam\nHasta el lunes.')).toBe('Llámame esta noche.');
  expect(cleanClientText('> your quote said two rounds\nIt said unlimited tweaks.\n> see attached')).toBe('It said unlimited tweaks.');
});

test('device and legal footers go; a client mentioning privacy or a recipient in the message stays', () => {
  expect(cleanClientText('Send me the files tonight please.\n\nSent from my iPhone')).toBe('Send me the files tonight please.');
  expect(cleanClientText('Necesito el informe mañana.\nEste mensaje y sus anexos son confidenciales y para uso exclusivo del destinatario.'))
    .toBe('Necesito el informe mañana.');
  const italian = 'Ciao, puoi aggiungere anche la pagina privacy al sito?\nCi serve per il lancio.';
  expect(cleanClientText(italian)).toBe(italian);
});

test('a "Thanks" that starts a sentence, or a sign-off followed by more request, is kept', () => {
  const text = 'Thanks for the files.\nThanks!\nAlso, could you move the deadline up to Friday because our launch was brought forward?\nMark';
  expect(cleanClientText(text)).toBe(text);
  expect(cleanClientText('Grazie mille per il lavoro, ma il prezzo è troppo alto per noi.')).toBe('Grazie mille per il lavoro, ma il prezzo è troppo alto per noi.');
});

test('nothing but quoted history leaves nothing', () => {
  expect(cleanClientText('On Mon, 3 Mar 2025, Sam <sam@example.com> wrote:\n> old words')).toBe('');
  expect(cleanClientText('')).toBe('');
});

test('a sign-off word that opens a sentence near the end is not a sign-off', () => {
  const text = 'Hi Sam,\nThanks for the quick turnaround on the logo\nbut we need more changes\nLaura';
  expect(cleanClientText(text)).toBe(text);
  expect(cleanClientText('Hi Sam,\nCan you do it for less?\nCheers, Tom\nAcme Ltd')).toBe('Hi Sam,\nCan you do it for less?');
});

test('two-word sign-offs ("Best regards", "Un cordial saludo", "Distinti saluti") start the sign-off block', () => {
  for (const signOff of ['Best regards,', 'Un cordial saludo,', 'Distinti saluti']) {
    expect(cleanClientText(`Hello,\nWe need it by Friday.\n${signOff}\nAna Ruiz\n+34 600 000 000`)).toBe('Hello,\nWe need it by Friday.');
  }
});
