import { describe, expect, it } from '@jest/globals';
import { PROTO_ROOT, protoFile } from '@liaison/contracts';
import { FileDescriptorProto } from 'protobufjs/ext/descriptor';
import { mapEntryName, reflectionPackage } from '../src/grpc/reflection';

type Message = { name: string; field: { name: string; typeName?: string }[]; nestedType: Message[] };

describe('server reflection descriptors', () => {
  it('name map entries as protoc does, so Go clients (grpcurl, grpc_health_probe) accept them', () => {
    expect(mapEntryName('statuses')).toBe('StatusesEntry');
    expect(mapEntryName('by_category')).toBe('ByCategoryEntry');

    const described = reflectionPackage([protoFile('leads')], [PROTO_ROOT]);
    const [bytes] = (described['grpc.health.v1.HealthListResponse'] as { fileDescriptorProtos: Buffer[] }).fileDescriptorProtos;
    const file = FileDescriptorProto.decode(bytes!) as unknown as { messageType: Message[] };
    const list = file.messageType.find((message) => message.name === 'HealthListResponse')!;
    expect(list.nestedType.map((nested) => nested.name)).toEqual(['StatusesEntry']);
    expect(list.field[0]).toMatchObject({ name: 'statuses', typeName: '.grpc.health.v1.HealthListResponse.StatusesEntry' });
  });

  it('keep the field names of the protos (snake_case), not the handlers’ camelCase', () => {
    const described = reflectionPackage([protoFile('leads')], [PROTO_ROOT]);
    const files = (described['liaison.v1.LeadCommandResult'] as { fileDescriptorProtos: Buffer[] }).fileDescriptorProtos;
    const messages = files.flatMap((bytes) => (FileDescriptorProto.decode(bytes) as unknown as { messageType: Message[] }).messageType);
    const result = messages.find((message) => message.name === 'LeadCommandResult')!;
    expect(result.field.map((field) => field.name)).toContain('lead_id');
  });
});
