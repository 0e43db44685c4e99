import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { RecognitionCertificate } from './certificate';

/**
 * The printable form of a recognition certificate (pdfkit). Chinese text needs a CJK font:
 * EVIDENCE_CERTIFICATE_FONT (default the Debian package fonts-wqy-microhei's
 * /usr/share/fonts/truetype/wqy/wqy-microhei.ttc, which .ci/run installs). Without it the PDF is
 * printed in Helvetica with every character outside Latin-1 written as its code point (U+XXXX)
 * and a line saying so: ids, hashes and decisions stay exact, names are transliterated.
 */
export const DEFAULT_CERTIFICATE_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
// A font collection is opened by the PostScript name of one of its fonts.
const TTC_FAMILY = 'WenQuanYiMicroHei';

export interface PdfOptions {
  fontFile: string;
  keyId: string;
}

const latin1 = (text: string) =>
  text.replace(/[^\u0000-\u00ff]/gu, (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);

/** Opens the configured font; a file that is no font pdfkit reads counts as no CJK font (the certificate is still printed). */
function useFont(doc: PDFKit.PDFDocument, file: string): boolean {
  try {
    if (file.endsWith('.ttc')) doc.font(file, TTC_FAMILY);
    else doc.font(file);
    return true;
  } catch {
    return false;
  }
}

export function certificatePdf(certificate: RecognitionCertificate, options: PdfOptions): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Recognition certificate ${certificate.item.evidenceId}` } });
  const cjk = existsSync(options.fontFile) && useFont(doc, options.fontFile);
  if (!cjk) doc.font('Helvetica');
  const t = (text: string) => (cjk ? text : latin1(text));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const heading = (text: string) => doc.moveDown(0.6).fontSize(13).text(t(text)).fontSize(10);
  const line = (label: string, value: string | number | boolean) => doc.text(t(`${label}: ${String(value === '' ? '—' : value)}`));
  const c = certificate;

  doc.fontSize(18).text(t(cjk ? '证据互认证书 Evidence Recognition Certificate' : 'Evidence Recognition Certificate'), { align: 'center' });
  doc
    .moveDown(0.3)
    .fontSize(9)
    .text(t(`issued ${c.issuedAt} by ${c.issuer}; signed key id ${options.keyId}`), { align: 'center' });
  if (!cjk) doc.text('No CJK font installed: characters outside Latin-1 are shown as U+XXXX code points.', { align: 'center' });
  doc.fontSize(10);

  heading('Item');
  line('Evidence id', c.item.evidenceId);
  line('Kind', c.item.kind);
  line('Title', c.item.title);
  line('Registered by', `${c.item.ownerUnitId} (${c.item.registeredByOfficerId}) at ${c.item.registeredAt}`);
  line('Collected', `${c.item.collectedByUnitId} (${c.item.collectedByOfficerId}) at ${c.item.collectedAt}`);
  line('Place', c.item.collectedPlace);
  line('Method', c.item.collectionMethod);
  line('Belongs to', c.item.leadId || c.item.operationId);
  line('Handling', `${c.item.handlingCode}${c.item.noCourtUseWithoutConsent ? ', no court use without consent' : ''}`);
  if (c.courtUseConsentUnitIds.length > 0) line('Court use consented for', c.courtUseConsentUnitIds.join(', '));

  heading('Content and history');
  line('SHA-256', c.content.sha256);
  line('Size (bytes)', c.content.size);
  line('Media type', c.content.mediaType);
  line('File name', c.content.fileName);
  line('Last integrity check', c.content.integrity);
  line('Hash-chain head', `${c.chain.head} (version ${c.chain.headVersion}, ${c.chain.intact ? 'intact' : 'BROKEN'})`);

  heading('Custody');
  if (c.custody.length === 0) doc.text(t(`With the collecting unit ${c.item.collectedByUnitId} since collection.`));
  c.custody.forEach((h, i) =>
    doc.text(t(`${i + 1}. ${h.at}  ${h.fromUnitId} ${h.fromOfficerId} → ${h.toUnitId} ${h.toOfficerId}: ${h.reason}`)),
  );

  heading('Recognition');
  if (c.recognition.length === 0) doc.text('No recognition requested.');
  for (const r of c.recognition) {
    doc.moveDown(0.3).text(t(`${r.requestId} — purpose ${r.purpose}, requested by ${r.requestedByUnitId} at ${r.requestedAt}`));
    for (const d of r.decisions) {
      const details = [
        d.decidedAt ? `${d.decidedAt} by ${d.officerId}` : '',
        d.conditions.length > 0 ? `conditions: ${d.conditions.join('; ')}` : '',
        d.reason ? `reason: ${d.reason}` : '',
        d.revokedAt ? `revoked ${d.revokedAt}: ${d.revokeReason}` : '',
      ].filter(Boolean);
      doc.text(t(`   • ${d.unitId}: ${d.status}${details.length > 0 ? ` (${details.join('; ')})` : ''}`));
    }
  }

  heading('Verification');
  doc.text(
    t(
      'This page is a print of the signed JSON certificate. The signature (compact JWS, EdDSA) covers the JSON; check it against the evidence service’s published keys (GetCertificateKeys / JWKS) with the key id above.',
    ),
  );
  doc.end();
  return done;
}
