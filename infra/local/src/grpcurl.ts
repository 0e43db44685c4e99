// grpcurl (the gRPC command-line client) built with the Go toolchain into the cache, for the
// health/reflection/identity integration tests and for poking at a running service by hand:
//   $(npx tsx -e 'require("./infra/local/src/grpcurl").grpcurlPath().then(console.log)')
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cacheRoot } from './config';
import { InfraError, progress, runLogged, which, withLock } from './proc';

export const GRPCURL_VERSION = 'v1.9.3';

/** `<cache>/grpcurl-<version>/grpcurl`, built on first use with `go install`. */
export async function provisionGrpcurl(): Promise<string> {
  const dir = path.join(cacheRoot(), `grpcurl-${GRPCURL_VERSION}`);
  const binary = path.join(dir, 'grpcurl');
  if (fs.existsSync(binary)) return binary;
  return withLock(path.join(cacheRoot(), `grpcurl-${GRPCURL_VERSION}.lock`), 'grpcurl build', async () => {
    if (fs.existsSync(binary)) return binary;
    const go = which('go');
    if (!go)
      throw new InfraError(
        `\`go\` not found on PATH: it is needed once to build grpcurl ${GRPCURL_VERSION}. Install Go 1.24+ and put it on PATH.`,
      );
    fs.mkdirSync(dir, { recursive: true });
    progress(`building grpcurl ${GRPCURL_VERSION} with go install (first time takes a minute or two)…`);
    const gobin = path.join(dir, `.build-${process.pid}`);
    await runLogged(go, ['install', `github.com/fullstorydev/grpcurl/cmd/grpcurl@${GRPCURL_VERSION}`], {
      cwd: dir,
      logFile: path.join(dir, 'go-install.log'),
      env: { ...process.env, GOBIN: gobin, CGO_ENABLED: process.env.CGO_ENABLED ?? '0', GOFLAGS: '-buildvcs=false -trimpath' },
    });
    fs.renameSync(path.join(gobin, 'grpcurl'), binary);
    fs.rmSync(gobin, { recursive: true, force: true });
    progress(`grpcurl ${GRPCURL_VERSION} built: ${binary}`);
    return binary;
  });
}
