#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

process.stdout.on('error', (error) => {
  // A closed pipe (copydesk … | head) is not an error of ours.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
});
