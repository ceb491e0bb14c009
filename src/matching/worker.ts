// Entry of the matching Web Worker: wires the message handler to the worker's global scope. All
// the logic is in worker-handler.ts so it can run (and be tested) outside a worker.
/// <reference lib="webworker" />
import '../domain/zod-config';
import { createWorkerHandler } from './worker-handler';

export { createWorkerHandler } from './worker-handler';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createWorkerHandler();
scope.onmessage = (event: MessageEvent<unknown>) => handle(event.data, (response) => scope.postMessage(response));
scope.onmessageerror = () =>
  scope.postMessage({ id: null, type: 'error', code: 'invalid-request', message: 'Message illisible reçu par le moteur de synergies.' });
