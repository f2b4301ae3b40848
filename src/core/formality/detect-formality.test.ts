import { expect, test } from 'vitest';
import { detectFormality } from './detect-formality';

test('a Spanish client who writes tú, vos or vosotros is answered informally', () => {
  expect(detectFormality('Hola Sam, ¿podrías tenerlo en cuatro días? Nos urge.', 'es')).toBe('informal');
  expect(detectFormality('Che, ¿podés mandarme la factura hoy? Sos un genio.', 'es')).toBe('informal');
  expect(detectFormality('¿Podéis enviarnos el presupuesto revisado? Os lo agradecemos.', 'es')).toBe('informal');
});

test('a Spanish client who writes usted, in Spain or Latin America, is answered formally', () => {
  expect(detectFormality('Estimado Sam: le escribo para pedirle un presupuesto. ¿Podría enviármelo esta semana?', 'es')).toBe('formal');
  expect(detectFormality('Buenas tardes, quisiera saber si ustedes pueden entregar el diseño antes del viernes.', 'es')).toBe('formal');
  expect(detectFormality('Disculpe la molestia, ¿me confirma si usted recibió el pago?', 'es')).toBe('formal');
});

test('an Italian client who writes tu or voi is answered informally, one who writes Lei formally', () => {
  expect(detectFormality('Ciao Sam, mi mandi il file? Grazie, sei un tesoro.', 'it')).toBe('informal');
  expect(detectFormality('Potete consegnare il sito entro venerdì? Ci servirebbe per la fiera.', 'it')).toBe('informal');
  expect(detectFormality('Gentile Sam, La ringrazio per la proposta. Potrebbe inviarmi il preventivo?', 'it')).toBe('formal');
  expect(detectFormality('Buongiorno, le scrivo per chiederle se può anticipare la consegna. Mi faccia sapere.', 'it')).toBe('formal');
});

test('English, and text that says nothing about the form of address, get no answer', () => {
  expect(detectFormality('Hi Sam, could you send it to me by Friday? You are the best.', 'en')).toBeUndefined();
  expect(detectFormality('Buongiorno, il sito è lento da ieri.', 'it')).toBeUndefined();
  expect(detectFormality('El presupuesto de la empresa es de 500 euros.', 'es')).toBeUndefined();
  expect(detectFormality('', 'es')).toBeUndefined();
});

test('a message that mixes tú and usted is not a guess', () => {
  expect(detectFormality('Estimado Sam, le escribo porque ¿puedes enviarme tu factura? Usted sabe que tienes que hacerlo.', 'es')).toBeUndefined();
});
