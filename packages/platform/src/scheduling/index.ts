export * from './leased-poller';
export * from './breach-sweeper';
