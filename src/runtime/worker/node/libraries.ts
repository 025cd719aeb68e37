// The built-in modules that rest on bundled libraries (Buffer, hashing, zlib, streams, the http
// clients, assert): evaluated only when a handler first requires one or touches `Buffer`
// (load-libraries.ts), so an instance that never does starts as fast as before they existed.
export { assertModule, strictAssert } from './assert';
export { Buffer, bufferModule } from './buffer';
export { cryptoModule } from './crypto';
export { createServerModules, httpModule, httpsModule } from './http';
export { streamModule, streamPromises, stringDecoderModule } from './stream';
export { zlibModule } from './zlib';
