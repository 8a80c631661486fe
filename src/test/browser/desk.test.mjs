// The review desk in a real headless Chromium: sign in, open an article held by a failed gate, edit it, see the
// gates run again, approve it; then open another and reject it. Run by DeskBrowserTests (Java), which seeds the
// articles on the real broker and checks the topics afterwards:
//   node src/test/browser/desk.test.mjs <baseUrl> <keyToApprove> <keyToReject> <inventedSentence> <screenshotDir>
// Prints one line per step; exits 0 when every step passed, 1 otherwise.
import chromium from '@sparticuz/chromium';
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [base, approveKey, rejectKey, invented, shots] = process.argv.slice(2);
if (!base || !approveKey || !rejectKey || !invented || !shots) {
  console.error('usage: desk.test.mjs <baseUrl> <keyToApprove> <keyToReject> <inventedSentence> <screenshotDir>');
  process.exit(2);
}
const STEP_TIMEOUT_MS = 30_000;
mkdirSync(shots, { recursive: true });

function check(condition, what) {
  if (!condition) {
    throw new Error('failed: ' + what);
  }
  console.log('ok   ' + what);
}

const articlePath = (key) => '/desk/article?key=' + encodeURIComponent(key);
const url = (path) => new URL(path, base).toString();

async function submit(page, selector) {
  await Promise.all([page.waitForNavigation({ timeout: STEP_TIMEOUT_MS }), page.click(selector)]);
}

// Landmarks, one h1, and a label for every visible form control.
async function checkAccessible(page, what) {
  const found = await page.evaluate(() => ({
    main: document.querySelectorAll('main').length,
    header: document.querySelectorAll('header').length,
    h1: document.querySelectorAll('h1').length,
    unlabelled: [...document.querySelectorAll('input:not([type=hidden]), textarea, select')]
      .filter((control) => control.labels.length === 0).map((control) => control.name),
    lang: document.documentElement.lang,
  }));
  check(found.main === 1 && found.header === 1 && found.h1 === 1 && found.lang === 'en'
    && found.unlabelled.length === 0, what + ': landmarks, one h1, every control labelled '
    + JSON.stringify(found));
}

const browser = await puppeteer.launch({
  executablePath: await chromium.executablePath(),
  args: chromium.args,
  headless: true,
  defaultViewport: { width: 1280, height: 900 },
});
let failed = false;
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);

  // Signing in: the desk sends an anonymous visitor to its login form.
  await page.goto(url('/desk'));
  check(new URL(page.url()).pathname === '/desk/login', 'an anonymous visitor is sent to the login page');
  await page.type('#j_username', 'editor');
  await page.type('#j_password', 'editor');
  await submit(page, '#sign-in');
  check(new URL(page.url()).pathname === '/desk', 'signed in, on the queue');
  check((await page.$eval('h1', (h) => h.textContent)) === 'Review queue', 'the queue page');
  await page.screenshot({ path: join(shots, 'review-desk-queue.png'), fullPage: false });

  // The article held by a failed gate, from the queue.
  const link = `a[href="${articlePath(approveKey)}"]`;
  check((await page.$(link)) !== null, 'the held article is listed in the queue');
  await submit(page, link);
  check((await page.$('.gates.failed li[data-gate="no-invented-numbers"]')) !== null,
    'the failed gate no-invented-numbers is listed');
  const marked = await page.$$eval('.rewrite mark.gate-hit[data-gate="no-invented-numbers"]',
    (marks) => marks.map((mark) => mark.textContent));
  check(marked.includes('987'), 'the invented number is highlighted in the rewrite (' + marked.join(', ') + ')');
  check((await page.$$('.source p')).length > 3, 'the source is shown beside the rewrite');
  check((await page.$$('.assessments tbody tr')).length > 5, 'the SEO assessments are shown');
  check((await page.$eval('.provenance dl', (dl) => dl.textContent)).includes('Prompt version'),
    'the provenance is shown');
  await page.screenshot({ path: join(shots, 'review-desk-article.png'), fullPage: false });
  await checkAccessible(page, 'the article page');

  // Edit: remove the invented sentence; the gates run again.
  await submit(page, '#edit');
  const text = await page.$eval('#markdown', (area) => area.value);
  check(text.includes(invented.trim()), 'the editor holds the Markdown with the invented sentence');
  await page.$eval('#markdown', (area, sentence) => { area.value = area.value.replace(sentence, ''); }, invented);
  await submit(page, '#save');
  check((await page.$eval('#checks-heading', (h) => h.textContent)).includes('Checks run again on the edited text'),
    'the page shows the checks run again on the edited text');
  check((await page.$('.gates.passed li[data-gate="no-invented-numbers"]')) !== null,
    'no-invented-numbers passes on the edited text');
  check((await page.$('.gates.failed li[data-gate="no-invented-numbers"]')) === null,
    'no-invented-numbers is no longer among the failed gates');
  await page.screenshot({ path: join(shots, 'review-desk-after-edit.png'), fullPage: false });

  // Approve.
  await page.type('#approve-note', 'Invented figure removed.');
  await submit(page, '#approve');
  check(new URL(page.url()).pathname === '/desk', 'back on the queue after approving');
  check((await page.$(link)) === null, 'the approved article left the queue');
  console.log('approved ' + approveKey);

  // Reject another one, with a reason.
  const other = `a[href="${articlePath(rejectKey)}"]`;
  check((await page.$(other)) !== null, 'the second held article is listed');
  await submit(page, other);
  await page.type('#reject-reason', 'Off the brief.');
  await submit(page, '#reject');
  check(new URL(page.url()).pathname === '/desk', 'back on the queue after rejecting');
  check((await page.$(other)) === null, 'the rejected article left the queue');
  await checkAccessible(page, 'the queue page');
  await page.setViewport({ width: 820, height: 1180 });
  await page.goto(url(articlePath(approveKey)));
  const columns = await page.$$eval('.side-by-side > section', (sections) => sections.map((s) => s.getBoundingClientRect().left));
  check(columns.length === 2 && columns[0] === columns[1], 'on a tablet the source and the rewrite stack in one column');
  await page.screenshot({ path: join(shots, 'review-desk-tablet.png'), fullPage: false });
  console.log('rejected ' + rejectKey);

  // Sign out: the desk asks for a login again.
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url('/desk'));
  await submit(page, 'form[action="/desk/logout"] button');
  await page.goto(url('/desk'));
  check(new URL(page.url()).pathname === '/desk/login', 'signed out, the desk asks for a login again');
} catch (error) {
  failed = true;
  console.error(error && error.stack ? error.stack : String(error));
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
