// Original file: protos/liaison/v1/meetings.proto

import type { RectificationOrder as _liaison_v1_RectificationOrder, RectificationOrder__Output as _liaison_v1_RectificationOrder__Output } from '../../liaison/v1/RectificationOrder';

export interface Rectification {
  'dueAt'?: (string);
  'rule'?: (string);
  'orders'?: (_liaison_v1_RectificationOrder)[];
}

export interface Rectification__Output {
  'dueAt': (string);
  'rule': (string);
  'orders': (_liaison_v1_RectificationOrder__Output)[];
}
