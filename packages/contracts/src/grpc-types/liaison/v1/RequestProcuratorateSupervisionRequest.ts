// Original file: protos/liaison/v1/leads.proto


export interface RequestProcuratorateSupervisionRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  /**
   * A unit of agency "procuratorate", e.g. procuratorate-city.
   */
  'procuratorateUnitId'?: (string);
  'reason'?: (string);
  /**
   * Procurators to name: at least one for a RED lead.
   */
  'namedOfficerIds'?: (string)[];
}

export interface RequestProcuratorateSupervisionRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  /**
   * A unit of agency "procuratorate", e.g. procuratorate-city.
   */
  'procuratorateUnitId': (string);
  'reason': (string);
  /**
   * Procurators to name: at least one for a RED lead.
   */
  'namedOfficerIds': (string)[];
}
