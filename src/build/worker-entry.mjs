// Worker bootstrap: registers tsx in this thread (loaders do not reach worker threads), then loads the worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
