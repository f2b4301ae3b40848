// The team library through real browser policies (docs/design.md section 11): a policy file
// written where each browser reads it, then the browser launched; one block per policy, so each
// launch reads its own. Both browsers run in this one file, one after the other, and every
// policy file is removed even when a check fails.
import { describe, expect, test } from 'vitest';
import { BROWSERS, type BrowserName, type MailPage } from './harness';
import type { Session } from './session';
import { GMAIL_HEADERS, GMAIL_URL, fixture, page as fill } from '../fixtures/serve';
import { editorText, panelAttributes, previewText } from './panel-helpers';
import { value } from './worker-messages';
import { useTeamBrowser } from './team-policy-files';
import { SAMPLE_TEAM_POLICY } from '../../src/core/team/sample-policy';

const CLIENT = { sender: 'Lucía Ferrer', email: 'lucia@estudioferrer.es', subject: 'Tienda',
  message: 'Hola Sam, ¿podéis añadir también la tienda online? No estaba en el presupuesto. Un saludo.' };
const policyWith = (edit: (p: Record<string, any>) => void): Record<string, any> => {
  const p = structuredClone(SAMPLE_TEAM_POLICY) as unknown as Record<string, any>;
  edit(p);
  return p;
};

describe.each(BROWSERS)('%s: team library from a browser policy', (name: BrowserName) => {
  async function openPanel(ctx: Session): Promise<MailPage> {
    const page = await ctx.open(GMAIL_URL, { body: fill(fixture('gmail-panel.html'), CLIENT), headers: GMAIL_HEADERS });
    await page.click('[data-testid="dp-open"]');
    await page.waitFor('panel:[data-testid="dp-reason"]');
    return page;
  }

  describe('the sample policy', () => {
    const ctx = useTeamBrowser(name, SAMPLE_TEAM_POLICY);

    test('team templates come first with their mark, insert with the team\'s rate, and duplicate into an editable personal copy', async () => {
      const options = await ctx.openExtensionPage('options.html');
      await options.waitFor('[data-testid="team-library"] [data-testid="team-template"]');
      expect(await options.evaluate(() => [...document.querySelectorAll('[data-testid="team-template"] strong')].map((e) => e.textContent)))
        .toEqual(['Acme: outside the agreed scope', 'Acme: fuera del alcance']);
      expect(await options.evaluate(() => document.querySelector('[data-testid="team-library"]')?.textContent)).toContain('Acme Studio');
      // Policies are locked by the sample: shown with the team's rate, disabled, saying by whom.
      expect(await options.evaluate(() => {
        const rate = document.querySelector<HTMLInputElement>('#profile input[name="rate"]')!;
        return [rate.value, rate.matches(':disabled'), rate.closest('[data-testid="team-locked"]')?.textContent?.includes('Acme Studio')];
      })).toEqual(['€80 per hour', true, true]);

      await options.click('[data-testid="team-template"][data-template-id="acme-scope"] [data-testid="team-duplicate"]');
      await options.waitFor('[data-testid="op-template"]');
      const personal = await value(options, 'templates/list', {}) as { templates: { id: string; name: string }[] };
      expect(personal.templates.map((t) => t.name)).toEqual(['Acme: outside the agreed scope']);
      const copyId = personal.templates[0]!.id;

      const page = await openPanel(ctx);
      await page.waitFor(`panel:[data-testid="dp-template"][data-template-id="${copyId}"]`);
      const listed = await panelAttributes(page, '[data-testid="dp-template"]', 'data-template-id');
      const teamFlags = await panelAttributes(page, '[data-testid="dp-template"]', 'data-team');
      expect(listed).toEqual(['team:acme-scope', 'team:acme-fuera-de-alcance', copyId]);
      expect(teamFlags).toEqual(['true', 'true', null]);
      expect(await page.evaluate(() => document.querySelector('[data-testid="dp-panel"]')?.shadowRoot
        ?.querySelector('[data-team="true"] .badge')?.textContent)).toBe('Team · Acme Studio');

      await page.click('panel:[data-testid="dp-template"][data-template-id="team:acme-fuera-de-alcance"]');
      expect(await previewText(page)).toMatch(/^Hola, Lucía:\n\nEso queda fuera de lo acordado.*a €80 per hour\./u);
      await page.click('panel:[data-testid="dp-insert"]');
      await page.waitUntil(() => !document.querySelector('[data-testid="dp-panel"]'));
      expect(await editorText(page)).toContain('Podemos presupuestarlo aparte a €80 per hour.');
    });
  });

  // The browser reads its policies at startup: a new launch is "next time".
  describe('a changed policy', () => {
    const ctx = useTeamBrowser(name, policyWith((p) => {
      p.templates = [{ ...p.templates[0], id: 'acme-scope-2', name: 'Acme: scope, second edition' }];
      p.locks.personalTemplates = false;
      p.defaults.tone = 'firm';
      p.locks.defaults = ['policies', 'tone'];
    }));

    test('a changed policy is what the browser shows next time: new templates, and personal templates locked', async () => {
      const page = await openPanel(ctx);
      await page.waitFor('panel:[data-testid="dp-template"][data-team="true"]');
      expect(await panelAttributes(page, '[data-testid="dp-template"]', 'data-template-id')).toEqual(['team:acme-scope-2']);
      // The locked tone is where drafts start, and says who set it.
      expect(await panelAttributes(page, '[data-testid="dp-tone"][aria-checked="true"]', 'data-tone')).toEqual(['firm']);
      expect(await page.evaluate(() => document.querySelector('[data-testid="dp-panel"]')?.shadowRoot
        ?.querySelector('[data-testid="dp-team-set"]')?.textContent)).toBe('Set by Acme Studio');

      const options = await ctx.openExtensionPage('options.html');
      await options.waitFor('[data-testid="team-personal-locked"]');
      expect(await options.evaluate(() => [Boolean(document.querySelector('[data-testid="op-new"]')),
        document.querySelectorAll('[data-testid="team-template"]').length, Boolean(document.querySelector('[data-testid="team-duplicate"]'))]))
        .toEqual([false, 1, false]);
    });
  });

  describe('a policy with a template the editor would refuse', () => {
    const ctx = useTeamBrowser(name, policyWith((p) => { p.templates[1].body = 'Hola {{nombre}}, no.'; }));

    test('a policy with a template the editor would refuse is ignored whole, with the problem and where in an alert', async () => {
      await value(await ctx.openExtensionPage('options.html'), 'templates/save', { template: { name: 'Mine', reason: 'out-of-scope', locale: 'en', tone: 'warm', body: 'Hi {{clientFirstName}}, not this time.' } });
      const options = await ctx.openExtensionPage('options.html');
      await options.waitFor('[data-testid="team-library"] [role="alert"]');
      const alert = await options.evaluate(() => document.querySelector('[data-testid="team-library"] [role="alert"]')?.textContent ?? '');
      expect(alert).toContain('Template 2 ("Acme: fuera del alcance"): Line 1, column 6: {{nombre}} is not a variable this template can fill.');
      expect(await options.evaluate(() => document.querySelectorAll('[data-testid="team-template"]').length)).toBe(0);
      // Nothing else changed: the member's own template and settings are as they were.
      expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('#profile input[name="rate"]')?.disabled)).toBe(false);
      const page = await openPanel(ctx);
      expect(await panelAttributes(page, '[data-testid="dp-template"]', 'data-team')).toEqual([null]);
    });
  });

  describe('a policy whose templates are not a list', () => {
    const ctx = useTeamBrowser(name, { teamName: 'Acme Studio', templates: 'see the wiki' });

    test('a team name whose templates are not a list is reported, not shown as an empty library', async () => {
      const options = await ctx.openExtensionPage('options.html');
      await options.waitFor('[data-testid="team-library"] [role="alert"]');
      // Chromium drops the key its schema refuses before the extension sees it; Firefox hands it over as written.
      expect(await options.evaluate(() => document.querySelector('[data-testid="team-library"] [role="alert"]')?.textContent))
        .toContain(name === 'chromium' ? '"templates" holds no template' : '"templates" should be a list.');
    });
  });
});
