// What the service's REFI-QDA handlers call, gathered in one module that they load on the first
// project export or import rather than at start-up (see electron/service/lazy.ts).
export { MAX_QDPX_BYTES, openQdpx, QdpxError } from './archive';
export { planQdpxImport } from './import-plan';
export { exportQdpx } from './write-project';
export { XmlError } from './xml';
