import type { proto } from '@liaison/contracts';
import type { Request, RequestHandler } from 'express';
import { Router } from 'express';
import { Feed } from 'feed';
import { contextOf } from '../http/request-context';
import type { CreditPort } from '../credit/credit-port';

export const PUBLIC_CASES_PATH = '/public/cases';
export const PUBLICATIONS_API_PATH = '/publications';

type PublishedCase = proto.PublishedCase__Output;

// The page is rendered on the server from data officers wrote: everything is escaped.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const titleOf = (c: PublishedCase) => `${c.enterpriseName || c.responsiblePerson}${c.creditCode ? ` (${c.creditCode})` : ''}`;
const originOf = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

/** The public list of concluded cases as HTML: no script, no outside resources. */
export function casesPage(cases: PublishedCase[]): string {
  const items = cases
    .map(
      (c) => `<article id="${escapeHtml(c.publicationId)}"><h2>${escapeHtml(titleOf(c))}</h2><dl>
<dt>Responsible person 责任人</dt><dd>${escapeHtml(c.responsiblePerson || '—')}</dd>
<dt>Cause 案由</dt><dd>${escapeHtml(c.cause)}</dd>
<dt>Penalty 处罚</dt><dd>${escapeHtml(c.penalty)}</dd>
<dt>Issued by 发布单位</dt><dd>${escapeHtml(c.issuedByUnitId)}</dd>
<dt>Published 发布时间</dt><dd><time datetime="${escapeHtml(c.publishedAt)}">${escapeHtml(c.publishedAt.slice(0, 10))}</time></dd></dl></article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>案件信息公开 · Concluded cases</title>
<link rel="alternate" type="application/atom+xml" href="/api/public/publications/feed.atom" title="Atom">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}article{border-top:1px solid #999;padding:.5rem 0}dt{font-weight:bold}</style>
</head><body><main>
<h1>案件信息公开 · Concluded cases</h1>
<p>Administrative penalties and criminal cases concluded by the units of the city, with personal data redacted.
<a href="/api/public/publications/feed.atom">Atom</a> · <a href="/api/public/publications/feed.rss">RSS</a> · <a href="/api/public/publications">JSON</a></p>
${items || '<p>No case published yet.</p>'}
</main></body></html>`;
}

function feedOf(cases: PublishedCase[], origin: string): Feed {
  const feed = new Feed({
    title: '案件信息公开 · Concluded cases',
    description: 'Administrative penalties and criminal cases concluded by the units of the city, personal data redacted',
    id: `${origin}${PUBLIC_CASES_PATH}`,
    link: `${origin}${PUBLIC_CASES_PATH}`,
    language: 'zh-CN',
    copyright: 'Public information',
    updated: cases[0] ? new Date(cases[0].publishedAt) : new Date(0),
    feedLinks: { atom: `${origin}/api/public/publications/feed.atom`, rss: `${origin}/api/public/publications/feed.rss` },
  });
  for (const c of cases)
    feed.addItem({
      title: titleOf(c),
      id: `urn:liaison:${c.publicationId}`,
      link: `${origin}${PUBLIC_CASES_PATH}#${c.publicationId}`,
      date: new Date(c.publishedAt),
      description: `${c.cause} — ${c.penalty}`,
      content: `Responsible person: ${c.responsiblePerson || '—'}. Cause: ${c.cause}. Penalty: ${c.penalty}. Issued by ${c.issuedByUnitId}.`,
    });
  return feed;
}

/**
 * The public side of case publications (案件信息公开, ADR 0031): the published cases as JSON, as an
 * Atom and an RSS feed (the `feed` library) and as an HTML page, from CreditService's public
 * ListPublishedCases (no identity). Only what the service made public, already redacted.
 */
export function publicationsRouters(credit: CreditPort, limit: RequestHandler): { api: Router; page: Router } {
  const cases = async (correlationId: string) => (await credit.callPublic('ListPublishedCases', {}, correlationId)).cases;
  const api = Router();
  api.use(limit);
  api.get('/', async (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=60');
    res.json({ items: await cases(contextOf(res).correlationId), nextCursor: null });
  });
  api.get('/feed.atom', async (req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=60');
    res.type('application/atom+xml').send(feedOf(await cases(contextOf(res).correlationId), originOf(req)).atom1());
  });
  api.get('/feed.rss', async (req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=60');
    res.type('application/rss+xml').send(feedOf(await cases(contextOf(res).correlationId), originOf(req)).rss2());
  });
  const page = Router();
  page.use(limit);
  page.get('/', async (_req, res) => {
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    res.setHeader('Cache-Control', 'public, max-age=60');
    res.type('html').send(casesPage(await cases(contextOf(res).correlationId)));
  });
  return { api, page };
}
