// What `npm test` prints when a system dependency is missing: the one setup command and the apt line
// it runs, both from scripts/debian-packages.txt (the only list of those packages).
import { readFileSync } from 'node:fs';

export const DEBIAN_PACKAGES = readFileSync(new URL('./debian-packages.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.replace(/#.*/, '').trim())
  .filter(Boolean);

export const SETUP_HINT =
  'Set up a fresh Debian 12 machine once with:  bash scripts/setup-debian.sh\n' +
  `(it runs: sudo apt-get update && sudo apt-get install -y ${DEBIAN_PACKAGES.join(' ')}, then npm ci)`;
