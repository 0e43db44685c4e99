// Original file: protos/liaison/v1/meetings.proto


export interface OperationResults {
  'reports'?: (number);
  'seizures'?: (number);
  'valueYuan'?: (number | string);
  'arrests'?: (number);
  'inspections'?: (number);
}

export interface OperationResults__Output {
  'reports': (number);
  'seizures': (number);
  'valueYuan': (number);
  'arrests': (number);
  'inspections': (number);
}
