// Programme indicators: definitions, period, report shape, computation and tables, shared by the
// device and the server.
export * from './definitions';
export * from './period';
export * from './report';
export * from './compute';
export * from './tables';
export * from './lead-at';
export * from './compare';
export * from './closed';
export * from './targets';
export * from './implemented';
export * from './inputs';
export * from './manager-tables';
