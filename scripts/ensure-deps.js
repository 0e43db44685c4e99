#!/usr/bin/env node
// Lets `npm start` and `npm test` work on a fresh clone: install the locked dependencies once.
'use strict';
const { existsSync } = require('node:fs');
const { execSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const marker = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(marker)) {
  console.log('[liaison] node_modules missing: running npm ci');
  execSync('npm ci', { cwd: root, stdio: 'inherit' });
}
