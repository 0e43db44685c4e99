// Original file: protos/liaison/v1/leads.proto


export interface RequestOnwardSharingRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  'unitIds'?: (string)[];
  'reason'?: (string);
}

export interface RequestOnwardSharingRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  'unitIds': (string)[];
  'reason': (string);
}
