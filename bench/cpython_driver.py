# Benchmark driver for native CPython, started once per program by bench/run.mjs.
#
# Reads one JSON request from stdin: {"source", "filename", "repeat"}. Compiles the source
# once, then times only exec() with time.perf_counter(), each repetition in fresh globals,
# with a gc.collect() between repetitions (not timed). Interpreter startup and compilation
# are outside the measurement. Writes one JSON object to stdout:
# {"version", "times_ms": [...], "stdouts": [...], "error": null | "traceback text"}.
import builtins
import gc
import io
import json
import sys
import time
import traceback


def main():
    request = json.load(sys.stdin)
    real_stdout = sys.stdout
    result = {"version": sys.version.split()[0], "times_ms": [], "stdouts": [], "error": None}
    try:
        code = compile(request["source"], request["filename"], "exec")
    except SyntaxError:
        result["error"] = traceback.format_exc()
        code = None
    for _ in range(request["repeat"] if code is not None else 0):
        gc.collect()
        captured = io.StringIO()
        namespace = {"__name__": "__main__", "__builtins__": builtins}
        sys.stdout = captured
        failure = None
        start = time.perf_counter()
        try:
            exec(code, namespace)
        except BaseException:
            failure = traceback.format_exc()
        elapsed = time.perf_counter() - start
        sys.stdout = real_stdout
        result["stdouts"].append(captured.getvalue())
        if failure is not None:
            result["error"] = failure
            break
        result["times_ms"].append(elapsed * 1000.0)
        del namespace
    real_stdout.write(json.dumps(result))
    real_stdout.flush()


main()
