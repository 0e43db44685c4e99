import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { certificateOf, signCertificate, verifyCertificate } from '../src/certificate/certificate';
import { certificatePdf, DEFAULT_CERTIFICATE_FONT } from '../src/certificate/pdf';
import { jwksOf, loadCertificateKey } from '../src/certificate/signing-key';
import { evolveEvidenceView, type EvidenceView } from '../src/projections/evidence-view';
import { cmd, jinshui, psb, recognised, registered, REQ, requested, spec } from './evidence-fixtures';

/** The certificate as a unit checks it offline: canonical JSON, a JWS over it, the JWKS, and its print. */

const keyFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'evidence-cert-'));
  const file = join(dir, 'key.pem');
  writeFileSync(file, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
  return file;
};

/** The view after registration, a request, a recognition and a conditional one (decided, then folded as the store would). */
function recognisedView(title = 'Test report: counterfeit liquor 假冒白酒'): EvidenceView {
  const { history } = spec.givenCommands(
    registered({ title, collectedPlace: '二七区解放路18号' }),
    requested(),
    recognised(jinshui),
    cmd('RecogniseWithConditions', psb, { requestId: REQ, conditions: ['仅用于本案'], note: '', chainIntact: true }),
  );
  return history.reduce<EvidenceView | null>(evolveEvidenceView, null)!;
}

describe('recognition certificate', () => {
  it('signs the canonical JSON so that it verifies with the published JWKS, and not once altered', async () => {
    const key = await loadCertificateKey({ file: keyFile(), production: true });
    const certificate = certificateOf(recognisedView(), { head: 'f'.repeat(64), headVersion: 4, intact: true }, '2026-03-01T09:00:00.000Z');
    const { json, jws } = await signCertificate(certificate, key);
    const jwks = jwksOf([key]);
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', kid: key.kid });
    expect(jwks.keys[0]).not.toHaveProperty('d');
    const verified = await verifyCertificate(jws, jwks);
    expect(verified).toEqual(JSON.parse(json));
    expect(verified.recognition[0]!.decisions.map((d) => [d.unitId, d.status, d.conditions])).toEqual([
      ['msb-jinshui', 'recognised', []],
      ['psb-city', 'recognised_with_conditions', ['仅用于本案']],
    ]);
    const [header, payload, signature] = jws.split('.');
    const altered = Buffer.from(Buffer.from(payload!, 'base64url').toString().replace('"intact":true', '"intact":false')).toString(
      'base64url',
    );
    await expect(verifyCertificate(`${header}.${altered}.${signature}`, jwks)).rejects.toThrow();
    // Another key's JWKS does not vouch for it either.
    const other = await loadCertificateKey({ file: keyFile(), production: true });
    await expect(verifyCertificate(jws, { keys: [{ ...other.publicJwk, kid: key.kid }] })).rejects.toThrow();
  });

  it('refuses to run in production without a configured key', async () => {
    await expect(loadCertificateKey({ production: true })).rejects.toThrow(/EVIDENCE_CERTIFICATE_KEY_FILE/);
  });

  it('prints the PDF with the CJK font embedded, and without the font still prints it in Helvetica', async () => {
    const certificate = certificateOf(recognisedView(), { head: 'f'.repeat(64), headVersion: 4, intact: true }, '2026-03-01T09:00:00.000Z');
    const withFont = await certificatePdf(certificate, { fontFile: DEFAULT_CERTIFICATE_FONT, keyId: 'k1' });
    expect(withFont.subarray(0, 5).toString()).toBe('%PDF-');
    // The embedded subset carries the font's PostScript name (.ci/run installs fonts-wqy-microhei).
    if (existsSync(DEFAULT_CERTIFICATE_FONT)) expect(withFont.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+WenQuanYiMicroHei/);
    const fallback = await certificatePdf(certificate, { fontFile: '/nonexistent/font.ttc', keyId: 'k1' });
    expect(fallback.subarray(0, 5).toString()).toBe('%PDF-');
    expect(fallback.toString('latin1')).toMatch(/\/BaseFont \/Helvetica/);
    // Uncompressed text of the fallback page (pdfkit compresses content streams; the title is in the info dictionary).
    expect(fallback.toString('latin1')).toContain('Recognition certificate evidence-');
  });
});
