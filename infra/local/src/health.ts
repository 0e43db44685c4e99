// Readiness probes with the same clients the services use.
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';

/** One attempt: a kafkajs admin lists topics. Returns the topic list. */
export async function kafkaListTopics(brokers: string[], timeoutMs = 3000): Promise<string[]> {
  const kafka = new Kafka({
    clientId: 'liaison-infra-health',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: Math.min(timeoutMs, 3000),
    requestTimeout: timeoutMs,
    retry: { retries: 0 },
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    return await admin.listTopics();
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** One attempt: `ping`, then `buildInfo` for a version description. */
export async function mongoPing(uri: string, timeoutMs = 3000): Promise<{ version: string; ferretdb?: string }> {
  const client = new MongoClient(uri, {
    serverSelectionTimeoutMS: timeoutMs,
    connectTimeoutMS: timeoutMs,
  });
  try {
    await client.connect();
    const admin = client.db('admin');
    await admin.command({ ping: 1 });
    const info = (await admin.command({ buildInfo: 1 })) as {
      version?: string;
      ferretdbVersion?: string;
      ferretdb?: { version?: string };
    };
    // FerretDB 1.x reports `ferretdbVersion` ("unknown" when embedded), 2.x a `ferretdb` document.
    const ferretdb = info.ferretdbVersion ?? info.ferretdb?.version;
    return ferretdb ? { version: info.version ?? 'unknown', ferretdb } : { version: info.version ?? 'unknown' };
  } finally {
    await client.close().catch(() => undefined);
  }
}

/** Describe a MongoDB-API server from its buildInfo. */
export function describeMongo(info: { version: string; ferretdb?: string }): string {
  if (info.ferretdb === undefined) return `MongoDB ${info.version}`;
  return info.ferretdb === 'unknown'
    ? `FerretDB (MongoDB API ${info.version})`
    : `FerretDB ${info.ferretdb.replace(/^v/, '')} (MongoDB API ${info.version})`;
}
