import type { CallContext } from './call-context';

/** The rpc names of a generated definition, without grpc.ServiceDefinition's string index. */
export type RpcName<D> = keyof { [K in keyof D as string extends K ? never : K]: D[K] } & string;

/**
 * Per-rpc types of a generated service definition (`proto.LeadsServiceDefinition`, from
 * proto-loader-gen-types), as the client sees them: the permissive request a caller may send
 * (every field optional) and the full response it receives (defaults filled in).
 */
export type ClientMethods<D> = {
  [K in RpcName<D>]: D[K] extends {
    requestSerialize: (value: infer Request) => Buffer;
    responseDeserialize: (bytes: Buffer) => infer Response;
  }
    ? { request: Request; response: Response }
    : never;
};

/** The request a handler of rpc `K` receives: every scalar present (defaults), absent messages null. */
export type RequestOf<D, K extends keyof D> = D[K] extends { requestDeserialize: (bytes: Buffer) => infer Request } ? Request : never;

/** What a handler of rpc `K` may answer. */
export type ResponseOf<D, K extends keyof D> = D[K] extends { responseSerialize: (value: infer Response) => Buffer } ? Response : never;

/**
 * A service's handlers, checked against the generated definition: one per rpc, each taking the
 * request as delivered and answering a valid response message.
 */
export type ServiceHandlers<D, Streaming extends RpcName<D> = never> = {
  [K in Exclude<RpcName<D>, Streaming>]: (request: RequestOf<D, K>, ctx: CallContext) => Promise<ResponseOf<D, K>> | ResponseOf<D, K>;
};

/** The handler of client-streaming rpc `K` (ServiceRegistration.streamingImplementation). */
export type ClientStreamingHandlerOf<D, K extends keyof D> = (
  messages: AsyncIterable<RequestOf<D, K>>,
  ctx: CallContext,
) => Promise<ResponseOf<D, K>>;
/** The handler of server-streaming rpc `K`. */
export type ServerStreamingHandlerOf<D, K extends keyof D> = (
  request: RequestOf<D, K>,
  ctx: CallContext,
) => AsyncIterable<ResponseOf<D, K>>;
