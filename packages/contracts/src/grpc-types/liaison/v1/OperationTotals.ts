// Original file: protos/liaison/v1/operations.proto


export interface OperationTotals {
  'reports'?: (number);
  'seizureItems'?: (number);
  'seizedValueYuan'?: (number | string);
  'inspections'?: (number);
  'arrests'?: (number);
}

export interface OperationTotals__Output {
  'reports': (number);
  'seizureItems': (number);
  'seizedValueYuan': (number);
  'inspections': (number);
  'arrests': (number);
}
