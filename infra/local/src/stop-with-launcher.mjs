// Preloaded (`node --import`) into every service the launcher starts. The launcher holds the
// write end of the service's stdin; when the launcher dies in any way — Ctrl-C, a test runner
// killed by a timeout, kill -9 — the pipe closes and the service stops itself gracefully
// (SIGTERM, as runUntilSignalled expects) instead of living on as an orphan holding its ports.
const stopOnce = () => {
  process.stdin.removeListener('end', stopOnce);
  process.stdin.removeListener('close', stopOnce);
  process.kill(process.pid, 'SIGTERM');
};
process.stdin.on('end', stopOnce);
process.stdin.on('close', stopOnce);
process.stdin.on('error', stopOnce);
process.stdin.resume();
// The pipe alone must not keep a service alive that is otherwise done.
process.stdin.unref?.();
