// Original file: protos/liaison/v1/intake.proto

import type { IntakeReport as _liaison_v1_IntakeReport, IntakeReport__Output as _liaison_v1_IntakeReport__Output } from '../../liaison/v1/IntakeReport';

export interface IntakeQueue {
  'reports'?: (_liaison_v1_IntakeReport)[];
}

export interface IntakeQueue__Output {
  'reports': (_liaison_v1_IntakeReport__Output)[];
}
