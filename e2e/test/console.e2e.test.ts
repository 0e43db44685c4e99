import { creditCodeFrom } from '@liaison/contracts';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
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
  await page.evaluate(AXE);
  const result = (await page.evaluate('axe.run()')) as { violations: { id: string; impact: string; nodes: unknown[] }[] };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  if (!CHROMIUM) throw new Error('no Chromium at /usr/bin/chromium: apt-get install -y chromium (.ci/run does), or set CHROMIUM_PATH');
  // The console as the sources are now (the install built it too; this catches edits since).
  execFileSync('npm', ['run', '-s', 'build', '-w', '@liaison/console'], { cwd: ROOT, stdio: 'inherit' });
  mkdirSync(SHOTS, { recursive: true });
  system = await startSystem();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}, 180_000);
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await system?.stop();
});

describe('the web console in a real browser', () => {
  let jinshui: Page;
  let erqi: Page;
  let leadId: string;
  const title = `假冒茅台酒批发仓库 ${randomUUID().slice(0, 6)}`;

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
    await jinshui.fill('#post-creditCode', creditCodeFrom(`91410100${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}`));
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
    const actions = erqi.locator('.actions button');
    expect(await actions.allTextContents()).toEqual(['签收']);
    await actions.first().focus();
    await erqi.keyboard.press('Enter');
    await erqi.locator('.actions button', { hasText: '接收办理' }).waitFor();
    expect(await erqi.locator('.actions button').allTextContents()).toEqual(['接收办理', '退回']);
    await shot(erqi, '06-lead-detail-recipient');
    expect(await seriousViolations(erqi)).toEqual([]);

    await jinshui.getByTestId('recipients').filter({ hasText: '已签收' }).waitFor();
    await jinshui.getByTestId('live-notices').filter({ hasText: '线索已被签收' }).waitFor();
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
    const analyst = await newPage();
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
