// Original file: protos/liaison/v1/operations.proto

import type { InvitationItem as _liaison_v1_InvitationItem, InvitationItem__Output as _liaison_v1_InvitationItem__Output } from '../../liaison/v1/InvitationItem';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from '../../liaison/v1/PageInfo';

export interface InvitationPage {
  'invitations'?: (_liaison_v1_InvitationItem)[];
  'page'?: (_liaison_v1_PageInfo | null);
}

export interface InvitationPage__Output {
  'invitations': (_liaison_v1_InvitationItem__Output)[];
  'page': (_liaison_v1_PageInfo__Output | null);
}
