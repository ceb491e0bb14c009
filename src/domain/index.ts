// The domain: schemas, types and pure rules shared by the app, the worker and the server.
export * from './accounts';
export * from './api';
export * from './company';
export * from './errors';
export * from './families';
export * from './flux';
export * from './ids';
export * from './park-names';
export * from './record';
export * from './siret';
export * from './synergy';
export * from './taxonomy';
export * from './territory';
export * from './units';
export * from './user';
export * from './visit';
export * from './sync-protocol';
