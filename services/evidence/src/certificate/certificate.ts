import canonicalize from 'canonicalize';
import { CompactSign, compactVerify, createLocalJWKSet, type JSONWebKeySet } from 'jose';
import type { EvidenceView } from '../projections/evidence-view';
import type { CertificateKey } from './signing-key';

/**
 * The recognition certificate of an item: what was recognised (the item, its content hash and
 * the head of its hash chain at issue), its custody, and each asked unit's decision with its
 * conditions — as RFC 8785 canonical JSON, and the same bytes as the payload of a compact JWS
 * signed with the evidence service's certificate key, so a unit can check it offline against
 * the published JWKS (GetCertificateKeys) without trusting the channel it came through.
 */
export interface RecognitionCertificate {
  type: 'liaison.evidence.recognition-certificate';
  version: 1;
  issuer: string;
  issuedAt: string;
  item: {
    evidenceId: string;
    kind: string;
    title: string;
    ownerUnitId: string;
    registeredByOfficerId: string;
    registeredAt: string;
    collectedByUnitId: string;
    collectedByOfficerId: string;
    collectedAt: string;
    collectedPlace: string;
    collectionMethod: string;
    leadId: string;
    operationId: string;
    handlingCode: string;
    noCourtUseWithoutConsent: boolean;
  };
  content: { sha256: string; size: number; mediaType: string; fileName: string; integrity: string };
  chain: { head: string; headVersion: number; intact: boolean };
  custody: EvidenceView['custody'];
  courtUseConsentUnitIds: string[];
  recognition: {
    requestId: string;
    purpose: string;
    requestedByUnitId: string;
    requestedAt: string;
    decisions: {
      unitId: string;
      status: string;
      conditions: string[];
      reason: string;
      officerId: string;
      decidedAt: string;
      revokeReason: string;
      revokedAt: string;
    }[];
  }[];
}

export const CERTIFICATE_ISSUER = 'liaison-evidence';
export const CERTIFICATE_MEDIA_TYPE = 'application/vnd.liaison.recognition-certificate+json';

export function certificateOf(
  view: EvidenceView,
  chain: { head: string; headVersion: number; intact: boolean },
  issuedAt: string,
): RecognitionCertificate {
  return {
    type: 'liaison.evidence.recognition-certificate',
    version: 1,
    issuer: CERTIFICATE_ISSUER,
    issuedAt,
    item: {
      evidenceId: view.evidenceId,
      kind: view.kind,
      title: view.title,
      ownerUnitId: view.ownerUnitId,
      registeredByOfficerId: view.registeredByOfficerId,
      registeredAt: view.registeredAt,
      collectedByUnitId: view.collectedByUnitId,
      collectedByOfficerId: view.collectedByOfficerId,
      collectedAt: view.collectedAt,
      collectedPlace: view.collectedPlace,
      collectionMethod: view.collectionMethod,
      leadId: view.leadId,
      operationId: view.operationId,
      handlingCode: view.handlingCode,
      noCourtUseWithoutConsent: view.handling.noCourtUseWithoutConsent,
    },
    content: { sha256: view.sha256, size: view.size, mediaType: view.mediaType, fileName: view.fileName, integrity: view.integrity.status },
    chain,
    custody: view.custody,
    courtUseConsentUnitIds: view.courtUseConsent.unitIds,
    recognition: view.recognitionRequests.map((r) => ({
      requestId: r.requestId,
      purpose: r.purpose,
      requestedByUnitId: r.requestedByUnitId,
      requestedAt: r.requestedAt,
      decisions: r.decisions.map((d) => ({
        unitId: d.unitId,
        status: d.status,
        conditions: d.conditions,
        reason: d.reason,
        officerId: d.officerId,
        decidedAt: d.decidedAt,
        revokeReason: d.revokeReason,
        revokedAt: d.revokedAt,
      })),
    })),
  };
}

/** The certificate's canonical JSON (RFC 8785) and a compact JWS over exactly those bytes. */
export async function signCertificate(certificate: RecognitionCertificate, key: CertificateKey): Promise<{ json: string; jws: string }> {
  const json = canonicalize(certificate);
  if (json === undefined) throw new TypeError('the certificate has no JSON form');
  const jws = await new CompactSign(new TextEncoder().encode(json))
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: CERTIFICATE_MEDIA_TYPE })
    .sign(key.privateKey);
  return { json, jws };
}

/** What a unit does offline: checks the JWS against the published JWKS and returns the certificate it vouches for. */
export async function verifyCertificate(jws: string, jwks: JSONWebKeySet): Promise<RecognitionCertificate> {
  const { payload } = await compactVerify(jws, createLocalJWKSet(jwks), { algorithms: ['EdDSA'] });
  return JSON.parse(new TextDecoder().decode(payload)) as RecognitionCertificate;
}
