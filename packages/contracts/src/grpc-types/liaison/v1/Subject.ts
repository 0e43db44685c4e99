// Original file: protos/liaison/v1/leads.proto


export interface Subject {
  'enterpriseName'?: (string);
  /**
   * 统一社会信用代码: 18 characters.
   */
  'creditCode'?: (string);
  'personName'?: (string);
  'onlineShop'?: (string);
  'url'?: (string);
}

export interface Subject__Output {
  'enterpriseName': (string);
  /**
   * 统一社会信用代码: 18 characters.
   */
  'creditCode': (string);
  'personName': (string);
  'onlineShop': (string);
  'url': (string);
}
