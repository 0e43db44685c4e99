// Original file: protos/liaison/v1/leads.proto


export interface CloseLeadRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  /**
   * resolved | unfounded | transferred | merged | other | penalised (an administrative penalty:
   * enters the subject's credit file, ADR 0027)
   */
  'outcome'?: (string);
  'summary'?: (string);
}

export interface CloseLeadRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  /**
   * resolved | unfounded | transferred | merged | other | penalised (an administrative penalty:
   * enters the subject's credit file, ADR 0027)
   */
  'outcome': (string);
  'summary': (string);
}
