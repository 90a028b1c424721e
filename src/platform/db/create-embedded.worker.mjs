// Creates a new embedded database folder in a worker thread. Creating one grows PGlite's
// WebAssembly memory to most of a gigabyte, and that memory is only given back when its
// thread ends; the server then opens the finished folder at less than half the size.
import { workerData, parentPort } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

const client = await PGlite.create({ dataDir: workerData.pgdata, postgresqlconf: workerData.settings });
await client.close();
parentPort.postMessage('created');
