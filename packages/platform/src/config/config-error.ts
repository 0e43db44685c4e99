/** One environment variable that is missing or malformed. */
export interface ConfigIssue {
  variable: string;
  message: string;
}

/**
 * Thrown at start-up when the environment does not satisfy the service's schema. It lists every
 * offending variable at once, so an operator fixes the deployment in one round instead of one
 * crash per variable.
 */
export class ConfigError extends Error {
  constructor(readonly issues: ConfigIssue[]) {
    super(
      `invalid configuration (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((issue) => `  - ${issue.variable}: ${issue.message}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}
