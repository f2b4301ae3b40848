// Store-ready zips of both builds, through web-ext build, into artifacts/.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('manifest.json', 'utf8')) as { version: string };
for (const target of ['chrome', 'firefox']) {
  const filename = `decline-politely-${target}-${version}.zip`;
  execFileSync('npx', ['web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', 'artifacts', '--filename', filename, '--overwrite-dest'], { stdio: 'inherit' });
}
