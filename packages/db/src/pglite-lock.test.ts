import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "./client";
import { DataDirLockedError, lockDataDir } from "./pglite-lock";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "helpline-lock-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("lockDataDir", () => {
  it("refuses a second holder while the first is alive, and frees the lock on release", () => {
    const lock = join(tempDir(), "pglite.lock");
    const release = lockDataDir(lock);
    // A lock held by another live process (pid 1 always exists) must refuse us.
    writeFileSync(lock, "1");
    expect(() => lockDataDir(lock)).toThrow(DataDirLockedError);
    release();
    expect(() => lockDataDir(lock)()).not.toThrow();
  });

  it("takes over a lock left by a process that died", () => {
    const lock = join(tempDir(), "pglite.lock");
    writeFileSync(lock, "999999999");
    const release = lockDataDir(lock);
    release();
  });
});

describe("createDb with PGlite on disk", () => {
  it("keeps a second opener of the same data directory out", async () => {
    const dataDir = join(tempDir(), "pglite");
    const first = await createDb({ dataDir });
    await first.migrate();
    // Same process, so simulate the other process by pointing the lock at a live foreign pid.
    writeFileSync(`${dataDir}.lock`, "1");
    await expect(createDb({ dataDir })).rejects.toBeInstanceOf(DataDirLockedError);
    writeFileSync(`${dataDir}.lock`, String(process.pid));
    await first.close();
    const again = await createDb({ dataDir });
    await again.migrate();
    await again.close();
  });
});
