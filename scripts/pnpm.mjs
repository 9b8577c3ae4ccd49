#!/usr/bin/env node
// `npm test` and friends: run a pnpm command after making sure pnpm and the dependencies exist.
import { checkNode, ensureInstalled, run } from "./lib.mjs";

checkNode();
ensureInstalled();
run(process.argv.slice(2));
