// Original file: protos/liaison/v1/evidence.proto


export interface CountEvidenceRequest {
  /**
   * lead-<uuid> or op-<uuid>
   */
  'recordIds'?: (string)[];
}

export interface CountEvidenceRequest__Output {
  /**
   * lead-<uuid> or op-<uuid>
   */
  'recordIds': (string)[];
}
