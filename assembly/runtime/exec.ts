// Compiling source to code objects (raising SyntaxError) and running code objects with
// given namespaces: the single path used by module import, exec(), eval() and the host.
import { Value, NULL, NONE, ERR, fromObj, fromSmall, objOf, isPtr } from "../objects/value";
import { T } from "../objects/type";
import { PyStr, intern, newStr, strValue } from "../objects/str";
import { PyTuple } from "../objects/tuple";
import { PyDict } from "../objects/dict";
import { PyCode } from "../objects/code";
import { PyBaseException, E } from "../objects/exceptions";
import { compileAst, lastCompileError } from "../compiler/compile";
import { parse, lastParseError, ParseMode } from "../parser/parser";
import { N } from "./names";
import { ts } from "./state";
import { raiseValue, raise } from "./errors";
import { freeTop } from "../vm/call";
import { allocFrame, initFrame, clearSlots, vstack } from "../vm/frame";
import { runEntry } from "../vm/eval";

// The line `lineno` (1-based) of source, without its newline.
function sourceLine(source: string, lineno: i32): string {
  let start = 0;
  for (let l = 1; l < lineno; l++) {
    const nl = source.indexOf("\n", start);
    if (nl < 0) return "";
    start = nl + 1;
  }
  let end = source.indexOf("\n", start);
  if (end < 0) end = source.length;
  return source.substring(start, end);
}

// Raise SyntaxError (kind 0), IndentationError (1) or TabError (2) with CPython's fields.
export function raiseSyntaxError(
  kind: i32, msg: string, line: i32, col: i32, endLine: i32, endCol: i32, filename: string, source: string,
): void {
  if (kind == 3) {
    // the compiler's nesting limit: CPython raises RecursionError here
    raise(E.RecursionError, msg);
    return;
  }
  const cls = kind == 2 ? E.TabError : kind == 1 ? E.IndentationError : E.SyntaxError;
  const info = new ErrorPos(msg, line, col, endLine, endCol);
  const e = new PyBaseException(cls);
  const text = info.line > 0 ? sourceLine(source, info.line) + "\n" : "";
  const detail = new PyTuple(6);
  detail.set(0, strValue(filename));
  detail.set(1, fromSmall(info.line));
  detail.set(2, fromSmall(info.col));
  detail.set(3, info.line > 0 ? strValue(text) : NONE);
  detail.set(4, fromSmall(info.endLine));
  detail.set(5, fromSmall(info.endCol));
  const args = new PyTuple(2);
  args.set(0, strValue(info.msg));
  args.set(1, fromObj(detail));
  e.args = fromObj(args);
  const d = new PyDict();
  d.setStr(N.msg, strValue(info.msg));
  d.setStr(N.filename, strValue(filename));
  d.setStr(N.lineno, fromSmall(info.line));
  d.setStr(N.offset, fromSmall(info.col));
  d.setStr(N.text, info.line > 0 ? strValue(text) : NONE);
  d.setStr(N.end_lineno, fromSmall(info.endLine));
  d.setStr(N.end_offset, fromSmall(info.endCol));
  e.dict = d;
  raiseValue(fromObj(e));
}

class ErrorPos {
  constructor(
    public msg: string,
    public line: i32,
    public col: i32,
    public endLine: i32,
    public endCol: i32,
  ) {}
}

// Compile source; null with SyntaxError raised.
export function compileSource(source: string, filename: string, mode: ParseMode): PyCode | null {
  const tree = parse(source, mode);
  if (tree === null) {
    const e = lastParseError();
    if (e !== null) raiseSyntaxError(e.kind, e.msg, e.line, e.col, e.endLine, e.endCol, filename, source);
    else raiseSyntaxError(0, "invalid syntax", 1, 1, 1, 1, filename, source);
    return null;
  }
  const unit = compileAst(tree!, filename);
  if (unit === null) {
    const e = lastCompileError();
    if (e !== null) raiseSyntaxError(e.kind, e.msg, e.line, e.col, e.endLine, e.endCol, filename, source);
    return null;
  }
  return new PyCode(unit!);
}

// Run a module-level code object with the given namespaces. Returns its value or ERR.
export function execCode(code: PyCode, globals: PyDict, locals: PyDict | null): Value {
  if (globals.getStr(N.__builtins__) == NULL) globals.setStr(N.__builtins__, builtinsModuleValue());
  const top = freeTop();
  const n = code.nlocalsplus;
  if (top + (<usize>(n + code.stacksize + 1) << 3) >= vstack.limit) {
    return raiseValue(fromObj(newRecursion()));
  }
  clearSlots(top, top + (<usize>n << 3));
  const f = initFrame(allocFrame(), code, null, globals, ts.builtinsDict, locals, top);
  ts.depth++;
  return runEntry(f);
}

function newRecursion(): PyBaseException {
  const e = new PyBaseException(E.RecursionError);
  const args = new PyTuple(1);
  args.set(0, strValue("maximum recursion depth exceeded"));
  e.args = fromObj(args);
  return e;
}

// builtins module value (set by runtime/builtins.ts at start-up).
let builtinsModule: PyObject | null = null;

export function setBuiltinsModule(m: PyObject): void {
  builtinsModule = m;
}

export function builtinsModuleValue(): Value {
  return builtinsModule === null ? NONE : fromObj(builtinsModule!);
}

