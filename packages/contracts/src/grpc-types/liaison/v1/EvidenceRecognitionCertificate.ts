// Original file: protos/liaison/v1/evidence.proto


export interface EvidenceRecognitionCertificate {
  /**
   * The certificate payload, canonical JSON.
   */
  'json'?: (string);
  /**
   * Compact JWS (EdDSA, Ed25519) whose payload is the JSON; verify with GetCertificateKeys.
   */
  'jws'?: (string);
  /**
   * Printable PDF.
   */
  'pdf'?: (Buffer | Uint8Array | string);
  'keyId'?: (string);
}

export interface EvidenceRecognitionCertificate__Output {
  /**
   * The certificate payload, canonical JSON.
   */
  'json': (string);
  /**
   * Compact JWS (EdDSA, Ed25519) whose payload is the JSON; verify with GetCertificateKeys.
   */
  'jws': (string);
  /**
   * Printable PDF.
   */
  'pdf': (Buffer);
  'keyId': (string);
}
