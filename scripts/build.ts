// Builds dist/chrome and dist/firefox from one source tree, manifest.json (what is the same on
// every host) and the host registry (scripts/manifest.ts writes the rest of each manifest).
// `--watch` rebuilds on every change (esbuild's incremental context: well under a second).
import { build, context, type BuildOptions, type Plugin } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, watch } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestFor, pageWorldEntries, type Target } from './manifest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// `--out DIR` builds elsewhere than dist/ (the built-code test checks a fresh build of its own).
const outFlag = process.argv.indexOf('--out');
const dist = outFlag > 0 && process.argv[outFlag + 1] ? resolve(process.argv[outFlag + 1]!) : join(root, 'dist');
// `--test` builds in the messages only end-to-end tests send; the shipped build leaves them out.
const testBuild = process.argv.includes('--test');
const targets: readonly Target[] = ['chrome', 'firefox'];

function copyStatic(target: Target): void {
  const out = join(dist, target);
  mkdirSync(join(out, 'icons'), { recursive: true });
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifestFor(target, JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'))), null, 2));
  cpSync(join(root, '_locales'), join(out, '_locales'), { recursive: true });
  cpSync(join(root, 'managed-schema.json'), join(out, 'managed-schema.json'));
  for (const size of [16, 32, 48, 128]) cpSync(join(root, `icons/icon-${size}.png`), join(out, `icons/icon-${size}.png`));
  cpSync(join(root, 'src/options/options.html'), join(out, 'options.html'));
  cpSync(join(root, 'src/options/options.css'), join(out, 'options.css'));
}

function optionsFor(target: Target): BuildOptions[] {
  const common: BuildOptions = {
    bundle: true,
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    target: target === 'chrome' ? 'chrome121' : 'firefox140',
    define: { __BROWSER__: JSON.stringify(target), __TEST_BUILD__: JSON.stringify(testBuild) },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
    absWorkingDir: root,
  };
  const out = join(dist, target);
  return [
    // Classic scripts: MV3 content scripts and Chrome's worker are not modules everywhere.
    { ...common, format: 'iife', entryPoints: { background: 'src/background/index.ts', content: 'src/content/loader.ts', ...pageWorldEntries() }, outdir: out },
    // The panel is an ES module the loader imports on first use, so it costs nothing until then.
    { ...common, format: 'esm', entryPoints: { panel: 'src/content/chunk.ts' }, outdir: out },
    // The live tone check, loaded on the first focus of a compose editor.
    { ...common, format: 'esm', entryPoints: { tone: 'src/content/tone-marks/tone-chunk.ts' }, outdir: out },
    { ...common, format: 'esm', entryPoints: { options: 'src/options/index.tsx' }, outdir: out },
  ];
}

async function buildOnce(): Promise<void> {
  rmSync(dist, { recursive: true, force: true });
  await Promise.all(targets.flatMap((t) => { copyStatic(t); return optionsFor(t).map((o) => build(o)); }));
}

/** Says what was rebuilt and how long it took, so a save visibly lands in dist/. */
const announce = (target: Target): Plugin => ({
  name: 'announce',
  setup(b) {
    let started = 0;
    b.onStart(() => void (started = performance.now()));
    b.onEnd((result) => {
      const entries = Object.keys(b.initialOptions.entryPoints ?? {}).join(', ');
      if (result.errors.length === 0) console.log(`rebuilt ${entries} for ${target} in ${Math.round(performance.now() - started)} ms`);
    });
  },
});

async function watchMode(): Promise<void> {
  await buildOnce();
  const contexts = await Promise.all(targets.flatMap((t) => optionsFor(t).map((o) => context({ ...o, plugins: [announce(t)] }))));
  await Promise.all(contexts.map((c) => c.watch()));
  for (const path of ['manifest.json', '_locales', 'icons', 'src/options/options.html', 'src/options/options.css']) {
    watch(join(root, path), { recursive: true }, () => {
      for (const t of targets) copyStatic(t);
      console.log(`copied static files after a change in ${path}`);
    });
  }
  console.log('watching for changes; dist/chrome and dist/firefox rebuild on save');
}

if (process.argv.includes('--watch')) await watchMode();
else {
  const started = performance.now();
  await buildOnce();
  console.log(`built dist/chrome and dist/firefox in ${Math.round(performance.now() - started)} ms`);
}
