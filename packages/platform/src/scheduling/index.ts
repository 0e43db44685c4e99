export * from './leased-poller';
