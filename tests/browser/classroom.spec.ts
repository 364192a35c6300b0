// A class, for real: the teacher's presenter window and three students in their own browser
// contexts (one following in the other language), on a server this spec starts itself so that
// it can kill it mid-session. Service workers and storage stay on, as readers have them.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const PORT = Number(process.env.CLASSROOM_PORT ?? Number(process.env.TEST_PORT ?? 3210) + 7);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SLUG = 'hello-neuron';
const CHECK = 'slider-back';
/** Markup and a spreadsheet formula: it must stay plain text everywhere. */
const NICKNAME = '=1+1 <b>Cleo</b>';

let server: ChildProcess | null = null;

/** Starts `node server.mjs` on PORT and waits until it answers. */
async function startServer() {
  server = spawn(process.execPath, ['server.mjs', '-H', '127.0.0.1', '-p', String(PORT)], { stdio: 'ignore' });
  for (let tries = 0; tries < 200; tries++) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 150));
  }
  throw new Error('server.mjs did not start');
}

/** Kills the server at once (as a crash would), by its PID. */
async function killServer() {
  const child = server;
  if (!child || child.exitCode !== null) return;
  await new Promise((done) => {
    child.once('exit', done);
    child.kill('SIGKILL');
  });
}

test.beforeAll(async () => startServer());
test.afterAll(async () => killServer());
// While the server is down, each page's socket logs its failed reconnections.
test.use({ allowedConsole: [/WebSocket connection to .* failed/] });
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const current = (page: Page) => page.locator('[data-slide][data-current]');
async function openDeck(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('main[data-ready]')).toBeVisible({ timeout: 30_000 });
}
/** The teacher jumps with the deck's own "go to slide" (g). */
async function teacherGoTo(page: Page, index: number) {
  await page.keyboard.press('g');
  const field = page.getByTestId('goto').getByRole('textbox');
  await field.fill(String(index + 1));
  await field.press('Enter');
  await expect(current(page)).toHaveAttribute('data-slide', String(index));
}
async function expectAt(pages: Page[], index: number) {
  for (const page of pages) await expect(current(page)).toHaveAttribute('data-slide', String(index), { timeout: 15_000 });
}
/**
 * A deck in the other language numbers its slides differently (a long section fills more
 * slides): it must show the same section, and the same question when there is one.
 */
async function expectSamePlace(teacher: Page, page: Page) {
  const place = (deck: Page) => current(deck).evaluate((slide) => `${slide.getAttribute('data-section')} ${slide.querySelector('[data-check]')?.getAttribute('data-check') ?? ''}`);
  await expect.poll(() => place(page), { timeout: 15_000 }).toBe(await place(teacher));
}

interface Class {
  teacher: Page;
  projector: Page;
  students: Page[];
  contexts: BrowserContext[];
  code: string;
}

async function startClass(browser: Browser, teacher: Page): Promise<Class> {
  await openDeck(teacher, `${ORIGIN}/zh/${SLUG}/present?presenter`);
  await teacher.getByTestId('class-start').click();
  const code = (await teacher.getByTestId('class-code').textContent())!.trim();
  expect(code).toMatch(/^[23456789A-HJKMNP-Z]{6}$/);
  // The QR code encodes the join link (drawn in the page: no image from elsewhere).
  await expect(teacher.getByTestId('join-qr')).toBeVisible();
  await expect(teacher.getByTestId('class-drawer')).toContainText(`${ORIGIN}/zh/class?code=${code}`);

  const contexts: BrowserContext[] = [];
  const studentPage = async () => {
    const context = await browser.newContext();
    contexts.push(context);
    return context.newPage();
  };
  // Two students open the link the teacher shows; the third uses the join form and picks English.
  const students = [await studentPage(), await studentPage(), await studentPage()];
  for (const page of students.slice(0, 2)) await openDeck(page, `${ORIGIN}/zh/${SLUG}/present?class=${code}`);
  const english = students[2]!;
  await english.goto(`${ORIGIN}/zh/class?code=${code}`);
  await english.getByTestId('join-form').getByRole('textbox').nth(1).fill(NICKNAME);
  await english.getByRole('radio', { name: 'English' }).check();
  await english.getByTestId('join-form').getByRole('button').click();
  await expect(english).toHaveURL(new RegExp(`/en/${SLUG}/present\\?class=${code}`));
  await expect(english.locator('main[data-ready]')).toBeVisible({ timeout: 30_000 });
  await expect(teacher.getByTestId('class-count')).toContainText('3');

  const projector = await teacher.context().newPage();
  await openDeck(projector, `${ORIGIN}/zh/${SLUG}/present`);
  return { teacher, projector, students, contexts, code };
}

