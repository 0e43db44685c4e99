// Original file: protos/liaison/v1/evidence.proto


export interface EvidenceCertificateKeys {
  /**
   * A JWKS document (RFC 7517) of the public keys certificates are signed with.
   */
  'jwksJson'?: (string);
}

export interface EvidenceCertificateKeys__Output {
  /**
   * A JWKS document (RFC 7517) of the public keys certificates are signed with.
   */
  'jwksJson': (string);
}
