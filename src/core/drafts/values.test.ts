import { describe, expect, test } from 'vitest';
import { cleanValue, joinValue } from './values';

describe('a value as the user typed it', () => {
  test('keeps the words, tidies the spaces', () => {
    expect(cleanValue('  early\n March  ')).toBe('early March');
  });
  test('drops invisible controls and direction overrides that would make it read differently', () => {
    expect(cleanValue('Ana\u202e ecnalab\u0000')).toBe('Ana ecnalab');
  });
  test('is missing when blank or not text', () => {
    expect(cleanValue('   ')).toBeUndefined();
    expect(cleanValue(undefined)).toBeUndefined();
    expect(cleanValue(42)).toBeUndefined();
  });
});

describe('a value joined to the sentence before it', () => {
  test.each([
    ['es', 'a partir de ', 'el 15 de marzo', 'a partir del 15 de marzo'],
    ['es', 'Te responderé antes de ', 'marzo', 'Te responderé antes de marzo'],
    ['es', 'Lo acordado consta en ', 'el contrato', 'Lo acordado consta en el contrato'],
    ['es', 'Empiezo ', 'el lunes', 'Empiezo el lunes'],
    ['es', 'De vuelta a ', 'el inicio', 'De vuelta al inicio'],
    ['es', 'Viajo a ', 'El Salvador', 'Viajo a El Salvador'],
    ['es', 'a partir de ', 'a principios de marzo', 'a partir de principios de marzo'],
    ['es', 'Puedo entregarlo para ', 'en abril', 'Puedo entregarlo para abril'],
    ['es', 'Cualquier modificación de ', 'en el contrato', 'Cualquier modificación del contrato'],
    ['es', 'Empiezo ', 'a principios de marzo', 'Empiezo a principios de marzo'],
    ['es', 'Me ocupo de ', 'A Coruña', 'Me ocupo de A Coruña'],
    ['it', 'è riportato in ', 'il contratto del 3 maggio', 'è riportato nel contratto del 3 maggio'],
    ['it', 'disponibile da ', 'la prossima settimana', 'disponibile dalla prossima settimana'],
    ['it', 'a partire da ', "l'inizio di marzo", "a partire dall'inizio di marzo"],
    ['it', 'nei termini ', 'degli accordi', 'nei termini degli accordi'],
    ['it', 'come scritto su ', 'gli accordi', 'come scritto sugli accordi'],
    ['it', 'il testo di ', 'lo scorso preventivo', 'il testo dello scorso preventivo'],
    ['it', 'entro ', 'il 15 marzo', 'entro il 15 marzo'],
    ['it', 'a partire da ', 'marzo', 'a partire da marzo'],
    ['it', 'Vado a ', 'La Spezia', 'Vado a La Spezia'],
    ['it', 'può rivolgersi a ', 'Anna Galli', 'può rivolgersi ad Anna Galli'],
    ['it', 'rimando a ', 'aprile', 'rimando ad aprile'],
    ['it', 'Lo affido a ', 'Studio Nuvola', 'Lo affido a Studio Nuvola'],
    ['en', 'from ', 'the 15th', 'from the 15th'],
    ['en', 'Call me on ', 'early March', 'Call me on early March'],
  ] as const)('%s: "%s" + "%s"', (locale, before, value, expected) => {
    expect(joinValue(before, value, locale)).toBe(expected);
  });
});

describe('British English: a phone number is reached "on", an address "at"', () => {
  test.each([
    ['You can reach them at ', '+44 20 7946 0321', 'You can reach them on +44 20 7946 0321'],
    ['Aisha can be reached at ', '020 7946 0321', 'Aisha can be reached on 020 7946 0321'],
    ['You can reach them at ', 'ben@walshdesign.co.uk', 'You can reach them at ben@walshdesign.co.uk'],
    ['You can reach them at ', 'studiokite.com', 'You can reach them at studiokite.com'],
    ['I recommend contacting Ben ', '+44 20 7946 0321', 'I recommend contacting Ben +44 20 7946 0321'],
  ] as const)('"%s" + "%s"', (before, value, expected) => {
    expect(joinValue(before, value, 'en', 'contact')).toBe(expected);
  });
});

describe('a date takes the preposition its shape needs: English "on", "in", "at", "by"; Italian "entro", "da"', () => {
  test.each([
    ['en', 'I could start on ', 'early March', 'I could start in early March'],
    ['en', 'I could start on ', 'mid-September', 'I could start in mid-September'],
    ['en', 'I could start on ', 'the week of 14 April', 'I could start in the week of 14 April'],
    ['en', 'I could start on ', 'the end of the month', 'I could start at the end of the month'],
    ['en', 'I could start on ', 'next Friday', 'I could start next Friday'],
    ['en', 'I could start in ', 'Monday 3 June', 'I could start on Monday 3 June'],
    ['en', 'I could start at ', '14 April', 'I could start on 14 April'],
    ['en', 'I could start on ', 'in early March', 'I could start in early March'],
    ['en', 'I could start on ', 'whenever suits you', 'I could start on whenever suits you'],
    ['en', "I'll reply by ", 'the week of 14 April', "I'll reply during the week of 14 April"],
    ['en', "I'll reply by ", 'the end of the month', "I'll reply by the end of the month"],
    ['en', "I'll reply by ", 'on Friday', "I'll reply by Friday"],
    ['en', 'Free from ', 'next Friday', 'Free from next Friday'],
    ['en', 'My start date is ', 'in early March', 'My start date is in early March'],
    ['it', 'Le rispondo entro ', 'inizio marzo', "Le rispondo entro l'inizio di marzo"],
    ['it', 'Sono libero da ', 'fine aprile', 'Sono libero dalla fine di aprile'],
    ['it', 'a partire da ', 'metà settembre', 'a partire dalla metà di settembre'],
    ['it', 'Le rispondo entro ', 'fine mese', 'Le rispondo entro fine mese'],
    ['it', 'Arrivo a ', 'inizio marzo', 'Arrivo a inizio marzo'],
  ] as const)('%s: "%s" + "%s"', (locale, before, value, expected) => {
    expect(joinValue(before, value, locale, 'date')).toBe(expected);
  });
});
