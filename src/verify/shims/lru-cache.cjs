// Stands in for lru-cache@6 inside jsonld in the browser bundles (wired in vite.config.ts): jsonld calls only
// `new LRU({max})`, `get` and `set`, which src/verify/lru.ts covers for a fraction of the bytes.
'use strict';

module.exports = require('../lru.ts').LRU;
