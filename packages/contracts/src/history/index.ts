export * from './records';
export * from './access';
export * from './audit';
