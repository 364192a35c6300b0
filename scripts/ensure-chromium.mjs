// Makes sure the browser tests have a Chromium: CHROME_PATH, else Debian's /usr/bin/chromium,
// installed with apt-get when we are root on Debian. Elsewhere it says what to do.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const wanted = process.env.CHROME_PATH || '/usr/bin/chromium';
const hasCjkFont = () => fs.existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');

if (fs.existsSync(wanted) && (process.env.CHROME_PATH || hasCjkFont())) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!process.env.CHROME_PATH && isRoot && fs.existsSync('/usr/bin/apt-get')) {
  console.log('Installing Debian chromium and fonts-noto-cjk for the browser tests…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', {
    stdio: 'inherit',
  });
  process.exit(0);
}
if (!fs.existsSync(wanted)) {
  console.error(`No Chromium at ${wanted}. Install Chromium and set CHROME_PATH to its executable.`);
  process.exit(1);
}
