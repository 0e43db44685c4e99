// Original file: protos/liaison/v1/operations.proto

import type { Seizure as _liaison_v1_Seizure, Seizure__Output as _liaison_v1_Seizure__Output } from '../../liaison/v1/Seizure';

export interface ProgressReport {
  'version'?: (number);
  'unitId'?: (string);
  'seizures'?: (_liaison_v1_Seizure)[];
  'inspections'?: (number);
  'arrests'?: (number);
  'notes'?: (string);
  'at'?: (string);
}

export interface ProgressReport__Output {
  'version': (number);
  'unitId': (string);
  'seizures': (_liaison_v1_Seizure__Output)[];
  'inspections': (number);
  'arrests': (number);
  'notes': (string);
  'at': (string);
}
