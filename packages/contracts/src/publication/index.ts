export * from './redaction';
export * from './reference';
