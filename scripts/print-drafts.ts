// `npx tsx scripts/print-drafts.ts es` prints a language's drafts for every reason and tone, in
// each form of address, with sample values: what a reviewer reads to judge the wording.
import { LOCALES, REASONS, TONES, renderDraft, type DraftVars, type Locale } from '../src/core/index';

const SAMPLE: Record<Locale, DraftVars> = {
  en: { clientFirstName: 'Laura', myName: 'Sam', date: 'early March', rate: '€60 an hour', policy: 'one round of revisions of up to 15%',
    agreement: 'the proposal you approved on 3 May', offer: 'the two blog posts', referralName: 'Marta Ruiz', referralContact: 'marta@ruiz.studio',
    clause: 'the non-compete clause', declined: 'the social media management', resources: 'the Google Search Central guides', amount: 'the March invoice' },
  es: { clientFirstName: 'Lucía', myName: 'Sam', date: 'el 3 de marzo', rate: '60 € la hora', policy: 'una ronda de revisiones de hasta un 15 %',
    agreement: 'el presupuesto aprobado el 3 de mayo', offer: 'las dos entradas del blog', referralName: 'Marta Ruiz', referralContact: 'marta@ruiz.studio',
    clause: 'la cláusula de exclusividad', declined: 'la gestión de redes sociales', resources: 'las guías gratuitas de Google', amount: 'la factura de marzo' },
  it: { clientFirstName: 'Giulia', myName: 'Sam', date: 'il 3 marzo', rate: '60 € l\'ora', policy: 'un giro di revisioni fino al 15%',
    agreement: 'il preventivo approvato il 3 maggio', offer: 'i due articoli del blog', referralName: 'Marta Ruiz', referralContact: 'marta@ruiz.studio',
    clause: 'la clausola di non concorrenza', declined: 'la gestione dei social', resources: 'le guide gratuite di Google', amount: 'la fattura di marzo' },
};

// after-hours cites working hours, not the revision policy.
const HOURS: Record<Locale, string> = { en: 'Monday to Friday, 9 to 5', es: 'de lunes a viernes, de 9 a 17 h', it: 'dal lunedì al venerdì, dalle 9 alle 17' };

const locale = process.argv[2] as Locale;
if (!LOCALES.includes(locale)) throw new Error(`usage: print-drafts.ts ${LOCALES.join('|')}`);
for (const reason of REASONS) {
  for (const tone of TONES) {
    const shown = [
      { label: 'formal', req: { formality: 'formal' as const, variant: 0 } },
      { label: 'informal, another wording', req: { formality: 'informal' as const, variant: 1 } },
      ...(tone === 'warm' ? [{ label: 'several people, no values', req: { plural: true, variant: 2 }, bare: true }] : []),
    ];
    for (const { label, req, bare } of shown as { label: string; req: object; bare?: boolean }[]) {
      const { text } = renderDraft({ reason: reason.id, tone, locale, ...req, vars: bare ? {} : { ...SAMPLE[locale], ...(reason.id === 'after-hours' ? { policy: HOURS[locale] } : {}) } });
      console.log(`=== ${reason.id} · ${tone} · ${label}\n${text}\n`);
    }
  }
}
