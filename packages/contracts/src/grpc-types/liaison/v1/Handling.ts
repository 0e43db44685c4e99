// Original file: protos/liaison/v1/common.proto


/**
 * How a record may be shared and used: TLP 2.0 code plus use restrictions. Leads and operations
 * carry the same shape.
 */
export interface Handling {
  /**
   * CLEAR | GREEN | AMBER | AMBER+STRICT | RED
   */
  'code'?: (string);
  /**
   * Not for use in court without the originator's permission.
   */
  'noCourtUseWithoutConsent'?: (boolean);
  /**
   * No onward sharing without the originator's consent.
   */
  'noOnwardSharingWithoutConsent'?: (boolean);
  /**
   * For RED: the officers who may see it (the originator always may).
   */
  'namedOfficerIds'?: (string)[];
}

/**
 * How a record may be shared and used: TLP 2.0 code plus use restrictions. Leads and operations
 * carry the same shape.
 */
export interface Handling__Output {
  /**
   * CLEAR | GREEN | AMBER | AMBER+STRICT | RED
   */
  'code': (string);
  /**
   * Not for use in court without the originator's permission.
   */
  'noCourtUseWithoutConsent': (boolean);
  /**
   * No onward sharing without the originator's consent.
   */
  'noOnwardSharingWithoutConsent': (boolean);
  /**
   * For RED: the officers who may see it (the originator always may).
   */
  'namedOfficerIds': (string)[];
}
