// Local storage of the app: the Dexie database and the operations the UI uses on it.
export * from './companies';
export * from './database';
export * from './flux';
export * from './outbox-entry';
export * from './persistence';
export * from './synced-write';
export * from './validated-read';
export * from './visits';
export * from './draft-journal';
export * from './journal-replay';
