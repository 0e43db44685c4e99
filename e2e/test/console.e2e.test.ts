import { creditCodeFrom } from '@liaison/contracts';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { Api, eventually } from '../src/http';
import { startSystem, type System } from '../src/system';

/**
 * The web console (issue 12, ADR 0026) in Debian's headless Chromium driven by playwright-core
 * (no browser download), against the real system. Screenshots of each screen go to SHOTS.
 */
const ROOT = join(__dirname, '..', '..');
const SHOTS = join(ROOT, '.liaison', 'screenshots', 'console');
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const JINSHUI = 'officer-jinshui-msb-li';
const ERQI = 'officer-erqi-msb-wang';
const ZHONGYUAN = 'officer-zhongyuan-msb-he';
const ANALYST = 'officer-city-lgo-analyst';
const GUANCHENG = 'officer-guancheng-msb-ma'; // a coordinator
const ERQI_COORDINATOR = 'officer-erqi-msb-sun';
const ZHONGMU_COORDINATOR = 'officer-zhongmu-msb-liu';
const POLICE = 'officer-city-psb-chen'; // psb-city, the police unit a case is handed to
const PROCURATOR = 'officer-city-procuratorate-zheng'; // procuratorate-city

// A browser step waits on the system's read models: on a loaded machine a case takes longer than jest's default.
jest.setTimeout(150_000);

let system: System;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Content-Security-Policy violations any page reported: the console must need no exception. */
const cspViolations: string[] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.goto(system.gatewayUrl);
  return page;
}

/** Signs in through the dev picker with the keyboard: choose the officer, Tab to the button, Enter. */
async function signIn(page: Page, officerId: string): Promise<void> {
  await page.locator('#officer').focus();
  await page.selectOption('#officer', officerId);
  await page.keyboard.press('Tab');
  expect(await page.evaluate('document.activeElement?.textContent')).toBe('登录');
  await page.keyboard.press('Enter');
  await page.getByTestId('who').filter({ hasText: officerId }).waitFor();
  await page.locator('[data-testid="live-state"][data-connected="true"]').waitFor();
}

/** axe-core run in the page (page.evaluate is not subject to the page's CSP): serious and critical violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Injected once per document (the console navigates in place, so a page keeps it).
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(AXE);
  const result = (await page.evaluate('axe.run()')) as { violations: { id: string; impact: string; nodes: unknown[] }[] };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
}

/**
 * Clicks a download button of the console and answers the file's bytes. The button marks a
 * refused attempt (`data-failed`); the officer would click again, and so does this, twice at most,
 * showing the console's message if the last one is refused too (a server-rendered PDF can miss
 * the gateway's 5 s gRPC deadline on a loaded machine).
 */
async function downloaded(button: Locator): Promise<Buffer> {
  const page = button.page();
  for (let left = 3; ; left--) {
    const attempt = Number((await button.getAttribute('data-attempts')) ?? '0') + 1;
    const refused = page
      .locator(`button[data-failed="${attempt}"]`)
      .waitFor({ timeout: 90_000 })
      .then(async () => {
        throw new Error(`the console refused the download: ${await page.getByRole('alert').first().textContent()}`);
      });
    refused.catch(() => undefined);
    try {
      const [download] = await Promise.all([Promise.race([page.waitForEvent('download', { timeout: 90_000 }), refused]), button.click()]);
      return readFileSync((await download.path())!);
    } catch (error) {
      if (left === 1 || !String(error).includes('refused')) throw error;
    }
  }
}

/** An instant as a `datetime-local` value to the second in Asia/Shanghai (the console's pickers). */
const shanghaiLocal = (instant: number) => new Date(instant + 8 * 3_600_000).toISOString().slice(0, 19);

/** A small well-formed PDF: the evidence service sniffs the type from the bytes. */
const EVIDENCE_PDF = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
    `% Photo log of the Jinyuan warehouse ${randomUUID()}`,
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n'),
);

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  if (!CHROMIUM) throw new Error('no Chromium at /usr/bin/chromium: apt-get install -y chromium (.ci/run does), or set CHROMIUM_PATH');
  // The console as the sources are now (the install built it too; this catches edits since).
  execFileSync('npm', ['run', '-s', 'build', '-w', '@liaison/console'], { cwd: ROOT, stdio: 'inherit' });
  // This run's screenshots only.
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  // eslint-disable-next-line no-console -- where a reader finds the screenshots
  console.log(`console screenshots: ${SHOTS}`);
  system = await startSystem();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}, 300_000);
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await system?.stop();
});

