// Formatting an uncaught exception as CPython's traceback block (printed to stderr by the
// host entry points), with __cause__ / __context__ chains.
import { Value, NULL, NONE, isPtr, objOf, isSmallInt, smallOf } from "../objects/value";
import { T, PyType, typeOf } from "../objects/type";
import { PyStr } from "../objects/str";
import { PyTuple } from "../objects/tuple";
import { PyBaseException, PyTraceback, E } from "../objects/exceptions";
import { str } from "./repr";
import { clearError } from "./errors";
import { typeModuleName } from "./repr";

// Source text of every file compiled so far, for the lines quoted in tracebacks.
const sources = new Map<string, string>();

export function rememberSource(filename: string, source: string): void {
  sources.set(filename, source);
}

function sourceLine(filename: string, lineno: i32): string | null {
  if (!sources.has(filename)) return null;
  const src = sources.get(filename);
  let start = 0;
  for (let l = 1; l < lineno; l++) {
    const nl = src.indexOf("\n", start);
    if (nl < 0) return null;
    start = nl + 1;
  }
  let end = src.indexOf("\n", start);
  if (end < 0) end = src.length;
  return src.substring(start, end).trim();
}

// "TypeName: message" as the last line of a traceback.
export function exceptionLine(exc: Value): string {
  const t = typeOf(exc);
  let name = t.qualname;
  const mod = typeModuleName(t);
  if (mod != "builtins" && mod != "__main__") name = mod + "." + name;
  const s = str(exc);
  let msg = "";
  if (s === null) {
    clearError();
    msg = "<exception str() failed>";
  } else msg = s.s;
  if (t.isSubtype(E.SyntaxError)) return syntaxErrorLines(exc, name);
  return msg.length > 0 ? name + ": " + msg : name;
}

function intField(v: Value): i32 {
  return isSmallInt(v) ? <i32>smallOf(v) : 0;
}

function syntaxErrorLines(exc: Value, name: string): string {
  const e = changetype<PyBaseException>(objOf(exc));
  const args = changetype<PyTuple>(objOf(e.args));
  let msg = args.length > 0 && isPtr(args.get(0)) ? changetype<PyStr>(objOf(args.get(0))).s : "";
  let out = "";
  if (args.length > 1 && isPtr(args.get(1)) && objOf(args.get(1)).cls === T.tuple) {
    const d = changetype<PyTuple>(objOf(args.get(1)));
    const fn = isPtr(d.get(0)) ? changetype<PyStr>(objOf(d.get(0))).s : "<string>";
    const ln = intField(d.get(1));
    out += '  File "' + fn + '", line ' + ln.toString() + "\n";
    if (isPtr(d.get(3))) {
      const raw = changetype<PyStr>(objOf(d.get(3))).s;
      let text = raw;
      while (text.endsWith("\n")) text = text.slice(0, -1);
      let lead = 0;
      while (lead < text.length && (text.charCodeAt(lead) == 32 || text.charCodeAt(lead) == 9 || text.charCodeAt(lead) == 12)) lead++;
      out += "    " + text.substring(lead) + "\n";
      const off = intField(d.get(2));
      let endOff = intField(d.get(5));
      const endLn = intField(d.get(4));
      if (off > 0) {
        let carets = 1;
        if (endLn == ln && endOff > off) carets = endOff - off;
        out += "    " + " ".repeat(off - 1 - lead > 0 ? off - 1 - lead : 0) + "^".repeat(carets) + "\n";
      }
    }
  }
  return out + name + ": " + msg;
}

// CPython collapses runs of identical entries after the third (traceback._RECURSIVE_CUTOFF).
const RECURSIVE_CUTOFF: i32 = 3;

function formatOne(exc: Value): string {
  const parts = new Array<string>();
  const e = changetype<PyBaseException>(objOf(exc));
  let tb = e.traceback;
  if (tb != NONE && isPtr(tb)) {
    parts.push("Traceback (most recent call last):\n");
    let lastFile = "";
    let lastLine = -1;
    let lastName = "";
    let repeats = 0;
    while (tb != NONE && isPtr(tb)) {
      const t = changetype<PyTraceback>(objOf(tb));
      const file = t.code.filename.s;
      const name = t.code.name.s;
      if (file == lastFile && t.lineno == lastLine && name == lastName) repeats++;
      else {
        if (repeats > RECURSIVE_CUTOFF) parts.push(repeatedLine(repeats - RECURSIVE_CUTOFF));
        lastFile = file;
        lastLine = t.lineno;
        lastName = name;
        repeats = 1;
      }
      if (repeats <= RECURSIVE_CUTOFF) {
        parts.push('  File "' + file + '", line ' + t.lineno.toString() + ", in " + name + "\n");
        const line = sourceLine(file, t.lineno);
        if (line !== null && line!.length > 0) parts.push("    " + line! + "\n");
      }
      tb = t.next;
    }
    if (repeats > RECURSIVE_CUTOFF) parts.push(repeatedLine(repeats - RECURSIVE_CUTOFF));
  }
  parts.push(exceptionLine(exc) + "\n");
  return parts.join("");
}

function repeatedLine(n: i32): string {
  return "  [Previous line repeated " + n.toString() + " more time" + (n == 1 ? "" : "s") + "]\n";
}

// The whole traceback text of an exception, oldest chained exception first.
export function formatException(exc: Value): string {
  if (!isPtr(exc) || !typeOf(exc).isSubtype(E.BaseException)) return exceptionLine(exc) + "\n";
  const chainList = new Array<string>();
  const seen = new Array<usize>();
  let cur = exc;
  let text = "";
  while (true) {
    seen.push(<usize>(cur & 0xffff_ffff));
    const e = changetype<PyBaseException>(objOf(cur));
    let next: Value = NULL;
    let sep = "";
    if (e.cause != NONE && isPtr(e.cause)) {
      next = e.cause;
      sep = "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (e.context != NONE && isPtr(e.context) && !e.suppressContext) {
      next = e.context;
      sep = "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    text = formatOne(cur) + text;
    if (next == NULL || seen.includes(<usize>(next & 0xffff_ffff))) break;
    text = sep + text;
    cur = next;
  }
  return text;
}
