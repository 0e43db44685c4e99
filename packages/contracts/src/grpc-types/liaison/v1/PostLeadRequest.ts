// Original file: protos/liaison/v1/leads.proto

import type { Subject as _liaison_v1_Subject, Subject__Output as _liaison_v1_Subject__Output } from '../../liaison/v1/Subject';
import type { Location as _liaison_v1_Location, Location__Output as _liaison_v1_Location__Output } from '../../liaison/v1/Location';
import type { Grading as _liaison_v1_Grading, Grading__Output as _liaison_v1_Grading__Output } from '../../liaison/v1/Grading';
import type { Handling as _liaison_v1_Handling, Handling__Output as _liaison_v1_Handling__Output } from '../../liaison/v1/Handling';
import type { Attachment as _liaison_v1_Attachment, Attachment__Output as _liaison_v1_Attachment__Output } from '../../liaison/v1/Attachment';

export interface PostLeadRequest {
  'commandId'?: (string);
  'title'?: (string);
  /**
   * trademark | copyright | patent | counterfeit_food | drugs | cosmetics | agricultural_inputs |
   * building_materials | electromechanical | auto_parts | tobacco | online
   */
  'category'?: (string);
  'subject'?: (_liaison_v1_Subject | null);
  'location'?: (_liaison_v1_Location | null);
  'summary'?: (string);
  /**
   * low | normal | high | urgent
   */
  'priority'?: (string);
  'grading'?: (_liaison_v1_Grading | null);
  'handling'?: (_liaison_v1_Handling | null);
  'attachments'?: (_liaison_v1_Attachment)[];
}

export interface PostLeadRequest__Output {
  'commandId': (string);
  'title': (string);
  /**
   * trademark | copyright | patent | counterfeit_food | drugs | cosmetics | agricultural_inputs |
   * building_materials | electromechanical | auto_parts | tobacco | online
   */
  'category': (string);
  'subject': (_liaison_v1_Subject__Output | null);
  'location': (_liaison_v1_Location__Output | null);
  'summary': (string);
  /**
   * low | normal | high | urgent
   */
  'priority': (string);
  'grading': (_liaison_v1_Grading__Output | null);
  'handling': (_liaison_v1_Handling__Output | null);
  'attachments': (_liaison_v1_Attachment__Output)[];
}
