/** `node:assert/strict` for the web worker: the browser build of Node's assert, in strict mode. */
import assert from 'assert';

export = assert.strict;
