// Original file: protos/liaison/v1/evidence.proto


export interface CountEvidenceRequest {
  /**
   * lead-<uuid> or operation-<uuid>
   */
  'recordIds'?: (string)[];
}

export interface CountEvidenceRequest__Output {
  /**
   * lead-<uuid> or operation-<uuid>
   */
  'recordIds': (string)[];
}