describe('the web console in a real browser', () => {
  let jinshui: Page;
  let erqi: Page;
  let analyst: Page;
  let leadId: string;
  const title = `假冒茅台酒批发仓库 ${randomUUID().slice(0, 6)}`;
  const evidenceTitle = `仓库现场照片记录 ${randomUUID().slice(0, 6)}`;
  const meetingTitle = `金水二七联席会议 ${randomUUID().slice(0, 6)}`;
  let evidenceId: string;
  const creditCode = creditCodeFrom(`91410100${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}`);
  const operationTitle = `管城区酒类批发市场检查 ${randomUUID().slice(0, 6)}`;
  let coordinator: Page;
  let erqiCoordinator: Page;
  let operationId: string;

  it('is served at / with a Content-Security-Policy, deep links get the app, API typos stay problem+json', async () => {
    const root = await fetch(`${system.gatewayUrl}/`, { headers: { accept: 'text/html' } });
    expect(root.status).toBe(200);
    expect(root.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await root.text()).toContain('<div id="app">');
    const deep = await fetch(`${system.gatewayUrl}/leads/some-id`, { headers: { accept: 'text/html' } });
    expect(deep.status).toBe(200);
    const typo = await fetch(`${system.gatewayUrl}/api/v1/nothing-here`, { headers: { accept: 'text/html' } });
    expect(typo.status).toBe(404);
    expect(typo.headers.get('content-type')).toContain('application/problem+json');
  });

  it('Jinshui signs in with the keyboard from the dev picker; the page is in Chinese and passes axe', async () => {
    jinshui = await newPage();
    expect(await jinshui.evaluate('document.documentElement.lang')).toBe('zh-CN');
    await shot(jinshui, '01-sign-in');
    expect(await seriousViolations(jinshui)).toEqual([]);
    await signIn(jinshui, JINSHUI);
    await jinshui.getByRole('heading', { name: '共享给本单位的线索' }).waitFor();
    await shot(jinshui, '02-inbox-empty');
    expect(await seriousViolations(jinshui)).toEqual([]);
  });

  it('posting a lead shows the API’s validation messages on the fields, then posts it', async () => {
    await jinshui.getByRole('link', { name: '报送线索' }).click();
    await jinshui.getByRole('heading', { name: '报送线索' }).waitFor();
    await jinshui.fill('#post-creditCode', 'not-a-code');
    await jinshui.getByRole('button', { name: '报送' }).click();
    await jinshui.locator('#post-title[aria-invalid="true"]').waitFor();
    expect(await jinshui.locator('#post-creditCode-error').textContent()).toBeTruthy();
    expect(await jinshui.locator('#post-jurisdiction[aria-invalid="true"]').count()).toBe(1);
    await shot(jinshui, '03-post-lead-errors');
    expect(await seriousViolations(jinshui)).toEqual([]);

    await jinshui.fill('#post-title', title);
    await jinshui.selectOption('#post-category', 'counterfeit_food');
    await jinshui.fill('#post-enterpriseName', '郑州金源商贸有限公司');
    await jinshui.fill('#post-creditCode', creditCode);
    // The jurisdiction picker shows the registry's Chinese names.
    expect(await jinshui.locator('#post-jurisdiction option[value="jinshui"]').textContent()).toBe('金水区');
    await jinshui.selectOption('#post-jurisdiction', 'jinshui');
    await jinshui.fill('#post-summary', '经销商举报：防伪标签系伪造，库存约300箱。');
    await jinshui.selectOption('#post-handling', 'AMBER');
    await jinshui.getByRole('button', { name: '报送' }).click();
    // The detail of the new lead (not /leads/new any more).
    await jinshui.getByRole('heading', { name: title }).waitFor();
    leadId = decodeURIComponent(new URL(jinshui.url()).pathname.split('/').pop()!);
    expect(leadId).not.toBe('new');
    expect(await jinshui.getByTestId('lead-status').textContent()).toBe('已报送');
  });

  it('Jinshui shares it with Erqi; Erqi, in a second browser, sees it appear in the inbox without reloading', async () => {
    erqi = await newPage();
    await signIn(erqi, ERQI);
    await erqi.getByRole('heading', { name: '共享给本单位的线索' }).waitFor();
    // A marker that a reload would wipe.
    await erqi.evaluate("window.marker = 'no reload'");

    // The unit picker shows the registry's Chinese unit names.
    const erqiOption = jinshui.locator('#share-units option[value="msb-erqi"]');
    await erqiOption.waitFor({ state: 'attached' });
    expect(await erqiOption.textContent()).toContain('二七区');
    await jinshui.selectOption('#share-units', ['msb-erqi']);
    await jinshui.getByRole('button', { name: '共享' }).click();
    await jinshui.getByTestId('recipients').filter({ hasText: '二七区' }).waitFor();
    // The owner's actions: share, co-handling, links, escalation, the first step of the transfer line.
    expect(await jinshui.getByTestId('lead-actions').getAttribute('data-actions')).toBe(
      'share coHandling link escalate regrade flagSuspectedCrime close',
    );
    await shot(jinshui, '04-lead-detail-owner');

    await erqi.getByRole('link', { name: title }).first().waitFor();
    await erqi.getByTestId('live-notices').filter({ hasText: title }).waitFor();
    expect(await erqi.evaluate('window.marker')).toBe('no reload');
    // The due time counts down, with the rule that set it.
    expect(await erqi.locator('[data-testid="inbox-table"] .due').first().textContent()).toMatch(/剩余/);
    await shot(erqi, '05-inbox-live');
    expect(await seriousViolations(erqi)).toEqual([]);
  });

  it('Erqi opens it, is offered exactly the acknowledgement, acknowledges with the keyboard; Jinshui sees it live', async () => {
    await erqi.locator('[data-testid="inbox-table"]').getByRole('link', { name: title }).click();
    await erqi.getByRole('heading', { name: title }).waitFor();
    // Exactly what a recipient may do: acknowledge, and share onward (the lead allows it).
    expect(await erqi.getByTestId('lead-actions').getAttribute('data-actions')).toBe('acknowledge share');
    const actions = erqi.locator('[data-testid="answer-actions"] button');
    expect(await actions.allTextContents()).toEqual(['签收']);
    await actions.first().focus();
    await erqi.keyboard.press('Enter');
    await erqi.locator('[data-testid="answer-actions"] button', { hasText: '接收办理' }).waitFor();
    expect(await erqi.locator('[data-testid="answer-actions"] button').allTextContents()).toEqual(['接收办理', '退回']);
    await shot(erqi, '06-lead-detail-recipient');
    expect(await seriousViolations(erqi)).toEqual([]);

    await jinshui.getByTestId('recipients').filter({ hasText: '已签收' }).waitFor();
    await jinshui.getByTestId('live-notices').filter({ hasText: '线索已被签收' }).waitFor();
  });

  it('Evidence: Jinshui uploads a file for the lead with a progress bar, verifies a copy, asks Erqi to recognise it', async () => {
    await jinshui.goto(`${system.gatewayUrl}/leads/${leadId}`);
    await jinshui.getByRole('link', { name: '登记证据' }).click();
    await jinshui.locator('[data-loaded="true"]').waitFor();
    expect(await jinshui.inputValue('#ev-record')).toBe(leadId);
    await jinshui.fill('#ev-title', evidenceTitle);
    await jinshui.fill('#ev-collectedPlace', '金源商贸仓库');
    await jinshui.setInputFiles('#ev-file', { name: 'photo-log.pdf', mimeType: 'application/pdf', buffer: EVIDENCE_PDF });
    await jinshui.getByRole('button', { name: '上传', exact: true }).click();
    await jinshui.getByTestId('upload-done').waitFor();
    expect(await jinshui.getByTestId('upload-progress').getAttribute('value')).toBe('100');
    await shot(jinshui, '10-evidence-upload');
    expect(await seriousViolations(jinshui)).toEqual([]);
    await jinshui.getByRole('link', { name: '查看该证据' }).click();
    await jinshui.getByRole('heading', { name: evidenceTitle }).waitFor();
    evidenceId = decodeURIComponent(new URL(jinshui.url()).pathname.split('/').pop()!);
    expect(evidenceId).toMatch(/^evidence-/);
    expect(await jinshui.getByTestId('sha256').textContent()).toBe(createHash('sha256').update(EVIDENCE_PDF).digest('hex'));

    // The officer's copy, hashed in the browser and compared by the service.
    await jinshui.setInputFiles('#ev-verify', { name: 'copy.pdf', mimeType: 'application/pdf', buffer: EVIDENCE_PDF });
    await jinshui.getByTestId('evidence-notice').filter({ hasText: '核验一致' }).waitFor();
    await jinshui.getByTestId('integrity-status').filter({ hasText: '核验一致' }).waitFor();

    await jinshui.selectOption('#recognition-units', ['msb-erqi']);
    await jinshui.selectOption('#recognition-purpose', 'administrative_penalty');
    await jinshui.getByRole('button', { name: '提交申请' }).click();
    await jinshui.locator('[data-testid="decisions"] li[data-unit="msb-erqi"][data-status="pending"]').waitFor();
  });

  it('Evidence: Erqi finds the request, recognises the item; Jinshui gets the certificate PDF and hands custody over', async () => {
    await eventually(
      async () => {
        await erqi.goto(`${system.gatewayUrl}/evidence`);
        await erqi.locator('[data-loaded="true"]').waitFor();
        return erqi.locator('[data-testid="recognition-requests"] a', { hasText: evidenceTitle }).count();
      },
      (n) => n === 1,
      'the recognition request in Erqi’s list',
    );
    await shot(erqi, '11-evidence-list');
    expect(await seriousViolations(erqi)).toEqual([]);
    await erqi.locator('[data-testid="recognition-requests"] a', { hasText: evidenceTitle }).click();
    await erqi.getByRole('heading', { name: evidenceTitle }).waitFor();
    await erqi.getByRole('button', { name: '认定', exact: true }).click();
    await erqi.locator('[data-testid="decisions"] li[data-unit="msb-erqi"][data-status="recognised"]').waitFor();
    await shot(erqi, '12-evidence-recognised');
    expect(await seriousViolations(erqi)).toEqual([]);

    await eventually(
      async () => {
        await jinshui.reload();
        await jinshui.getByRole('heading', { name: evidenceTitle }).waitFor();
        return jinshui.locator('[data-testid="decisions"] li[data-unit="msb-erqi"][data-status="recognised"]').count();
      },
      (n) => n === 1,
      'Erqi’s recognition on Jinshui’s page',
    );
    const pdf = await downloaded(jinshui.getByRole('button', { name: '下载互认证书（PDF）' }));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    await jinshui.selectOption('#custody-unit', 'msb-erqi');
    await jinshui.locator(`#custody-officer option[value="${ERQI}"]`).waitFor({ state: 'attached' });
    await jinshui.selectOption('#custody-officer', ERQI);
    await jinshui.fill('#custody-reason', '移交二七区局办理');
    await jinshui.getByRole('button', { name: '移交', exact: true }).click();
    await jinshui.getByTestId('custodian').filter({ hasText: '二七区' }).waitFor();
    expect(await jinshui.getByTestId('custody').textContent()).toContain('移交二七区局办理');
    expect(await jinshui.getByTestId('evidence-timeline').textContent()).toContain('互认');
    await shot(jinshui, '13-evidence-detail');
    expect(await seriousViolations(jinshui)).toEqual([]);
  });

  it('Meetings: Jinshui schedules a meeting with Erqi, puts the lead on the agenda, records attendance, minutes and a decision; the .ics downloads', async () => {
    await jinshui.getByRole('link', { name: '联席会议', exact: true }).click();
    await jinshui.getByRole('heading', { name: '联席会议', level: 1 }).waitFor();
    await jinshui.fill('#mt-title', meetingTitle);
    await jinshui.fill('#mt-place', '金水区局 301 会议室');
    await jinshui.locator('#mt-invited option[value="msb-erqi"]').waitFor({ state: 'attached' });
    await jinshui.selectOption('#mt-invited', ['msb-erqi']);
    await shot(jinshui, '14-meetings');
    expect(await seriousViolations(jinshui)).toEqual([]);
    await jinshui.getByRole('button', { name: '安排', exact: true }).click();
    await jinshui.getByRole('heading', { name: meetingTitle }).waitFor();

    await jinshui.fill('#agenda-title', '假冒茅台案件会商');
    await jinshui.fill('#agenda-record', leadId);
    await jinshui.getByRole('button', { name: '增加', exact: true }).click();
    await jinshui.getByTestId('agenda').filter({ hasText: '假冒茅台案件会商' }).waitFor();

    await jinshui.selectOption('#att-unit', 'msb-erqi');
    await jinshui.locator(`#att-officer option[value="${ERQI}"]`).waitFor({ state: 'attached' });
    await jinshui.selectOption('#att-officer', ERQI);
    await jinshui.getByRole('button', { name: '登记', exact: true }).click();
    await jinshui.locator('[data-testid="attendance"] li[data-status="present"]', { hasText: '二七区' }).waitFor();

    await jinshui.fill('#mt-minutes', '会议通报了金源商贸案情，二七区局负责现场核查。');
    await jinshui.getByRole('button', { name: '保存纪要' }).click();
    await jinshui.getByTestId('minutes').filter({ hasText: '二七区局负责现场核查' }).waitFor();

    await jinshui.fill('#decision-text', '两局联合核查金源商贸仓库。');
    await jinshui.selectOption('#ai-0-owner', 'msb-erqi');
    await jinshui.fill('#ai-0-description', '现场核查并反馈库存情况');
    await jinshui.getByRole('button', { name: '登记议定事项', exact: true }).click();
    await jinshui.getByTestId('decisions').filter({ hasText: '现场核查并反馈库存情况' }).waitFor();
    await shot(jinshui, '15-meeting-detail');
    expect(await seriousViolations(jinshui)).toEqual([]);

    const ics = (await downloaded(jinshui.getByRole('button', { name: '下载日历文件（.ics）' }))).toString();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(meetingTitle);
  });

  it('a coordinator proposes an operation on the lead’s enterprise and sees the conflict, pointer-only, and resolves it', async () => {
    coordinator = await newPage();
    await signIn(coordinator, GUANCHENG);
    await coordinator.getByRole('link', { name: '联合行动' }).click();
    await coordinator.getByRole('heading', { name: '发起联合行动' }).waitFor();
    await coordinator.fill('#op-title', operationTitle);
    await coordinator.fill('#op-objective', '检查酒类批发仓库的进货来源。');
    await coordinator.fill('#op-enterpriseName', '郑州金源商贸有限公司');
    await coordinator.fill('#op-creditCode', creditCode);
    await coordinator.getByRole('button', { name: '发起', exact: true }).click();
    const heading = coordinator.getByRole('heading', { name: operationTitle });
    await heading.waitFor();
    await eventually(
      async () => {
        await coordinator.reload();
        await heading.waitFor();
        return coordinator.getByTestId('conflict').count();
      },
      (n) => n > 0,
      'the deconfliction alert on the operation',
    );
    // Jinshui's AMBER lead is not Guancheng's to see: only that it exists and whom to call.
    const conflict = coordinator.getByTestId('conflict').first();
    expect(await conflict.getAttribute('data-pointer-only')).toBe('true');
    // Whom to call, by the registry's name (the names load beside the detail).
    await coordinator.getByTestId('conflict').filter({ hasText: '金水区' }).first().waitFor();
    expect(await coordinator.locator('main').textContent()).not.toContain(title);
    await shot(coordinator, '16-operation-conflict');
    expect(await seriousViolations(coordinator)).toEqual([]);
    await coordinator.locator('select[id$="-outcome"]').first().selectOption('proceed');
    await coordinator.getByRole('button', { name: '处理', exact: true }).click();
    await coordinator.locator('[data-testid="conflict"][data-status="resolved"]').first().waitFor();
  });

  it('Operations: the lead unit invites two units; Erqi’s coordinator joins, Zhongmu’s declines with a reason', async () => {
    operationId = decodeURIComponent(new URL(coordinator.url()).pathname.split('/').pop()!);
    expect(operationId).toMatch(/^op/);
    await coordinator.locator('#op-invite-units option[value="msb-zhongmu"]').waitFor({ state: 'attached' });
    await coordinator.selectOption('#op-invite-units', ['msb-erqi', 'msb-zhongmu']);
    await coordinator.getByRole('button', { name: '发出邀请', exact: true }).click();
    await coordinator.getByTestId('participants').filter({ hasText: '中牟' }).waitFor();

    /** The invited unit's coordinator finds the invitation among those awaiting an answer. */
    const invitation = async (page: Page) => {
      const item = page.locator(`[data-testid="invitations"] li[data-operation-id="${operationId}"]`);
      await eventually(
        async () => {
          await page.goto(`${system.gatewayUrl}/operations`);
          await page.locator('section[data-loaded="true"]').waitFor();
          return item.count();
        },
        (n) => n === 1,
        'the invitation awaiting an answer',
      );
      return item;
    };
    erqiCoordinator = await newPage();
    await signIn(erqiCoordinator, ERQI_COORDINATOR);
    const erqiItem = await invitation(erqiCoordinator);
    await shot(erqiCoordinator, '20-operation-invitations');
    expect(await seriousViolations(erqiCoordinator)).toEqual([]);
    await erqiItem.getByRole('button', { name: '参加', exact: true }).click();
    await erqiItem.waitFor({ state: 'detached' });

    const zhongmu = await newPage();
    await signIn(zhongmu, ZHONGMU_COORDINATOR);
    const zhongmuItem = await invitation(zhongmu);
    // A decline without a reason shows the API's message on the field; with one it goes.
    await zhongmuItem.getByRole('button', { name: '谢绝邀请', exact: true }).click();
    await zhongmuItem.locator('input[aria-invalid="true"]').waitFor();
    await zhongmuItem.locator('input').fill('本周警力用于中牟县专项整治。');
    await zhongmuItem.getByRole('button', { name: '谢绝邀请', exact: true }).click();
    await zhongmuItem.waitFor({ state: 'detached' });

    await eventually(
      async () => {
        await coordinator.reload();
        return (await coordinator.getByTestId('participants').textContent()) ?? '';
      },
      (text) => text.includes('已参加') && text.includes('已谢绝'),
      'the answers on the lead unit’s page',
    );
  });

  it('Operations: the coordinator’s calendar shows the operation on every day of its window, in Beijing time', async () => {
    const detail = await (
      await Api.login(system.gatewayUrl, GUANCHENG)
    ).get<{ window: { startsAt: string; endsAt: string } }>(`/api/v1/operations/${operationId}`);
    const day = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
    const [first, last] = [day(detail.body.window.startsAt), day(new Date(Date.parse(detail.body.window.endsAt) - 1).toISOString())];
    await coordinator.getByRole('link', { name: '行动日历' }).first().click();
    await coordinator.getByRole('heading', { name: '行动日历', level: 1 }).waitFor();
    // To the window's month with the keyboard, if it starts next month.
    if ((await coordinator.locator('#calendar-month').getAttribute('data-month')) !== first.slice(0, 7)) {
      await coordinator.getByRole('button', { name: '下个月' }).focus();
      await coordinator.keyboard.press('Enter');
      await coordinator.locator(`#calendar-month[data-month="${first.slice(0, 7)}"]`).waitFor();
    }
    await coordinator.locator('[data-testid="calendar"][data-loaded="true"]').waitFor();
    const marked = await coordinator
      .locator(`td:has(li[data-operation-id="${operationId}"])`)
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-date')));
    const expected: string[] = [];
    for (let d = Date.parse(`${first}T00:00:00Z`); d <= Date.parse(`${last}T00:00:00Z`); d += 86_400_000)
      expected.push(new Date(d).toISOString().slice(0, 10));
    // Every day of the window the month shows (a window across the month's end continues next month).
    expect(marked).toEqual(expected.filter((d) => d.slice(0, 7) === first.slice(0, 7)));
    expect(await coordinator.locator(`li[data-operation-id="${operationId}"] a`).first().textContent()).toBe(operationTitle);
    await shot(coordinator, '21-operations-calendar');
    expect(await seriousViolations(coordinator)).toEqual([]);
  });

  it('Operations: launch, a task for Erqi; Erqi reports progress and completes it; the lead unit concludes with results', async () => {
    await coordinator.goto(`${system.gatewayUrl}/operations/${operationId}`);
    await coordinator.getByRole('heading', { name: operationTitle }).waitFor();
    await coordinator.getByRole('button', { name: '启动行动', exact: true }).click();
    await coordinator.locator('[data-testid="operation-status"][data-status="launched"]').waitFor();
    await coordinator.locator('#op-task-unit option[value="msb-erqi"]').waitFor({ state: 'attached' });
    await coordinator.selectOption('#op-task-unit', 'msb-erqi');
    await coordinator.fill('#op-task-description', '核查金源商贸二七区分仓进货单据');
    await coordinator.fill('#op-task-due', shanghaiLocal(Date.now() + 3 * 86_400_000).slice(0, 16));
    await coordinator.getByRole('button', { name: '分派任务', exact: true }).click();
    await coordinator.locator('[data-testid="tasks"] tr[data-task-unit="msb-erqi"][data-status="open"]').waitFor();
    await shot(coordinator, '22-operation-task-board');
    expect(await seriousViolations(coordinator)).toEqual([]);

    await erqiCoordinator.goto(`${system.gatewayUrl}/operations/${operationId}`);
    await erqiCoordinator.getByRole('heading', { name: operationTitle }).waitFor();
    await erqiCoordinator.fill('#op-progress-goods', '假冒茅台酒');
    await erqiCoordinator.fill('#op-progress-quantity', '120');
    await erqiCoordinator.fill('#op-progress-uom', '瓶');
    await erqiCoordinator.fill('#op-progress-value', '360000');
    await erqiCoordinator.fill('#op-progress-inspections', '2');
    await erqiCoordinator.fill('#op-progress-arrests', '1');
    await erqiCoordinator.getByRole('button', { name: '提交进展', exact: true }).click();
    await erqiCoordinator.locator('[data-testid="progress-reports"] li[data-unit="msb-erqi"]').waitFor();
    expect(await erqiCoordinator.getByTestId('progress-totals').textContent()).toContain('货值 360000 元');
    const task = erqiCoordinator.locator('[data-testid="tasks"] tr[data-task-unit="msb-erqi"]');
    await task.locator('input').fill('单据已核查，发现假冒货源。');
    await task.getByRole('button', { name: '完成任务', exact: true }).click();
    await erqiCoordinator.locator('[data-testid="tasks"] tr[data-task-unit="msb-erqi"][data-status="done"]').waitFor();
    // A member reports, but concluding is the lead unit's.
    expect(await erqiCoordinator.locator('#op-conclude-summary').count()).toBe(0);
    await shot(erqiCoordinator, '23-operation-progress');
    expect(await seriousViolations(erqiCoordinator)).toEqual([]);

    await eventually(
      async () => {
        await coordinator.reload();
        await coordinator.getByRole('heading', { name: operationTitle }).waitFor();
        return coordinator.locator('[data-testid="tasks"] tr[data-status="done"]').count();
      },
      (n) => n === 1,
      'Erqi’s progress on the lead unit’s page',
    );
    await coordinator.fill('#op-conclude-summary', '联合检查酒类批发仓库两处，查扣假冒茅台酒。');
    await coordinator.fill('#op-conclude-results', '查扣假冒茅台酒120瓶，货值36万元，抓获1人，移送公安。');
    await coordinator.getByRole('button', { name: '结束行动', exact: true }).click();
    await coordinator.locator('[data-testid="operation-status"][data-status="concluded"]').waitFor();
    expect(await coordinator.getByTestId('conclusion-results').textContent()).toContain('查扣假冒茅台酒120瓶');
    // Nothing more to do on a concluded operation.
    expect(await coordinator.getByTestId('operation-actions').count()).toBe(0);
    // The seizure entered the target's credit file (ADR 0027): the enterprise stands out on the operation.
    const targetCredit = coordinator.locator(`[data-testid="targets"] tr[data-credit-code="${creditCode}"] [data-credit]`);
    await eventually(
      async () => {
        await coordinator.reload();
        await coordinator.getByRole('heading', { name: operationTitle }).waitFor();
        return targetCredit.getAttribute('data-credit');
      },
      (credit) => credit === 'entries',
      'the seizure in the target’s credit status',
      60_000,
    );
    expect(await targetCredit.textContent()).toMatch(/有 \d+ 条信用记录/);
    await shot(coordinator, '24-operation-concluded');
    expect(await seriousViolations(coordinator)).toEqual([]);
  });

  it('a unit without access gets the not-found page for a RED record’s URL', async () => {
    const api = await Api.login(system.gatewayUrl, JINSHUI);
    const posted = await api.post<{ leadId: string }>(
      '/api/v1/leads',
      {
        title: 'RED: informant report on a trademark counterfeiting ring',
        category: 'trademark',
        subject: { enterpriseName: 'Zhengzhou Huaxia Printing' },
        location: { jurisdiction: 'jinshui' },
        summary: 'Named officers only.',
        grading: { sourceReliability: 'A', information: 2 },
        handling: { code: 'RED', namedOfficerIds: [JINSHUI] },
      },
      { 'idempotency-key': randomUUID() },
    );
    expect(posted.status).toBe(201);
    const outsider = await newPage();
    await signIn(outsider, ZHONGYUAN);
    await outsider.goto(`${system.gatewayUrl}/leads/${posted.body.leadId}`);
    await outsider.getByTestId('not-found').waitFor();
    expect(await outsider.getByRole('heading', { level: 1 }).textContent()).toBe('页面不存在');
    expect(await outsider.content()).not.toContain('informant');
    await shot(outsider, '07-not-found');
  });

  it('an analyst opens the situation report and the chart shows the counts the API gives', async () => {
    analyst = await newPage();
    await signIn(analyst, ANALYST);
    await analyst.getByRole('link', { name: '态势分析' }).click();
    const bar = analyst.locator('[data-testid="chart"] g[data-key="counterfeit_food"]');
    // The report is folded from the events: ask again until the posted lead is counted.
    await eventually(
      async () => {
        await analyst.getByRole('button', { name: '生成' }).click();
        await analyst.getByTestId('total-leads').waitFor();
        return bar.count();
      },
      (n) => n === 1,
      'the counterfeit_food bar',
    );
    expect(await bar.getAttribute('data-count')).toBe('1');
    // The RED trademark lead is not the analyst's to count.
    expect(await analyst.locator('[data-testid="chart"] g[data-key="trademark"]').count()).toBe(0);
    expect(await analyst.getByTestId('total-leads').textContent()).toBe('leads: 1');
    await shot(analyst, '08-situation-report');
    expect(await seriousViolations(analyst)).toEqual([]);
  });

  it('Analyst: a record’s timeline, its state as of a time chosen in the picker, the export', async () => {
    const timeline = await (
      await Api.login(system.gatewayUrl, ANALYST)
    ).get<{ entries: { event: { type: string; recordedAt: string } }[] }>(`/api/v1/history/records/${leadId}/timeline`);
    const shared = timeline.body.entries.find((e) => e.event.type === 'LeadShared');
    expect(shared).toBeDefined();
    await analyst.getByRole('link', { name: '历史追溯' }).click();
    await analyst.fill('#history-record', leadId);
    await analyst.getByRole('button', { name: '查看', exact: true }).click();
    await analyst.locator('[data-testid="history-timeline"] tr[data-type="LeadShared"]').waitFor();
    // A second before the share (the picker is to the second, in Beijing time).
    await analyst.fill('#history-at', shanghaiLocal(Math.floor(new Date(shared!.event.recordedAt).getTime() / 1000) * 1000 - 1000));
    await analyst.getByRole('button', { name: '显示', exact: true }).click();
    await analyst.getByTestId('as-of-status').filter({ hasText: 'posted' }).waitFor();
    const before = Number(await analyst.getByTestId('as-of-version').textContent());
    // "State then" on the share's row.
    await analyst.locator('[data-testid="history-timeline"] tr[data-type="LeadShared"] button').click();
    await eventually(
      async () => Number(await analyst.getByTestId('as-of-version').textContent()),
      (v) => v > before,
      'the state after the share',
    );
    expect(await analyst.getByTestId('as-of-status').textContent()).not.toBe('posted');
    await shot(analyst, '17-history');
    expect(await seriousViolations(analyst)).toEqual([]);
    const lines = (await downloaded(analyst.getByRole('button', { name: '导出（NDJSON）' })))
      .toString()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { kind: string });
    expect(lines.at(-1)?.kind).toBe('manifest');
    expect(lines.filter((l) => l.kind === 'event').length).toBeGreaterThan(1);
  });

  it('Analyst: the accountability register', async () => {
    await analyst.getByRole('link', { name: '责任追究' }).click();
    await analyst.getByRole('heading', { name: '责任追究登记' }).waitFor();
    await analyst.locator('[data-testid="accountability-table"], main p').first().waitFor();
    await shot(analyst, '18-accountability');
    expect(await seriousViolations(analyst)).toEqual([]);
  });

  it('Officer: Erqi asks to share a restricted lead onward; Jinshui finds the request and approves it', async () => {
    const jinshuiApi = await Api.login(system.gatewayUrl, JINSHUI);
    const restrictedTitle = `未经同意不得转发的线索 ${randomUUID().slice(0, 6)}`;
    const posted = await jinshuiApi.post<{ leadId: string; version: number }>(
      '/api/v1/leads',
      {
        title: restrictedTitle,
        category: 'trademark',
        subject: { enterpriseName: '郑州华夏印务有限公司' },
        location: { jurisdiction: 'jinshui' },
        summary: '仿冒注册商标标识的印制窝点。',
        grading: { sourceReliability: 'B', information: 2 },
        handling: { code: 'AMBER', noOnwardSharingWithoutConsent: true },
      },
      { 'idempotency-key': randomUUID() },
    );
    expect(posted.status).toBe(201);
    const restricted = posted.body.leadId;
    const shared = await jinshuiApi.post(
      `/api/v1/leads/${restricted}/share`,
      { unitIds: ['msb-erqi'], namedOfficerIds: [] },
      { 'idempotency-key': randomUUID() },
    );
    expect(shared.status).toBe(200);

    await eventually(
      async () => {
        await erqi.goto(`${system.gatewayUrl}/leads/${restricted}`);
        await erqi.locator('h1').waitFor();
        return erqi.getByTestId('lead-actions').getAttribute('data-actions');
      },
      (actions) => actions === 'acknowledge requestOnward',
      'the shared restricted lead on Erqi’s page',
    );
    await erqi.locator('#onward-units option[value="msb-zhongmu"]').waitFor({ state: 'attached' });
    await erqi.selectOption('#onward-units', ['msb-zhongmu']);
    await erqi.fill('#onward-reason', '中牟县局正在办理同一印制窝点的关联案件。');
    await erqi.getByRole('button', { name: '申请转发', exact: true }).click();
    await erqi.locator('[data-testid="onward-list"] li[data-status="pending"]').waitFor();
    await shot(erqi, '25-lead-onward-request');
    expect(await seriousViolations(erqi)).toEqual([]);

    await jinshui.getByRole('link', { name: '转发审批' }).click();
    const row = jinshui.locator('[data-testid="onward-requests"] tr', { hasText: restrictedTitle });
    await eventually(
      async () => {
        await jinshui.reload();
        await jinshui.locator('[data-testid="onward-requests"], [data-testid="onward-empty"]').first().waitFor();
        return row.count();
      },
      (n) => n === 1,
      'the request among those to approve',
      // The outbox is a read model: on a loaded machine it follows the new lead by tens of seconds.
      90_000,
    );
    expect(await row.textContent()).toContain('中牟县');
    await shot(jinshui, '26-onward-requests');
    expect(await seriousViolations(jinshui)).toEqual([]);
    await row.getByRole('link', { name: restrictedTitle }).click();
    await jinshui.getByRole('heading', { name: restrictedTitle }).waitFor();
    expect(await jinshui.getByTestId('lead-actions').getAttribute('data-actions')).toBe(
      'share answerOnward coHandling link escalate regrade flagSuspectedCrime close',
    );
    await jinshui.getByTestId('onward-answer').locator('input').fill('同意，请中牟县局按规定签收。');
    await jinshui.getByRole('button', { name: '同意转发', exact: true }).click();
    await jinshui.locator('[data-testid="onward-list"] li[data-status="approved"]').waitFor();
    await jinshui.getByTestId('recipients').filter({ hasText: '中牟县' }).waitFor();
    await shot(jinshui, '27-lead-onward-approved');
    expect(await seriousViolations(jinshui)).toEqual([]);
  });

  it('Transfer line: the police decide not to open a case, Jinshui asks for reconsideration, then supervision; the Procuratorate answers; the repeat offender stands out', async () => {
    const jinshuiApi = await Api.login(system.gatewayUrl, JINSHUI);
    const key = () => ({ 'idempotency-key': randomUUID() });
    const offenderCode = creditCodeFrom(`91410100${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}`);
    const transferTitle = `涉嫌销售假冒注册商标的商品罪 ${randomUUID().slice(0, 6)}`;
    const body = (title: string) => ({
      title,
      category: 'counterfeit_food',
      subject: { enterpriseName: '郑州鑫源酒业有限公司', creditCode: offenderCode },
      location: { jurisdiction: 'jinshui' },
      summary: '仓库存放假冒白酒，货值逾百万元。',
      grading: { sourceReliability: 'B', information: 2 },
      handling: { code: 'AMBER' },
    });
    // The enterprise's earlier case, closed with an administrative penalty: an entry in its credit file.
    const earlier = await jinshuiApi.post<{ leadId: string }>('/api/v1/leads', body(`鑫源酒业前案 ${randomUUID().slice(0, 6)}`), key());
    expect(earlier.status).toBe(201);
    const penalised = await jinshuiApi.post(
      `/api/v1/leads/${earlier.body.leadId}/close`,
      { outcome: 'penalised', summary: '罚款五万元' },
      key(),
    );
    expect(penalised.status).toBe(200);
    // The agency's first steps, through the API (the browser test of them is the flag on the first lead).
    const posted = await jinshuiApi.post<{ leadId: string }>('/api/v1/leads', body(transferTitle), key());
    expect(posted.status).toBe(201);
    const caseId = posted.body.leadId;
    for (const [step, command] of [
      ['suspected-crime', { reason: '货值逾百万元，涉嫌销售假冒注册商标的商品罪。' }],
      ['transfer-decision', { transfer: true, reasons: '达到刑事立案追诉标准。' }],
      [
        'hand-over',
        { policeUnitId: 'psb-city', facts: '查获假冒白酒1200箱。', amountInvolved: 1_200_000, evidenceRefs: [], namedOfficerIds: [] },
      ],
    ] as const) {
      const answered = await jinshuiApi.post(`/api/v1/leads/${caseId}/${step}`, command, key());
      expect([step, answered.status]).toEqual([step, 200]);
    }
    const actionsOf = (page: Page) => page.getByTestId('lead-actions').getAttribute('data-actions');
    const stage = (page: Page, name: string) => page.locator(`[data-testid="transfer"][data-stage="${name}"]`).waitFor();

    // The police unit it was handed to decides, with the keyboard: no case, with reasons.
    const police = await newPage();
    await signIn(police, POLICE);
    await police.goto(`${system.gatewayUrl}/leads/${caseId}`);
    await police.getByRole('heading', { name: transferTitle }).waitFor();
    expect(await actionsOf(police)).toBe('policeDecision');
    await police.locator('#police-decision-choice').focus();
    await police.selectOption('#police-decision-choice', 'declined');
    await police.locator('#police-decision-reason').focus();
    await police.keyboard.type('现有证据不足以证明销售金额，不予立案。');
    await shot(police, '28-lead-police-decision');
    expect(await seriousViolations(police)).toEqual([]);
    await police.getByRole('button', { name: '登记决定', exact: true }).focus();
    await police.keyboard.press('Enter');
    await stage(police, 'police_declined');
    expect(await police.getByTestId('lead-actions').count()).toBe(0);

    // The agency may ask the police to reconsider (within its window) or the Procuratorate to supervise.
    await jinshui.goto(`${system.gatewayUrl}/leads/${caseId}`);
    await stage(jinshui, 'police_declined');
    expect(await actionsOf(jinshui)).toBe('share coHandling link escalate regrade requestReconsideration requestSupervision close');
    expect(await jinshui.getByTestId('transfer-reason').textContent()).toContain('不予立案');
    // A repeat offender stands out: the earlier penalty is in the enterprise's credit file (a read model: it can lag).
    const credit = jinshui.getByTestId('credit-status');
    await eventually(
      async () => {
        await jinshui.reload();
        await jinshui.getByRole('heading', { name: transferTitle }).waitFor();
        return credit.getAttribute('data-credit');
      },
      (status) => status === 'entries',
      'the earlier penalty in the subject’s credit status',
      60_000,
    );
    expect(await credit.textContent()).toContain('有 1 条信用记录');
    await jinshui.fill('#reconsideration-reason', '销售金额可由账册证实，请予复议。');
    await jinshui.getByRole('button', { name: '提请复议', exact: true }).click();
    await stage(jinshui, 'reconsideration_requested');
    expect(await actionsOf(jinshui)).toBe('share coHandling link escalate regrade close');
    await shot(jinshui, '29-lead-reconsideration-requested');
    expect(await seriousViolations(jinshui)).toEqual([]);

    // The police maintain the refusal (through the API: the form is the decision's twin).
    await police.reload();
    await police.getByRole('heading', { name: transferTitle }).waitFor();
    expect(await actionsOf(police)).toBe('answerReconsideration');
    const maintained = await (
      await Api.login(system.gatewayUrl, POLICE)
    ).post(`/api/v1/leads/${caseId}/reconsideration/answer`, { answer: 'maintained', reason: '维持原决定。' }, key());
    expect(maintained.status).toBe(200);
    await jinshui.reload();
    await stage(jinshui, 'reconsideration_maintained');
    expect(await actionsOf(jinshui)).toBe('share coHandling link escalate regrade requestSupervision close');
    await jinshui.locator('#supervision-unit option[value="procuratorate-city"]').waitFor({ state: 'attached' });
    // Only Procuratorate units are offered.
    expect(await jinshui.locator('#supervision-unit option[value="psb-city"]').count()).toBe(0);
    await jinshui.selectOption('#supervision-unit', 'procuratorate-city');
    await jinshui.fill('#supervision-reason', '公安机关维持不予立案决定，建议立案监督。');
    await jinshui.getByRole('button', { name: '提请立案监督', exact: true }).click();
    await stage(jinshui, 'supervision_requested');
    expect(await actionsOf(jinshui)).toBe('share coHandling link escalate regrade close');

    // The Procuratorate finds the case among those it is asked to supervise and asks the police for their reasons.
    const procurator = await newPage();
    await signIn(procurator, PROCURATOR);
    await procurator.getByRole('link', { name: '立案监督', exact: true }).click();
    const supervised = procurator.getByRole('link', { name: transferTitle });
    await eventually(
      async () => {
        await procurator.reload();
        await procurator.locator('section p.count').waitFor();
        return supervised.count();
      },
      (n) => n === 1,
      'the case in the Procuratorate’s list (a read model: it can lag the request)',
      60_000,
    );
    await shot(procurator, '30-supervision-list');
    expect(await seriousViolations(procurator)).toEqual([]);
    await supervised.click();
    await procurator.getByRole('heading', { name: transferTitle }).waitFor();
    expect(await actionsOf(procurator)).toBe('answerSupervision');
    await procurator.selectOption('#supervision-outcome', 'reasons_requested');
    await procurator.fill('#supervision-answer-reason', '请公安机关说明不立案理由。');
    await procurator.getByRole('button', { name: '答复', exact: true }).click();
    await stage(procurator, 'police_reasons_requested');
    expect(await procurator.getByTestId('lead-actions').count()).toBe(0);
    await shot(procurator, '31-lead-supervision-answered');
    expect(await seriousViolations(procurator)).toEqual([]);

    // Now the police owe their reasons.
    await police.reload();
    await stage(police, 'police_reasons_requested');
    expect(await actionsOf(police)).toBe('policeReasons');
  });

  it('switches to English and back; dates are in Asia/Shanghai whatever the browser’s zone', async () => {
    await erqi.getByRole('button', { name: 'English' }).click();
    await erqi.getByRole('link', { name: 'Inbox' }).waitFor();
    await erqi.getByRole('link', { name: 'Inbox' }).click();
    await erqi.getByRole('heading', { name: 'Leads shared with my unit' }).waitFor();
    await shot(erqi, '09-inbox-english');
    const detail = await (await Api.login(system.gatewayUrl, ERQI)).get<{ postedAt: string }>(`/api/v1/leads/${leadId}`);
    expect(detail.status).toBe(200);
    const shanghai = new Intl.DateTimeFormat('en', {
      timeZone: 'Asia/Shanghai',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(detail.body.postedAt));
    await erqi.goto(`${system.gatewayUrl}/leads/${leadId}`);
    await erqi.getByRole('heading', { name: title }).waitFor();
    expect(await erqi.locator('dl.facts').textContent()).toContain(shanghai);
    await erqi.getByRole('button', { name: '中文' }).click();
    await erqi.getByRole('link', { name: '收件箱' }).waitFor();
  });

  it('the inbox renders 1,000 rows virtualised; time to render printed', async () => {
    // 1,000 rows of the inbox's own shape: the real first row of Erqi's inbox, repeated with other
    // ids, served in pages of 100 as the API pages them. Posting and sharing 1,000 real leads would
    // cost the CI budget a minute for what is a rendering measurement.
    const inbox = (url: URL) => url.pathname === '/api/v1/leads/inbox';
    let template: Record<string, unknown> | undefined;
    await erqi.route(inbox, async (route) => {
      if (!template) {
        // An error answer (a 503 on a busy machine) or an empty inbox goes to the page as it came,
        // so this case fails on its own instead of the route handler throwing into every case.
        const real = await route.fetch();
        const body = (await real.json().catch(() => ({}))) as { items?: Record<string, unknown>[] };
        if (!real.ok() || !body.items?.length) return route.fulfill({ response: real });
        template = body.items[0];
      }
      const page = Number(new URL(route.request().url()).searchParams.get('cursor') ?? '0');
      const items = Array.from({ length: 100 }, (_, i) => ({
        ...template,
        leadId: `lead-${randomUUID()}`,
        title: `第 ${page * 100 + i + 1} 条 ${String(template?.title)}`,
      }));
      await route.fulfill({ json: { items, nextCursor: page < 9 ? String(page + 1) : null } });
    });
    await erqi.getByRole('link', { name: '发件箱' }).click();
    await erqi.getByRole('heading', { name: '本单位报送的线索' }).waitFor();
    const renderMs = (await erqi.evaluate(`new Promise((resolve) => {
      const started = performance.now();
      document.querySelector('nav a[href="/"]').click();
      const wait = () => document.querySelector('[data-testid="inbox-table"][data-count="1000"]')
        ? requestAnimationFrame(() => resolve(performance.now() - started))
        : requestAnimationFrame(wait);
      wait();
    })`)) as number;
    const rendered = await erqi.locator('[data-testid="inbox-table"] tbody tr:not(.spacer)').count();
    expect(rendered).toBeGreaterThan(0);
    // Windowed: a screen of rows in the DOM, not 1,000.
    expect(rendered).toBeLessThan(100);
    const scrollMs = (await erqi.evaluate(`new Promise((resolve) => {
      const box = document.querySelector('[data-testid="inbox-scroll"]');
      const started = performance.now();
      box.scrollTop = box.scrollHeight;
      const wait = () => document.querySelector('[data-testid="inbox-table"] tr[aria-rowindex="1001"]')
        ? requestAnimationFrame(() => resolve(performance.now() - started))
        : requestAnimationFrame(wait);
      wait();
    })`)) as number;
    expect(await erqi.locator('[data-testid="inbox-table"] tr[aria-rowindex="1001"]').textContent()).toContain('第 1000 条');
    // eslint-disable-next-line no-console -- the measurement the issue asks for (no threshold)
    console.log(
      `inbox, 1,000 rows: rendered in ${renderMs.toFixed(0)} ms (10 pages read, ${rendered} rows in the DOM); scrolled to the last row in ${scrollMs.toFixed(0)} ms`,
    );
    await shot(erqi, '19-inbox-1000-rows');
    expect(await seriousViolations(erqi)).toEqual([]);
    await erqi.unroute(inbox);
  });

  it('the session ends cleanly when the token expires: back to sign-in, saying so', async () => {
    // Shorten this tab's session to a second from now, as if the token were about to expire.
    await erqi.evaluate(`{
      const session = JSON.parse(sessionStorage.getItem('liaison.session'));
      sessionStorage.setItem('liaison.session', JSON.stringify({ ...session, expiresAt: Date.now() + 1000 }));
    }`);
    await erqi.reload();
    await erqi.getByRole('status').filter({ hasText: '登录已过期' }).waitFor();
    expect(await erqi.locator('#officer').count()).toBe(1);
    expect(await erqi.evaluate("sessionStorage.getItem('liaison.session')")).toBeNull();
  });

  it('needed no exception to its Content-Security-Policy', () => {
    expect(cspViolations).toEqual([]);
  });
});
