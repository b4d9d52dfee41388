// The sys module: interpreter facts, argv and path, the standard streams, exit and the
// recursion limit. The streams start as HostStream objects writing to the host.
import {
  Value, NULL, NONE, TRUE, FALSE, ERR, fromSmall, fromObj, objOf, isPtr, isSmallInt, smallOf,
} from "../objects/value";
import { T, PyType, Kind, typeOf } from "../objects/type";
import { PyStr, intern, strValue, internObj } from "../objects/str";
import { PyTuple, PyList } from "../objects/tuple";
import { PyDict } from "../objects/dict";
import { PyModule } from "../objects/function";
import { E } from "../objects/exceptions";
import { isIntValue, intFitsI64, intToI64, intFromI64 } from "../objects/int";
import { makeType } from "../objects/typeinit";
import { N } from "../runtime/names";
import { ts } from "../runtime/state";
import { raise, typeError, typeName, raiseValue } from "../runtime/errors";
import { noKeywords, checkPositional } from "../runtime/args";
import { newModule } from "../runtime/import";
import { defFunction, HostStream, writeHost } from "../runtime/builtins";
import { newException } from "../runtime/errors";
import { tupleFromMemory } from "../objects/tuple";
import { defMethod } from "../objects/typeinit";
import { chain } from "../vm/frame";
import { makeStructSeqType } from "../runtime/structseq";
import { MAX_STR_DIGITS, setMaxStrDigits } from "../objects/int";
import { snapshotFrame } from "../runtime/frameobj";

let module: PyModule | null = null;
let streamType: PyType | null = null;

// The host-configured argv and path (set before the first run).
const argv = new Array<string>();
const path = new Array<string>();

export function setArgv(a: Array<string>): void {
  argv.length = 0;
  for (let i = 0; i < a.length; i++) argv.push(a[i]);
  if (module !== null) module!.mdict.setStr(intern("argv"), listOf(argv));
}

export function setPath(a: Array<string>): void {
  path.length = 0;
  for (let i = 0; i < a.length; i++) path.push(a[i]);
  if (module !== null) module!.mdict.setStr(intern("path"), listOf(path));
}

function listOf(a: Array<string>): Value {
  const l = new PyList();
  for (let i = 0; i < a.length; i++) l.append(strValue(a[i]));
  return fromObj(l);
}

// Directories searched for modules: sys.path as the program left it.
export function sysPath(): Array<string> {
  const out = new Array<string>();
  const m = sysModule();
  const p = m.mdict.getStr(intern("path"));
  if (p != NULL && isPtr(p) && typeOf(p).kind == Kind.LIST) {
    const l = changetype<PyList>(objOf(p));
    for (let i = 0; i < l.length; i++) {
      const e = l.get(i);
      if (isPtr(e) && typeOf(e).kind == Kind.STR) out.push(changetype<PyStr>(objOf(e)).s);
    }
  }
  return out;
}

// sys.stdout (1) or sys.stderr (2) as the program sees it now.
export function sysStream(which: i32): Value {
  const m = sysModule();
  const v = m.mdict.getStr(intern(which == 1 ? "stdout" : "stderr"));
  return v == NULL ? NONE : v;
}

function s_write(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("write", nargs, 2, 2)) return ERR;
  const self = changetype<HostStream>(objOf(load<u64>(args)));
  const s = load<u64>(args + 8);
  if (!(isPtr(s) && typeOf(s).kind == Kind.STR)) return typeError("write() argument must be str, not " + typeName(s));
  const ps = changetype<PyStr>(objOf(s));
  writeHost(self.stream, ps.s);
  return intFromI64(ps.length);
}

function s_flush(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return NONE;
}

function sys_exit(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("exit", kwnames) || !checkPositional("exit", nargs, 0, 1)) return ERR;
  const e = newException(E.SystemExit, fromObj(tupleFromMemory(args, nargs)));
  return raiseValue(fromObj(e));
}

function sys_getrecursionlimit(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return fromSmall(ts.recursionLimit);
}

function sys_setrecursionlimit(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("setrecursionlimit", kwnames) || !checkPositional("setrecursionlimit", nargs, 1, 1)) return ERR;
  const v = load<u64>(args);
  if (!isIntValue(v)) return typeError("'" + typeName(v) + "' object cannot be interpreted as an integer");
  const n = intFitsI64(v) ? intToI64(v) : 0x7fffffff;
  if (n < 1) return raise(E.ValueError, "recursion limit must be greater or equal than 1");
  if (n <= ts.depth) {
    return raise(E.RecursionError, "cannot set the recursion limit to " + n.toString() + " at the recursion depth " + ts.depth.toString() + ": the limit is too low");
  }
  ts.recursionLimit = n > 0x7fffffff ? 0x7fffffff : <i32>n;
  return NONE;
}

