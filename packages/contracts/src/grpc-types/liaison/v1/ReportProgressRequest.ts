// Original file: protos/liaison/v1/operations.proto

import type { Seizure as _liaison_v1_Seizure, Seizure__Output as _liaison_v1_Seizure__Output } from '../../liaison/v1/Seizure';

export interface ReportProgressRequest {
  'commandId'?: (string);
  'operationId'?: (string);
  'ifMatchVersion'?: (number);
  'seizures'?: (_liaison_v1_Seizure)[];
  'inspections'?: (number);
  'arrests'?: (number);
  'notes'?: (string);
}

export interface ReportProgressRequest__Output {
  'commandId': (string);
  'operationId': (string);
  'ifMatchVersion': (number);
  'seizures': (_liaison_v1_Seizure__Output)[];
  'inspections': (number);
  'arrests': (number);
  'notes': (string);
}
