// The example team policy: docs/team-library.md's examples are generated from it
// (scripts/team-policy-docs.ts), and the tests check that it is accepted as written.
export const SAMPLE_TEAM_POLICY = {
  teamName: 'Acme Studio',
  templates: [
    {
      id: 'acme-scope',
      name: 'Acme: outside the agreed scope',
      reason: 'out-of-scope',
      locale: 'en',
      tone: 'neutral',
      body: 'Hi {{clientFirstName}},\n\nThat request is outside what we agreed, so we will not take it on in this project. We can quote it separately at {{rate}}.\n\nBest,\n{{myName}}',
    },
    {
      id: 'acme-fuera-de-alcance',
      name: 'Acme: fuera del alcance',
      reason: 'out-of-scope',
      locale: 'es',
      tone: 'neutral',
      body: 'Hola, {{clientFirstName}}:\n\nEso queda fuera de lo acordado, así que no lo incluiremos en este proyecto. Podemos presupuestarlo aparte a {{rate}}.\n\nUn saludo,\n{{myName}}',
    },
  ],
  defaults: {
    policies: { rate: '€80 per hour', workingHours: 'Monday to Friday, 9:00 to 18:00' },
    signature: 'Acme Studio · acme.example',
    tone: 'neutral',
  },
  locks: { personalTemplates: true, defaults: ['policies'] },
} as const;
