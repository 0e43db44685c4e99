// Original file: protos/liaison/v1/intake.proto

import type { ReportPlace as _liaison_v1_ReportPlace, ReportPlace__Output as _liaison_v1_ReportPlace__Output } from '../../liaison/v1/ReportPlace';
import type { ReportContact as _liaison_v1_ReportContact, ReportContact__Output as _liaison_v1_ReportContact__Output } from '../../liaison/v1/ReportContact';

export interface SubmitReportRequest {
  /**
   * trademark | copyright | patent | counterfeit_food | drugs | cosmetics | agricultural_inputs |
   * building_materials | electromechanical | auto_parts | tobacco | online
   */
  'category'?: (string);
  'what'?: (string);
  'where'?: (_liaison_v1_ReportPlace | null);
  /**
   * Optional; RED.
   */
  'contact'?: (_liaison_v1_ReportContact | null);
  /**
   * The gateway's correlation of the public request (the command id): one report per submission.
   */
  'commandId'?: (string);
}

export interface SubmitReportRequest__Output {
  /**
   * trademark | copyright | patent | counterfeit_food | drugs | cosmetics | agricultural_inputs |
   * building_materials | electromechanical | auto_parts | tobacco | online
   */
  'category': (string);
  'what': (string);
  'where': (_liaison_v1_ReportPlace__Output | null);
  /**
   * Optional; RED.
   */
  'contact': (_liaison_v1_ReportContact__Output | null);
  /**
   * The gateway's correlation of the public request (the command id): one report per submission.
   */
  'commandId': (string);
}
