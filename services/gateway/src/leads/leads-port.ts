import type { CommandResult, PageInfo } from '../http/command-routes';
import type { CallContext, GrpcPort } from '../http/grpc-port';

export type { PageInfo };

/** What the gateway needs of the leads service: one unary call per rpc, plus readiness. */
export type LeadsPort = GrpcPort<LeadsMethods>;

export type LeadsCallContext = CallContext;

export interface LeadCommandResult extends CommandResult {
  leadId: string;
  version: number;
  status: string;
  duplicate: boolean;
}

export interface LeadDetail {
  leadId: string;
  version: number;
  status: string;
  ownerUnitId: string;
  recipients: { unitId: string; status: string }[];
  coHandlingTasks: { unitId: string }[];
  transfer?: { policeUnitId: string; stage: string } | null;
  handling?: { code: string } | null;
  [field: string]: unknown;
}

export interface LeadPage {
  leads: Record<string, unknown>[];
  page?: PageInfo | null;
}

export interface OverduePage {
  items: Record<string, unknown>[];
  page?: PageInfo | null;
}

export interface LeadCounts {
  byCategory: { key: string; count: number }[];
  byJurisdiction: { key: string; count: number }[];
  byStatus: { key: string; count: number }[];
  total: number;
}

type Req = Record<string, unknown>;

/** The LeadsService rpcs (leads.proto), camelCase fields as @grpc/proto-loader delivers them. */
export type LeadsMethods = {
  PostLead: { request: Req; response: LeadCommandResult };
  ShareLead: { request: Req; response: LeadCommandResult };
  RequestOnwardSharing: { request: Req; response: LeadCommandResult };
  ApproveOnwardSharing: { request: Req; response: LeadCommandResult };
  RefuseOnwardSharing: { request: Req; response: LeadCommandResult };
  AcknowledgeLead: { request: Req; response: LeadCommandResult };
  AcceptLead: { request: Req; response: LeadCommandResult };
  DeclineLead: { request: Req; response: LeadCommandResult };
  AssignForCoHandling: { request: Req; response: LeadCommandResult };
  RecordFeedback: { request: Req; response: LeadCommandResult };
  RegradeLead: { request: Req; response: LeadCommandResult };
  FlagSuspectedCrime: { request: Req; response: LeadCommandResult };
  DecideTransfer: { request: Req; response: LeadCommandResult };
  HandOverToPolice: { request: Req; response: LeadCommandResult };
  RecordPoliceDecision: { request: Req; response: LeadCommandResult };
  RequestReconsideration: { request: Req; response: LeadCommandResult };
  AnswerReconsideration: { request: Req; response: LeadCommandResult };
  CloseLead: { request: Req; response: LeadCommandResult };
  LinkLead: { request: Req; response: LeadCommandResult };
  EscalateForJointAction: { request: Req; response: LeadCommandResult };
  GetLead: { request: { leadId: string }; response: LeadDetail };
  ListInbox: { request: Req; response: LeadPage };
  ListOutbox: { request: Req; response: LeadPage };
  ListOverdue: { request: Req; response: OverduePage };
  SearchLeads: { request: Req; response: LeadPage };
  CountLeads: { request: Req; response: LeadCounts };
};

export type LeadsRpc = keyof LeadsMethods & string;
export type CommandRpc = { [K in LeadsRpc]: LeadsMethods[K]['response'] extends LeadCommandResult ? K : never }[LeadsRpc];
