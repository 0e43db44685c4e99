import type { Directory } from '@liaison/contracts';
import { ValidationError } from '@liaison/platform';
import type { Request, RequestHandler, Response, Router } from 'express';
import { z } from 'zod';
import { recordId } from './common-schemas';
import type { CallContext } from './grpc-port';
import { commandIdFor, IDEMPOTENCY_HEADER, requestDigestOf } from './idempotency';
import { etagOf, ifMatchVersion, noneMatch } from './preconditions';
import { actorOf, contextOf } from './request-context';
import { parse } from './validate';

/**
 * The generic half of a REST resource that maps 1:1 onto a gRPC service's commands and queries
 * (leads, operations, …): a route table (path ↔ rpc, body schema, directory references) turned
 * into Express handlers that validate, check references and participation, derive command_id
 * from Idempotency-Key and if_match_version from If-Match, call the port and answer with the
 * version as ETag. The same tables generate the OpenAPI document (../openapi.ts).
 */

/** A reference to registry data inside a body, checked against the directory (400 if unknown). */
export interface Reference {
  path: string;
  kind: 'unit' | 'jurisdiction' | 'officer';
  id: string;
}

/** The references that the directory does not know, as validation issues. */
export function unknownReferences(directory: Directory, references: Reference[]): { path: string; message: string }[] {
  return references
    .filter((ref) =>
      ref.kind === 'unit'
        ? !directory.unit(ref.id)
        : ref.kind === 'jurisdiction'
          ? !directory.jurisdiction(ref.id)
          : !directory.officer(ref.id),
    )
    .map((ref) => ({ path: ref.path, message: `unknown ${ref.kind} "${ref.id}"` }));
}

export function checkReferences(directory: Directory, references: Reference[]): void {
  const issues = unknownReferences(directory, references);
  if (issues.length > 0) throw ValidationError.of(issues, 'request body');
}

/** `body[field]` as a list of unit ids → references `field.<i>`. */
export const unitRefs =
  (field: string) =>
  (body: Record<string, unknown>): Reference[] =>
    ((body[field] as string[] | undefined) ?? []).map((id, i) => ({ path: `${field}.${i}`, kind: 'unit' as const, id }));

/** One command route on an existing record: POST <base>/{id}/<path> → rpc. */
export interface ActionRoute<R extends string = string> {
  /** Relative to `<base>/:id/`; may hold further parameters (`tasks/:taskId/complete`), passed to the rpc by name. */
  path: string;
  rpc: R;
  body: z.ZodType;
  summary: string;
  references?(body: Record<string, unknown>): Reference[];
  /** Before the call, check only that the caller may see the record, not that its unit is a party. */
  visibilityOnly?: boolean;
  /** Fields of the rpc's answer added to the HTTP answer when non-empty (e.g. `taskId`). */
  answer?: string[];
  /** The role check of this route, when not the resource's (e.g. the procurator's answer, ADR 0014). */
  role?: RequestHandler;
}

/** What every command rpc answers: the record id (field named by the resource), version, status. */
export interface CommandResult {
  version: number;
  status: string;
  duplicate: boolean;
  [field: string]: unknown;
}

/** The parameters in a route path, `:name` → name. */
export const pathParameters = (path: string): string[] => [...path.matchAll(/:(\w+)/g)].map((match) => match[1]!);

const humanise = (name: string) =>
  name
    .replace(/Id$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

/** The path-parameter schema of an action route: `{id}` plus each further `:name` of its path. */
export function paramsSchema(idParam: z.ZodType, path = ''): z.ZodObject {
  const shape: Record<string, z.ZodType> = { id: idParam };
  for (const name of pathParameters(path)) shape[name] = recordId(humanise(name));
  return z.object(shape);
}

export const callContext = (res: Response): CallContext => ({ actor: actorOf(res), correlationId: contextOf(res).correlationId });

/** The call context of a command: also the request digest its Idempotency-Key is bound to. */
export const commandContext = (req: Request, res: Response): CallContext => ({
  ...callContext(res),
  requestDigest: requestDigestOf({
    method: req.method,
    path: `${req.baseUrl}${req.path}`,
    officerId: actorOf(res).officerId,
    body: req.body ?? {},
  }),
});

/** The command answer as HTTP: `{<idField>, version, status, …}` with the version as ETag. */
export function sendCommandResult(
  res: Response,
  result: CommandResult,
  idField: string,
  status: number,
  answer: string[] = [],
  annotations: Record<string, unknown> = {},
): void {
  res.setHeader('ETag', etagOf(result.version));
  if (result.duplicate) res.setHeader('Idempotent-Replayed', 'true');
  const extra = Object.fromEntries(
    answer.filter((field) => result[field] !== undefined && result[field] !== '').map((field) => [field, result[field]]),
  );
  res.status(status).json({ [idField]: result[idField], version: result.version, status: result.status, ...extra, ...annotations });
}

/**
 * A record read: the version as ETag; `If-None-Match` naming it → 304, unless `fresh` (the answer
 * carries something that changes without the record's version, e.g. an evidence count: always sent whole).
 */
export function sendDetail(req: Request, res: Response, detail: { version: number }, options: { fresh?: boolean } = {}): void {
  res.setHeader('ETag', etagOf(detail.version));
  res.setHeader('Cache-Control', 'private, no-cache');
  if (!options.fresh && noneMatch(req.get('if-none-match'), detail.version)) return void res.status(304).end();
  res.json(detail);
}

export interface PageInfo {
  nextCursor: string;
}

/** `{items, nextCursor}` plus `Link: <…?cursor=…>; rel="next"` when there is a further page. */
export function sendPage(req: Request, res: Response, items: unknown[], page: PageInfo | null | undefined): void {
  const nextCursor = page?.nextCursor ? page.nextCursor : null;
  if (nextCursor) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(req.query)) if (key !== 'cursor' && typeof value === 'string') query.set(key, value);
    query.set('cursor', nextCursor);
    res.setHeader('Link', `<${req.baseUrl}${req.path}?${query.toString()}>; rel="next"`);
  }
  res.json({ items, nextCursor });
}

