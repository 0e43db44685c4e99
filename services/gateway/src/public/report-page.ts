import { REPORT_CATEGORIES } from '@liaison/contracts';

/**
 * The simple public page (举报投诉): a form that fetches a proof-of-work challenge, solves it in
 * the browser (SHA-256 over salt + number, Web Crypto), submits the report and shows the receipt
 * code, then sends the chosen files one by one to the report's attachments (ADR 0034); and a box
 * to look a receipt code's status up. No framework, no outside resources.
 */
export const REPORT_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>举报投诉 · Report an infringement</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}label{display:block;margin:.8rem 0 .2rem}
input,select,textarea{width:100%;padding:.4rem;font:inherit}button{margin-top:1rem;padding:.5rem 1.2rem;font:inherit}#out{margin-top:1rem;font-weight:bold}</style>
</head><body>
<h1>举报投诉 · Report counterfeit goods or an infringement</h1>
<p>No account needed. Your contact details are optional and are seen only by the officers who screen your report.</p>
<form id="report">
<label for="category">Category</label><select id="category" name="category">${REPORT_CATEGORIES.map((c) => `<option>${c}</option>`).join('')}</select>
<label for="what">What did you see?</label><textarea id="what" name="what" rows="5" required maxlength="5000"></textarea>
<label for="jurisdiction">District or county (e.g. jinshui)</label><input id="jurisdiction" name="jurisdiction" required pattern="[a-z0-9-]+">
<label for="address">Where exactly?</label><input id="address" name="address" maxlength="500">
<label for="name">Your name (optional)</label><input id="name" name="name" maxlength="200">
<label for="phone">Phone (optional)</label><input id="phone" name="phone" maxlength="50">
<label for="email">E-mail (optional)</label><input id="email" name="email" type="email" maxlength="320">
<label for="files">Photos or documents (optional: JPEG, PNG or PDF, a few files)</label><input id="files" name="files" type="file" multiple accept="image/jpeg,image/png,application/pdf">
<button type="submit">Submit</button></form>
<h2>Follow a report</h2>
<form id="status"><label for="code">Receipt code</label><input id="code" name="code" placeholder="XXXX-XXXX-XXXX-XXXX"><button type="submit">Look up</button></form>
<div id="out" role="status"></div>
<script>
const out = document.getElementById('out');
const hex = (buf) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
async function solve(c) {
  for (let n = 0; n <= c.maxnumber; n++) {
    if (hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(c.salt + n))) === c.challenge)
      return btoa(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: n, salt: c.salt, signature: c.signature }));
  }
  throw new Error('challenge not solved');
}
document.getElementById('report').addEventListener('submit', async (e) => {
  e.preventDefault(); const f = e.target.elements; out.textContent = 'Working…';
  try {
    const altcha = await solve(await (await fetch('/api/public/challenge')).json());
    const contact = { name: f.name.value, phone: f.phone.value, email: f.email.value };
    const body = { category: f.category.value, what: f.what.value, where: { jurisdiction: f.jurisdiction.value, address: f.address.value }, altcha,
      ...(contact.name || contact.phone || contact.email ? { contact } : {}) };
    const r = await fetch('/api/public/reports', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const a = await r.json();
    if (!r.ok) { out.textContent = a.detail || a.title; return; }
    // The files go one by one to the report's receipt code (streamed; the server checks type and size by the bytes).
    const notes = [];
    for (const file of f.files.files) {
      const data = new FormData(); data.append('file', file, file.name);
      const u = await fetch(a.attachmentsUrl, { method: 'POST', body: data });
      notes.push(u.ok ? file.name + ': received' : file.name + ': ' + ((await u.json()).detail || u.status));
    }
    out.textContent = 'Thank you. Your receipt code: ' + a.receiptCode + ' (keep it to follow the status)' + (notes.length ? ' — ' + notes.join('; ') : '');
  } catch (err) { out.textContent = String(err); }
});
document.getElementById('status').addEventListener('submit', async (e) => {
  e.preventDefault(); const code = e.target.elements.code.value.trim();
  const r = await fetch('/api/public/reports/' + encodeURIComponent(code)); const a = await r.json();
  out.textContent = r.ok ? 'Status: ' + a.status + (a.reason ? ' — ' + a.reason : '') + (a.attachmentCount ? ' (' + a.attachmentCount + ' files received)' : '') : (a.detail || a.title);
});
</script></body></html>`;
