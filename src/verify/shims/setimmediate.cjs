// Stands in for the `setimmediate` polyfill inside rdf-canonize in the browser bundles (wired in vite.config.ts):
// rdf-canonize yields to the event loop through the global setImmediate, which a MessageChannel provides in pages
// and workers alike.
'use strict';

if (typeof globalThis.setImmediate !== 'function') {
  globalThis.setImmediate = (callback, ...args) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      callback(...args);
    };
    channel.port2.postMessage(0);
  };
}
