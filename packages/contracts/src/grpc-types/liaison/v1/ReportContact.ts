// Original file: protos/liaison/v1/intake.proto


export interface ReportContact {
  'name'?: (string);
  'phone'?: (string);
  'email'?: (string);
}

export interface ReportContact__Output {
  'name': (string);
  'phone': (string);
  'email': (string);
}
