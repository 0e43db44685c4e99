// Original file: protos/liaison/v1/operations.proto

import type { Target as _liaison_v1_Target, Target__Output as _liaison_v1_Target__Output } from '../../liaison/v1/Target';
import type { TimeWindow as _liaison_v1_TimeWindow, TimeWindow__Output as _liaison_v1_TimeWindow__Output } from '../../liaison/v1/TimeWindow';
import type { Handling as _liaison_v1_Handling, Handling__Output as _liaison_v1_Handling__Output } from '../../liaison/v1/Handling';

export interface ProposeOperationRequest {
  'commandId'?: (string);
  'title'?: (string);
  'objective'?: (string);
  'targets'?: (_liaison_v1_Target)[];
  /**
   * Free text: streets, markets, districts covered.
   */
  'area'?: (string);
  'window'?: (_liaison_v1_TimeWindow | null);
  /**
   * lead-<uuid>; each must exist and be visible to the proposing unit.
   */
  'linkedLeadIds'?: (string)[];
  'handling'?: (_liaison_v1_Handling | null);
  /**
   * normal | emergency (emergency: invited units answer within the short response limit)
   */
  'urgency'?: (string);
}

export interface ProposeOperationRequest__Output {
  'commandId': (string);
  'title': (string);
  'objective': (string);
  'targets': (_liaison_v1_Target__Output)[];
  /**
   * Free text: streets, markets, districts covered.
   */
  'area': (string);
  'window': (_liaison_v1_TimeWindow__Output | null);
  /**
   * lead-<uuid>; each must exist and be visible to the proposing unit.
   */
  'linkedLeadIds': (string)[];
  'handling': (_liaison_v1_Handling__Output | null);
  /**
   * normal | emergency (emergency: invited units answer within the short response limit)
   */
  'urgency': (string);
}
