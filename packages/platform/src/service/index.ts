export * from './service-host';
export * from './start-with-retry';
export * from './admission';