test('a teacher and three students: slides, answers, snap-back, a forged drive, a server restart', async ({ page, browser }) => {
  const { teacher, projector, students, contexts, code } = await startClass(browser, page);
  const [ana, ben, cleo] = students as [Page, Page, Page];

  // The join card on the projector, and not on a student's screen.
  await teacher.getByRole('button', { name: '在投影上显示加入码' }).click();
  await expect(projector.getByTestId('class-join-card')).toContainText(code);
  await expect(ana.getByTestId('class-join-card')).toHaveCount(0);
  await teacher.getByRole('button', { name: '隐藏加入码' }).click();
  await expect(projector.getByTestId('class-join-card')).toHaveCount(0);

  // Slide changes reach every student, in either language.
  await teacherGoTo(teacher, 3);
  await expectAt([projector, ana, ben], 3);
  await expect(cleo.locator('html')).toHaveAttribute('lang', 'en');
  await expectSamePlace(teacher, cleo);
  expect(await current(cleo).getAttribute('data-slide')).not.toBe('3'); // English needs more slides before it

  // Answers: the check's slide; each student answers on their own device.
  const checkSlide = Number(await teacher.locator(`[data-slide]:has([data-check="${CHECK}"])`).first().getAttribute('data-slide'));
  await teacherGoTo(teacher, checkSlide);
  await expectAt([ana, ben], checkSlide);
  await expectSamePlace(teacher, cleo);
  const choose = (student: Page, n: number) => current(student).locator(`[data-check="${CHECK}"] button[aria-pressed]`).nth(n).click();
  await choose(ana, 1);
  await choose(ben, 1);
  await choose(cleo, 0);
  const bars = teacher.locator(`[data-question="check:${CHECK}"] [data-testid="histogram"]`);
  await expect(bars.locator('[data-label="b"]')).toHaveAttribute('data-count', '2');
  await expect(bars.locator('[data-label="a"]')).toHaveAttribute('data-count', '1');
  // Each bar says what its option was, in the teacher's language (Cleo answered in English), and
  // the option nobody chose has its bar too.
  await expect(bars.locator('[data-label="a"]')).toContainText('会比原来稍微高一点');
  await expect(bars.locator('[data-label="b"]')).toContainText('正好回到原来那个数');
  await expect(bars.locator('[data-label="d"]')).toHaveAttribute('data-count', '0');
  await expect(teacher.locator(`[data-question="check:${CHECK}"]`)).toContainText('我的输出会怎样');
  // The histogram is anonymous (counts only); the nickname shows in the roster, as text.
  await expect(bars).not.toContainText('Cleo');
  await expect(teacher.getByTestId('class-roster')).toContainText(NICKNAME);
  await expect(teacher.getByTestId('class-drawer').locator('b')).toHaveCount(0);
  await teacher.locator(`[data-question="check:${CHECK}"]`).getByRole('button', { name: '投影显示' }).click();
  await expect(projector.getByTestId('class-results').locator('[data-label="b"]')).toHaveAttribute('data-count', '2');
  await expect(projector.getByTestId('class-results')).toContainText('我的输出会怎样');
  await expect(projector.getByTestId('class-results').locator('[data-label="b"]')).toContainText('正好回到原来那个数');
  // The export holds every answer.
  const download = teacher.waitForEvent('download');
  await teacher.getByRole('button', { name: '导出回答（CSV）' }).click();
  const csv = await (await download).createReadStream().then(async (stream) => {
    let text = '';
    for await (const chunk of stream) text += chunk;
    return text;
  });
  expect(csv.trim().split('\r\n')).toHaveLength(4);
  expect(csv).toContain(`check:${CHECK}`);
  expect(csv).toContain(`'${NICKNAME}`); // a spreadsheet shows it, never runs it
  await teacher.locator(`[data-question="check:${CHECK}"]`).getByRole('button', { name: '隐藏结果' }).click();

  // Snap-back: Ana browses ahead; the teacher moves on; one button brings her back.
  await teacherGoTo(teacher, 2);
  await expectAt([ana, ben], 2);
  await expectSamePlace(teacher, cleo);
  await ana.locator('main').focus();
  await ana.keyboard.press('ArrowRight');
  await ana.keyboard.press('ArrowRight');
  await expect(current(ana)).toHaveAttribute('data-slide', '4');
  await expect(ana.getByTestId('snap-back')).toBeVisible();
  await teacherGoTo(teacher, 5);
  await expectAt([ben], 5);
  await expectSamePlace(teacher, cleo);
  await expect(current(ana)).toHaveAttribute('data-slide', '4');
  await ana.getByTestId('snap-back').click();
  await expectAt([ana], 5);
  await expect(ana.getByTestId('snap-back')).toHaveCount(0);

  // A forged drive: Ben's page opens its own socket to the server, joins as a student and
  // sends the teacher's message. The server refuses it and nobody moves.
  const refusal = await ben.evaluate(async (joinCode) => {
    const socket = new WebSocket(`ws://${location.host}/classroom/?EIO=4&transport=websocket`);
    const packets: string[] = [];
    const waitFor = (prefix: string) =>
      new Promise<string>((done) => {
        const look = () => {
          const hit = packets.find((packet) => packet.startsWith(prefix));
          if (hit) done(hit);
          else setTimeout(look, 20);
        };
        look();
      });
    socket.onmessage = (event) => {
      packets.push(String(event.data));
      if (event.data === '2') socket.send('3'); // answer the server's ping
    };
    await new Promise((done) => (socket.onopen = done));
    await waitFor('0{');
    socket.send('40');
    await waitFor('40');
    socket.send(`420["join",{"code":"${joinCode}"}]`);
    await waitFor('430');
    socket.send('421["drive",{"kind":"deck","index":0,"step":0,"black":true}]');
    const reply = await waitFor('431');
    socket.close();
    return reply;
  }, code);
  expect(refusal).toBe('431[{"ok":false,"error":"not-teacher"}]');
  await ben.waitForTimeout(500);
  await expectAt([teacher, projector, ana, ben], 5);
  await expectSamePlace(teacher, cleo);
  await expect(ben.getByTestId('black-screen')).toHaveCount(0);

  // The server dies mid-session and comes back: everyone resumes at the teacher's slide, and
  // the teacher drives again.
  await killServer();
  await expect(ana.getByTestId('student-bar')).toContainText('连接断开');
  await startServer();
  await expectAt([ana, ben], 5);
  await expectSamePlace(teacher, cleo);
  await expect(ana.getByTestId('student-bar')).toContainText('正在跟随老师', { timeout: 20_000 });
  await teacherGoTo(teacher, 7);
  await expectAt([projector, ana, ben], 7);
  await expectSamePlace(teacher, cleo);

  await Promise.all(contexts.map((context) => context.close()));
});

