// Screenshots of the options page for the README: a few templates, one open in the editor with
// its preview and tone findings. `npx tsx scripts/options-screenshot.ts [out.png] [--dark] [--top]`
// (builds first; default docs/options.png).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/harness/chromium';

const args = process.argv.slice(2);
const out = resolve(args.find((a) => a.endsWith('.png')) ?? 'docs/options.png');
execFileSync('npx', ['tsx', 'scripts/build.ts'], { stdio: 'inherit' });

const TEMPLATES = [
  { name: 'Booked until spring', reason: 'schedule-full', locale: 'en', tone: 'warm',
    body: "Hi {{clientFirstName}},\n\nThank you for thinking of me for the new shop. I'm afraid I just can't take this on: my calendar is full until {{date}}.\n\nIf it can wait, I'd be glad to start then.\n\nBest,\n{{myName}}" },
  { name: 'Extra revisions — firm', reason: 'extra-revisions', locale: 'en', tone: 'firm',
    body: 'Hi {{clientFirstName}},\n\nThanks for the notes. Our agreement includes {{policy}}, and that round is done. Further changes are billed at {{rate}}.\n\nBest,\n{{myName}}' },
  { name: 'Agenda completa hasta marzo', reason: 'schedule-full', locale: 'es', tone: 'neutral',
    body: 'Hola, {{clientFirstName}}:\n\nGracias por escribirme. No puedo aceptar el proyecto: tengo la agenda completa hasta {{date}}.\n\nUn saludo,\n{{myName}}' },
  { name: 'Niente sconti a lavoro consegnato', reason: 'discount-after-delivery', locale: 'it', tone: 'firm',
    body: 'Gentile {{clientFirstName}},\n\ngrazie per il messaggio. Il lavoro è stato consegnato come concordato in {{agreement}}, quindi il prezzo resta quello.\n\nCordiali saluti,\n{{myName}}' },
  { name: 'Weekend calls', reason: 'after-hours', locale: 'en', tone: 'neutral',
    body: 'Hi {{clientFirstName}},\n\nThanks for reaching out. I work {{policy}}, so I will answer on Monday.\n\nBest,\n{{myName}}' },
];

const h = await launchChromium({ colorScheme: args.includes('--dark') ? 'dark' : 'light', viewport: { width: 1280, height: 1180 } });
try {
  const page = await h.openExtensionPage('options.html');
  const ids: string[] = [];
  await page.evaluate(() => localStorage.setItem('dp:welcome-dismissed', '1'));
  for (const template of TEMPLATES) {
    const answer = await page.evaluate((req) => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime
      .sendMessage({ dp: 1, type: 'templates/save', req }), { template }) as { ok: boolean; value: { id: string } };
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    ids.push(answer.value.id);
  }
  await page.evaluate((profile) => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime
    .sendMessage({ dp: 1, type: 'profile/save', req: { profile } }), {
    myName: 'Sam Rivera', signature: '', tone: 'warm', locale: 'en', formality: 'formal',
    policies: { revisions: 'one round of revisions of up to 15%', workingHours: 'Monday to Friday, 9:00 to 18:00', paymentTerms: '', rate: '€60 an hour', boundaries: '' },
  });
  await page.close();
  const options = await h.openExtensionPage('options.html');
  await options.click(`[data-testid="op-template"][data-template-id="${ids[0]}"]`);
  await options.waitFor('[data-testid="op-finding"]');
  await options.click('#op-editor-heading'); // moves the pointer off the list, so no row shows a hover
  if (!args.includes('--top')) {
    await options.evaluate(() => document.getElementById('templates')!.scrollIntoView({ behavior: 'instant' as ScrollBehavior }));
  }
  await options.screenshot(out);
  console.log(`wrote ${out}`);
} finally {
  await h.close();
}
