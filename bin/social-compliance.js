#!/usr/bin/env node
'use strict';
// The installed command: `npx social-compliance scan FILE...` runs the built scanner's CLI.
const { readFile } = require('node:fs/promises');

const { main } = require('../dist/cli/index.js');

main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  readFile: (path) => readFile(path, 'utf8'),
  readBytes: (path) => readFile(path),
}).then(
  // exitCode, not exit(): exit() can cut off findings still being written to a pipe.
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`social-compliance: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