// The teacher's presenter window owns the run (components/trainer/host.ts); its snapshots cross
// the classroom link like any deck message, and a student's deck only follows them.
test('students see the teacher’s run: its snapshots, not a copy of their own', async ({ page: teacher, browser }) => {
  await openDeck(teacher, `${ORIGIN}/zh/training/present?presenter`);
  await teacher.getByTestId('class-start').click();
  const code = (await teacher.getByTestId('class-code').textContent())!.trim();
  const context = await browser.newContext();
  const student = await context.newPage();
  const workers: string[] = [];
  student.on('worker', (worker) => workers.push(worker.url()));
  await openDeck(student, `${ORIGIN}/en/training/present?class=${code}`);

  const floorSlide = Number(await teacher.locator('[data-slide]:has([data-widget="TrainingFloor"])').first().getAttribute('data-slide'));
  await teacherGoTo(teacher, floorSlide);
  await expectSamePlace(teacher, student);
  const floor = (page: Page) => current(page).locator('[data-widget="TrainingFloor"]');
  for (let k = 0; k < 3; k++) await floor(teacher).getByRole('button', { name: '一步' }).click();
  // the numbers only: the student reads the same run in English
  const counters = (page: Page) =>
    Promise.all(['examples', 'steps', 'epochs', 'loss'].map(async (id) => (await floor(page).getByTestId(`floor-${id}`).textContent())?.match(/-?[\d.]+(e[+-]?\d+)?/)?.[0]));
  await expect.poll(() => counters(teacher)).toEqual([expect.any(String), '3', expect.any(String), expect.any(String)]);
  const teachers = await counters(teacher);
  await expect.poll(() => counters(student)).toEqual(teachers);
  // The student's device drew the teacher's snapshots: it started no trainer of its own.
  expect(workers.filter((url) => /trainer|worker/i.test(url))).toEqual([]);
  await context.close();
});

