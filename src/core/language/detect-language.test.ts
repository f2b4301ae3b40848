import { describe, expect, test } from 'vitest';
import { detectLanguage } from './detect-language';

describe('detectLanguage on client emails', () => {
  test.each([
    [
      'en',
      'Hi Sam, thanks for sending the mockups over. We love the direction, but could you also put together a few social media banners while you are at it? It should only take you an hour or so. Best, Laura',
    ],
    [
      'en',
      "Hello, I'm writing on behalf of my boss, who would like to know whether you can have the whole site ready by Friday. Let me know asap!",
    ],
    [
      'es',
      'Hola Marta, muchas gracias por el presupuesto. La verdad es que nos parece un poco caro para lo que necesitamos; ¿podrías hacernos un descuento si te pagamos la mitad ahora? Un saludo, Javier',
    ],
    [
      'es',
      'Buenos días: le escribo porque hemos revisado el logo y, aunque está muy bien, queremos otra ronda de cambios antes del lunes. Quedo atento.',
    ],
    [
      'it',
      "Ciao Luca, grazie per il preventivo. Ti volevo chiedere se è possibile avere tutto pronto per venerdì, perché il cliente ha anticipato la presentazione. Fammi sapere, un saluto, Giulia",
    ],
    [
      'it',
      "Buongiorno, abbiamo ricevuto il lavoro e siamo contenti, però vorremmo pagare un po' meno di quanto concordato visto che ci avete messo poco tempo. Cordiali saluti",
    ],
  ] as const)('a typical %s email is recognised', (locale, email) => {
    expect(detectLanguage(email)).toBe(locale);
  });

  test('a few words are too little to tell', () => {
    expect(detectLanguage('Thanks!')).toBeUndefined();
    expect(detectLanguage('Gracias, hasta luego')).toBeUndefined();
    expect(detectLanguage('')).toBeUndefined();
    expect(detectLanguage('12345 67890 !!! ???')).toBeUndefined();
  });

  test('French and Portuguese emails are not mistaken for a supported language', () => {
    expect(
      detectLanguage(
        "Bonjour Paul, merci pour votre devis. Nous aimerions savoir s'il est possible de livrer le site avant la fin du mois, car notre lancement a été avancé. Cordialement, Claire",
      ),
    ).toBeUndefined();
    expect(
      detectLanguage(
        'Olá João, obrigado pela proposta. Gostaríamos de saber se não é possível fazer um desconto, porque o orçamento deste ano está muito apertado. Abraços, Ana',
      ),
    ).toBeUndefined();
    expect(
      detectLanguage(
        "Hola Pere, gràcies per la proposta. Ens agradaria saber si és possible tenir-ho tot enllestit abans de divendres, perquè el client ho necessita. Salutacions",
      ),
    ).toBeUndefined();
  });

  test('signatures, links, numbers and an English footer do not outvote a Spanish message', () => {
    const email = [
      'Hola Ana, te escribo porque necesitamos que revises otra vez el informe que nos mandaste la semana pasada. ¿Puedes tenerlo para el jueves? Gracias de antemano.',
      '--',
      'Jorge Pérez | Director de Marketing',
      'https://www.example.com/es/contacto?ref=1234 · +34 600 123 456',
      'Sent from my iPhone',
    ].join('\n');
    expect(detectLanguage(email)).toBe('es');
  });

  test('an Italian message full of figures and addresses is still Italian', () => {
    const email =
      'Ciao, ti giro il file aggiornato (v3_final_2024.pdf): le pagine 12-18 sono da rifare entro il 15/03, come detto al telefono. Il budget resta 1.200 € + IVA. Scrivimi a mario.rossi@example.it se hai dubbi.';
    expect(detectLanguage(email)).toBe('it');
  });

  test('a whole long email is handled in one pass and keeps its language', () => {
    const paragraph =
      'We really appreciate everything you have done for the project so far, and the team is happy with the results. ';
    expect(detectLanguage(paragraph.repeat(2000))).toBe('en');
  });
});
