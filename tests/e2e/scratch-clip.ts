import { launch } from './harness';
import { GMAIL_HEADERS, GMAIL_URL, fixture, page as fill } from '../fixtures/serve';
const name = process.argv[2] as 'chromium' | 'firefox';
const h = await launch(name);
try {
  h.serve(GMAIL_URL, { body: fill(fixture('gmail-panel.html'), { sender: 'Ana', email: 'a@b.c', subject: 's', message: 'Hello, can you do this?', head: '<textarea id="clip" style="position:fixed;left:0;top:0;width:200px;height:60px"></textarea>' }), headers: GMAIL_HEADERS });
  const page = await h.open(GMAIL_URL);
  await page.click('[data-testid="dp-open"]');
  await page.click('panel:[data-testid="dp-reason"][data-reason="schedule-full"]');
  await page.evaluate(() => { (document.getElementById('clip') as HTMLTextAreaElement).value = 'A\u0000B\u202eC <img src=x onerror=alert(1)> \uE000 end'; });
  await page.click('#clip');
  await page.press('Control+a');
  await page.press('Control+c');
  await page.click('panel:input[data-testid="dp-field"][data-var="date"]');
  await page.press('Control+a');
  await page.press('Control+v');
  const t0 = Date.now();
  console.log(name, JSON.stringify(await page.evaluate(() => (document.querySelector('[data-testid="dp-panel"]')!.shadowRoot!.querySelector('input[data-var="date"]') as HTMLInputElement).value)));
  await page.type('x'.repeat(300));
  console.log('typed 300 in', Date.now() - t0);
} finally { await h.close(); }