// A student's phone is not a projector: the teacher's slide flows at reading size down a page
// that scrolls (not a 960×540 stage shrunk to 0.37), in either language.
test('on a 360 px phone a student reads the slide, uses the widget, snaps back and answers', async ({ page: teacher, browser }) => {
  await openDeck(teacher, `${ORIGIN}/zh/training/present?presenter`);
  await teacher.getByTestId('class-start').click();
  const code = (await teacher.getByTestId('class-code').textContent())!.trim();
  const contexts = [await browser.newContext({ viewport: { width: 360, height: 780 }, hasTouch: true }), await browser.newContext({ viewport: { width: 360, height: 780 }, hasTouch: true })];
  const phones = [await contexts[0]!.newPage(), await contexts[1]!.newPage()];
  await openDeck(phones[0]!, `${ORIGIN}/zh/training/present?class=${code}`);
  await openDeck(phones[1]!, `${ORIGIN}/en/training/present?class=${code}`);

  const floorSlide = Number(await teacher.locator('[data-slide]:has([data-widget="TrainingFloor"])').first().getAttribute('data-slide'));
  await teacherGoTo(teacher, floorSlide);
  const floor = (page: Page) => current(page).locator('[data-widget="TrainingFloor"]');
  for (let k = 0; k < 2; k++) await floor(teacher).getByRole('button', { name: '一步' }).click();
  for (const phone of phones) {
    await expectSamePlace(teacher, phone);
    await expect(floor(phone).getByTestId('floor-steps')).toContainText('2', { timeout: 15_000 });
    const layout = await current(phone).evaluate((slide) => {
      const stage = slide.querySelector<HTMLElement>('[data-stage]')!;
      const main = slide.closest('main')!;
      const texts = [...slide.querySelectorAll<HTMLElement>('p, li, button, label')].filter((el) => el.getClientRects().length > 0 && el.clientWidth > 1 && el.textContent!.trim());
      return {
        // drawn size over laid-out size: 1 when nothing is shrunk
        scale: stage.getBoundingClientRect().width / stage.offsetWidth,
        width: stage.getBoundingClientRect().width,
        smallestText: Math.min(...texts.map((el) => parseFloat(getComputedStyle(el).fontSize))),
        sideways: main.scrollWidth - main.clientWidth,
        pastEdge: texts.filter((el) => el.getBoundingClientRect().right > innerWidth + 1 || el.getBoundingClientRect().left < -1).map((el) => el.textContent!.slice(0, 30)),
      };
    });
    expect(layout.scale).toBeCloseTo(1, 2);
    expect(layout.width).toBeGreaterThan(300);
    expect(layout.smallestText).toBeGreaterThanOrEqual(12);
    expect(layout.sideways).toBeLessThanOrEqual(0);
    expect(layout.pastEdge).toEqual([]);
    // the slide's story text is at reading size
    const narration = await current(phone).locator('[data-stage] p').evaluateAll((ps) => ps.filter((p) => !p.closest('[data-widget]') && p.textContent!.trim().length > 40).map((p) => parseFloat(getComputedStyle(p).fontSize)));
    expect(narration.length).toBeGreaterThan(0);
    expect(Math.min(...narration)).toBeGreaterThanOrEqual(16);
    // the widget's buttons are whole on screen and large enough to touch
    const stepButton = floor(phone).getByRole('button').first();
    await stepButton.scrollIntoViewIfNeeded();
    const box = (await stepButton.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(box.height).toBeGreaterThanOrEqual(32);
  }

  // Browsing on: the forward button at the bottom, then the snap-back button at the top, both on screen.
  const [mei, tom] = phones as [Page, Page];
  const next = mei.locator('main > nav [data-action="next"]');
  await expect(next).toBeInViewport({ ratio: 1 });
  // (a slide's hidden steps come first: tapped until the slide changes)
  await expect(async () => {
    await next.tap();
    await expect(current(mei)).not.toHaveAttribute('data-slide', String(floorSlide), { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await expect(mei.getByTestId('snap-back')).toBeInViewport({ ratio: 1 });
  await mei.getByTestId('snap-back').tap();
  await expect(current(mei)).toHaveAttribute('data-slide', String(floorSlide));

  // A question: each phone scrolls to an option and answers it; the teacher's bars count both.
  const question = 'one-step-counters';
  const checkSlide = Number(await teacher.locator(`[data-slide]:has([data-check="${question}"])`).first().getAttribute('data-slide'));
  await teacherGoTo(teacher, checkSlide);
  for (const phone of [mei, tom]) {
    await expectSamePlace(teacher, phone);
    const option = current(phone).locator(`[data-check="${question}"] button[aria-pressed]`).nth(1);
    await option.scrollIntoViewIfNeeded();
    await expect(option).toBeInViewport({ ratio: 1 });
    await option.tap();
  }
  const bars = teacher.locator(`[data-question="check:${question}"] [data-testid="histogram"]`);
  await expect(bars.locator('[data-label="b"]')).toHaveAttribute('data-count', '2');
  await Promise.all(contexts.map((context) => context.close()));
});
