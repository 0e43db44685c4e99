// Original file: protos/liaison/v1/common.proto


/**
 * Who acts. Requests do not carry it: every call carries the caller in a signed identity token,
 * metadata `authorization: Bearer <jwt>` (iss the calling process, aud the called service, sub
 * the officer, claims unit and roles, a short exp), which the service verifies before trusting
 * it (docs/adr/0009-verified-service-identity.md). Responses use it, e.g. to show who posted a lead.
 */
export interface Actor {
  'officerId'?: (string);
  'unitId'?: (string);
  /**
   * liaison_officer | coordinator | analyst | admin
   */
  'roles'?: (string)[];
}

/**
 * Who acts. Requests do not carry it: every call carries the caller in a signed identity token,
 * metadata `authorization: Bearer <jwt>` (iss the calling process, aud the called service, sub
 * the officer, claims unit and roles, a short exp), which the service verifies before trusting
 * it (docs/adr/0009-verified-service-identity.md). Responses use it, e.g. to show who posted a lead.
 */
export interface Actor__Output {
  'officerId': (string);
  'unitId': (string);
  /**
   * liaison_officer | coordinator | analyst | admin
   */
  'roles': (string)[];
}
