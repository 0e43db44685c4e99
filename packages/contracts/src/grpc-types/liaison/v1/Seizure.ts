// Original file: protos/liaison/v1/operations.proto


export interface Seizure {
  'goods'?: (string);
  'quantity'?: (number | string);
  /**
   * e.g. bottles, cartons, kg
   */
  'unitOfMeasure'?: (string);
  'valueYuan'?: (number | string);
}

export interface Seizure__Output {
  'goods': (string);
  'quantity': (number);
  /**
   * e.g. bottles, cartons, kg
   */
  'unitOfMeasure': (string);
  'valueYuan': (number);
}
