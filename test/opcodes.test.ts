// The opcode table is the single source of truth: the generated files must be current, and
// the table must be consistent (dense codes, instrumented twins above MIN_INSTRUMENTED,
// BASE_OF and INSTRUMENTED_OF inverse to each other).
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { generatedFiles, assignCodes } from "../src/tools/gen-opcodes.js";
import { OPCODES, EVENTS } from "../src/tools/opcodes/table.js";
import { ROOT } from "./helpers/run.js";

describe("opcode table", () => {
  it("generated files are up to date (run npm run gen)", () => {
    for (const [path, text] of generatedFiles(ROOT)) {
      expect(readFileSync(path, "utf8"), path).toBe(text);
    }
  });

  it("defines each name once", () => {
    const names = OPCODES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("assigns dense codes below the instrumented range and twins above it", () => {
    const all = assignCodes();
    const real = all.filter((a) => a.code < 256);
    const min = Math.min(...real.filter((a) => a.row.name.startsWith("INSTRUMENTED_")).map((a) => a.code));
    const plain = real.filter((a) => a.code < min).map((a) => a.code).sort((x, y) => x - y);
    plain.forEach((c, i) => expect(c).toBe(i));
    for (const a of real) {
      if (a.code >= min) expect(a.row.name.startsWith("INSTRUMENTED_")).toBe(true);
    }
  });

  it("gives every event-bearing opcode a twin that maps back to it", () => {
    const all = assignCodes();
    const byCode = new Map(all.map((a) => [a.code, a]));
    for (const a of all) {
      if (a.code >= 256 || !a.row.event || a.row.flags?.includes("WRAPPER") || a.row.name.startsWith("INSTRUMENTED_")) continue;
      expect(a.instrumented, a.row.name).toBeGreaterThan(0);
      const twin = byCode.get(a.instrumented)!;
      expect(twin.row.name).toBe("INSTRUMENTED_" + a.row.name);
      expect(twin.base).toBe(a.code);
      expect(EVENTS).toContain(twin.row.event);
    }
  });
});
