// The host API: output sinks, exit status, typed Python errors, files, several interpreters
// side by side, the memory limit, interrupting a runaway program.
import { describe, it, expect } from "vitest";
import { createInterpreter, PythonError } from "../../src/index.js";
import { wasmModule } from "../helpers/run.js";

async function make(opts: Parameters<typeof createInterpreter>[0] = {}) {
  let out = "";
  let err = "";
  const py = await createInterpreter({ wasm: await wasmModule(), stdout: (s) => (out += s), stderr: (s) => (err += s), ...opts });
  return { py, out: () => out, err: () => err };
}

describe("host API", () => {
  it("runs a program and captures stdout", async () => {
    const { py, out } = await make();
    const r = py.run("print('hello', 6 * 7)\n", "main.py");
    expect(r).toEqual({ exitCode: 0 });
    expect(out()).toBe("hello 42\n");
  });

  it("reports an uncaught exception as a PythonError with CPython's traceback", async () => {
    const { py, err } = await make();
    const r = py.run("def f():\n    return 1 / 0\nf()\n", "boom.py");
    expect(r.exitCode).toBe(1);
    expect(r.error).toBeInstanceOf(PythonError);
    expect(r.error!.type).toBe("ZeroDivisionError");
    expect(r.error!.pyMessage).toBe("division by zero");
    expect(r.error!.traceback).toBe(
      'Traceback (most recent call last):\n  File "boom.py", line 3, in <module>\n    f()\n' +
        '  File "boom.py", line 2, in f\n    return 1 / 0\nZeroDivisionError: division by zero\n',
    );
    expect(err()).toBe(r.error!.traceback);
  });

  it("returns sys.exit's status", async () => {
    const { py } = await make();
    expect(py.run("import sys\nsys.exit(3)\n").exitCode).toBe(3);
    expect(py.run("raise SystemExit\n").exitCode).toBe(0);
  });

  it("raises SyntaxError with line and column for malformed source", async () => {
    const { py } = await make();
    const r = py.run("x = (1,\n", "bad.py");
    expect(r.exitCode).toBe(1);
    expect(r.error!.type).toBe("SyntaxError");
    expect(r.error!.pyMessage).toBe("'(' was never closed");
  });

  it("imports modules from the files the host provides", async () => {
    const { py, out } = await make({ files: { "helper.py": "X = 41\ndef inc(v):\n    return v + 1\n" } });
    py.run("import helper\nprint(helper.inc(helper.X))\n", "main.py");
    expect(out()).toBe("42\n");
  });

  it("keeps several interpreters independent", async () => {
    const a = await make();
    const b = await make();
    a.py.run("import sys\nsys.tag = 'a'\nprint(sys.tag)\n");
    b.py.run("import sys\nprint(hasattr(sys, 'tag'))\n");
    expect(a.out()).toBe("a\n");
    expect(b.out()).toBe("False\n");
  });

  it("raises MemoryError beyond the memory limit", async () => {
    const { py } = await make({ memoryLimit: 32 * 1024 * 1024 });
    const r = py.run("x = None\nwhile True:\n    x = [x, [0] * 10000]\n");
    expect(r.error?.type).toBe("MemoryError");
    const again = py.run("print(1 + 1)\n");
    expect(again.exitCode).toBe(0);
  });

  it("collects garbage during a run, so churning allocations stay under a small limit", async () => {
    const { py, out } = await make({ memoryLimit: 48 * 1024 * 1024 });
    const r = py.run("class B:\n    def __init__(self, v):\n        self.v = v\nj = None\nfor i in range(400_000):\n    j = [i, str(i), B(i), {'i': i}]\nprint(j[1])\n");
    expect(r.error).toBeUndefined();
    expect(out()).toBe("399999\n");
  });

  it("collects inside generators driven by sum, min/max, any/all and list(), and inside sort keys", async () => {
    // each of these resumes the generator in a nested dispatch loop; the builtin keeps its
    // values rooted, so that loop may collect (else this churn needs far more than 48 MiB)
    const { py, out } = await make({ memoryLimit: 48 * 1024 * 1024 });
    const r = py.run(
      "N = 600_000\n" +
        "print(sum(len(str(x) * 3) for x in range(N)))\n" +
        "print(max(str(x) * 3 for x in range(N)))\n" +
        "print(any(str(x) * 3 == '' for x in range(N)))\n" +
        "print(len(list(x for x in range(N) if str(x) * 3 == '1')))\n" +
        "def walk(d):\n    if d == 0:\n        yield [0] * 8\n        return\n    yield from walk(d - 1)\n    yield from walk(d - 1)\n" +
        "print(sum(len(x) for x in walk(18)))\n" +
        "def key(x):\n    return len([str(i) * 3 for i in range(100_000)]) * 0 - x\n" +
        "print(sorted(range(20), key=key)[:3])\n",
    );
    expect(r.error).toBeUndefined();
    expect(out()).toBe("10466670\n999999999999999\nFalse\n0\n2097152\n[19, 18, 17]\n");
  });

  it("raises MemoryError where a callback cannot collect, instead of growing without bound", async () => {
    // the function runs in a nested loop under map, which does not root its state: no
    // collection there, so garbage made inside it is bounded by a relaxed limit (4x) alone
    const { py } = await make({ memoryLimit: 32 * 1024 * 1024 });
    const r = py.run("def f(x):\n    for i in range(1_000_000):\n        s = str(i) * 20\n    return x\nprint(list(map(f, [3, 1, 2])))\n");
    expect(r.error?.type).toBe("MemoryError");
    expect(py.run("print(1 + 1)\n").exitCode).toBe(0);
  });

  it("stops a runaway loop at the host's interrupt", async () => {
    let polls = 0;
    const { py } = await make({ interrupt: () => ++polls > 3 });
    const r = py.run("while True:\n    pass\n");
    expect(r.error?.type).toBe("KeyboardInterrupt");
  });
});
