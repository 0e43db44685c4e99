// Original file: protos/liaison/v1/leads.proto

import type { CoHandlingTask as _liaison_v1_CoHandlingTask, CoHandlingTask__Output as _liaison_v1_CoHandlingTask__Output } from '../../liaison/v1/CoHandlingTask';

export interface AssignForCoHandlingRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  'tasks'?: (_liaison_v1_CoHandlingTask)[];
}

export interface AssignForCoHandlingRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  'tasks': (_liaison_v1_CoHandlingTask__Output)[];
}