/** `?cursor=&limit=` → the gRPC PageRequest. */
export const pageOf = (query: { cursor?: string; limit: number }) => ({ pageSize: query.limit, cursor: query.cursor ?? '' });

/** A resource's command side, as the generic handlers need it. */
export interface CommandResource<R extends string> {
  /** e.g. `/api/v1/operations`: where created records are (Location). */
  base: string;
  /** The record-id field of requests and answers, e.g. `leadId`, `operationId`. */
  idField: string;
  /** Schema of the `{id}` path parameter. */
  idParam: z.ZodType;
  directory: Directory;
  role: RequestHandler;
  call(rpc: R, request: Record<string, unknown>, ctx: CallContext): Promise<CommandResult>;
  /**
   * Party / visibility pre-check before a command on an existing record, for services whose
   * commands do not answer it themselves; absent where the decider does (leads).
   */
  checkParticipation?(ctx: CallContext, id: string, route: ActionRoute<R>): Promise<void>;
}

/** The create route of a resource: its rpc, body, directory references and what the answer adds. */
export interface CreateRoute<R extends string> {
  rpc: R;
  body: z.ZodType;
  references?(body: Record<string, unknown>): Reference[];
  /**
   * Fields added to the 201 answer from the request (e.g. the subject's credit status, so a repeat
   * offender stands out as the record is made). Asked beside the command, so it adds no latency;
   * it must not throw (an optional extra), and is dropped when the command fails.
   */
  annotate?(body: Record<string, unknown>, res: Response): Promise<Record<string, unknown>>;
}

/** POST <base>/ → the create rpc: 201, `Location`, ETag. */
export function mountCreateRoute<R extends string>(router: Router, resource: CommandResource<R>, route: CreateRoute<R>): void {
  router.post('/', resource.role, async (req, res) => {
    const body = parse(route.body, req.body ?? {}) as Record<string, unknown>;
    if (route.references) checkReferences(resource.directory, route.references(body));
    const commandId = commandIdFor(actorOf(res).officerId, req.get(IDEMPOTENCY_HEADER));
    const [result, annotations] = await Promise.all([
      resource.call(route.rpc, { commandId, ...body }, commandContext(req, res)),
      route.annotate?.(body, res) ?? {},
    ]);
    res.setHeader('Location', `${resource.base}/${encodeURIComponent(String(result[resource.idField]))}`);
    sendCommandResult(res, result, resource.idField, 201, [], annotations);
  });
}

/**
 * POST <base>/:id/<path> for each route: validate path, body and headers (nothing reaches a
 * service when they are invalid), check directory references, the party / visibility
 * pre-check, then the rpc with `{commandId, <idField>, ifMatchVersion, …params, …body}`.
 */
export function mountActionRoutes<R extends string>(router: Router, resource: CommandResource<R>, routes: readonly ActionRoute<R>[]): void {
  for (const route of routes) {
    const params = paramsSchema(resource.idParam, route.path);
    router.post(`/:id/${route.path}`, route.role ?? resource.role, async (req, res) => {
      const { id, ...more } = parse(params, req.params, 'path') as { id: string } & Record<string, string>;
      const body = parse(route.body, req.body ?? {}) as Record<string, unknown>;
      if (route.references) checkReferences(resource.directory, route.references(body));
      const ifMatch = ifMatchVersion(req.get('if-match'));
      const ctx = commandContext(req, res);
      const commandId = commandIdFor(ctx.actor.officerId, req.get(IDEMPOTENCY_HEADER));
      await resource.checkParticipation?.(callContext(res), id, route);
      const request = { commandId, [resource.idField]: id, ifMatchVersion: ifMatch, ...more, ...body };
      const result = await resource.call(route.rpc, request, ctx);
      sendCommandResult(res, result, resource.idField, 200, route.answer);
    });
  }
}

/** One cursor-paginated list: GET <base>/<path> → rpc, items from the answer's `itemsField`. */
export interface ListRoute<R extends string = string> {
  path: string;
  rpc: R;
  summary: string;
  query: z.ZodType;
  /** The gRPC request from the parsed query. */
  request(query: Record<string, unknown>): Record<string, unknown>;
  /** The repeated field of the answer that holds the items. */
  itemsField: string;
  /** `{items, nextCursor}` for the OpenAPI document. */
  pageSchema: z.ZodType;
  /** The role check of this list, when not the resource's readers' (e.g. the procurator's supervised cases, ADR 0014). */
  role?: RequestHandler;
}

export function mountListRoutes<R extends string>(
  router: Router,
  role: RequestHandler,
  call: (rpc: R, request: Record<string, unknown>, ctx: CallContext) => Promise<object>,
  routes: readonly ListRoute<R>[],
): void {
  for (const route of routes) {
    router.get(`/${route.path}`, route.role ?? role, async (req, res) => {
      const query = parse(route.query, req.query, 'query') as Record<string, unknown>;
      const answer = (await call(route.rpc, route.request(query), callContext(res))) as Record<string, unknown>;
      sendPage(req, res, (answer[route.itemsField] as unknown[] | undefined) ?? [], answer.page as PageInfo | null | undefined);
    });
  }
}