function sys_getframe(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("_getframe", kwnames) || !checkPositional("_getframe", nargs, 0, 1)) return ERR;
  let depth: i64 = 0;
  if (nargs == 1) {
    const v = load<u64>(args);
    if (!isIntValue(v)) return typeError("'" + typeName(v) + "' object cannot be interpreted as an integer");
    depth = intFitsI64(v) ? intToI64(v) : 0x7fffffff;
  }
  let f = chain.top;
  let current = true;
  while (f !== null && depth > 0) {
    f = f.prev;
    current = false;
    depth--;
  }
  if (f === null) return raise(E.ValueError, "call stack is not deep enough");
  return fromObj(snapshotFrame(f!, current));
}

function sys_get_int_max_str_digits(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  return fromSmall(MAX_STR_DIGITS);
}

function sys_set_int_max_str_digits(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!checkPositional("set_int_max_str_digits", nargs, 1, 1)) return ERR;
  const v = load<u64>(args);
  if (!isIntValue(v)) return typeError("'" + typeName(v) + "' object cannot be interpreted as an integer");
  const n = intFitsI64(v) ? intToI64(v) : -1;
  if (n != 0 && (n < 640 || n > 0x7fffffff)) {
    return raise(E.ValueError, "maxdigits must be 0 or larger than 640");
  }
  setMaxStrDigits(<i32>n);
  return NONE;
}

function sys_intern(args: usize, nargs: i32, kwnames: PyTuple | null): Value {
  if (!noKeywords("intern", kwnames) || !checkPositional("intern", nargs, 1, 1)) return ERR;
  const v = load<u64>(args);
  if (!(isPtr(v) && objOf(v).cls === T.str)) return typeError("intern() argument must be str, not " + typeName(v));
  return fromObj(internObj(changetype<PyStr>(objOf(v))));
}

export function sysModule(): PyModule {
  if (module !== null) return module!;
  const m = newModule("sys", null);
  module = m;
  const d = m.mdict;
  const st = makeType("TextIOWrapper", Kind.OBJECT, T.object, false);
  streamType = st;
  defMethod(st, "write", s_write);
  defMethod(st, "flush", s_flush);
  d.setStr(intern("stdout"), fromObj(new HostStream(st, 1)));
  d.setStr(intern("stderr"), fromObj(new HostStream(st, 2)));
  d.setStr(intern("__stdout__"), d.getStr(intern("stdout")));
  d.setStr(intern("__stderr__"), d.getStr(intern("stderr")));
  d.setStr(intern("argv"), listOf(argv));
  d.setStr(intern("path"), listOf(path));
  d.setStr(intern("modules"), fromObj(ts.modules));
  d.setStr(intern("version"), strValue("3.12.1 (sidewinder) [AssemblyScript/WebAssembly]"));
  const viType = makeStructSeqType("version_info", ["major", "minor", "micro", "releaselevel", "serial"]);
  const vi = new PyTuple(5);
  vi.cls = viType;
  vi.set(0, fromSmall(3));
  vi.set(1, fromSmall(12));
  vi.set(2, fromSmall(1));
  vi.set(3, strValue("final"));
  vi.set(4, fromSmall(0));
  d.setStr(intern("version_info"), fromObj(vi));
  d.setStr(intern("hexversion"), fromSmall(0x030c01f0));
  d.setStr(intern("maxsize"), intFromI64(0x7fff_ffff_ffff_ffff));
  d.setStr(intern("byteorder"), strValue("little"));
  d.setStr(intern("platform"), strValue("wasm"));
  d.setStr(intern("executable"), strValue(""));
  defFunction(d, "exit", sys_exit);
  defFunction(d, "getrecursionlimit", sys_getrecursionlimit);
  defFunction(d, "setrecursionlimit", sys_setrecursionlimit);
  defFunction(d, "intern", sys_intern);
  defFunction(d, "_getframe", sys_getframe);
  defFunction(d, "get_int_max_str_digits", sys_get_int_max_str_digits);
  defFunction(d, "set_int_max_str_digits", sys_set_int_max_str_digits);
  ts.modules.setStr(intern("sys"), fromObj(m));
  return m;
}
