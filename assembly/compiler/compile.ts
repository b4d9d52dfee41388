// The compiler driver: AST (or source) -> CodeUnit, the only entry the runtime uses
// (builtins compile/exec/eval, imports). The pipeline is CPython 3.12's _PyAST_Compile:
//   __future__ features -> AST optimiser (astopt.ts) -> symbol table (symtable.ts)
//   -> code generator (codegen.ts) -> CFG optimiser + assembler (flowgraph.ts, assemble.ts).
// Errors found after parsing (symbol table, code generator, __future__) are SyntaxErrors
// reported through lastCompileError(), with CPython's message and location.
import * as A from "../parser/ast";
import { ErrorKind, ParseMode, SyntaxErrorInfo, lastParseError, parse } from "../parser/parser";
import { CodeUnit } from "./unit";
import { AstOptimizer, hasDocString } from "./astopt";
import { CompileErrorInfo, Symtable } from "./symtable";
import { CO_FUTURE_ANNOTATIONS, Compiler } from "./codegen";
import { Loc, NO_LOCATION } from "./flowgraph";

export { SyntaxErrorInfo } from "../parser/parser";

const CO_FUTURE_BARRY_AS_BDFL: i32 = 0x400000;

// SyntaxErrorInfo.kind of a RecursionError (the parser's ErrorKind has no such member):
// the AST is nested deeper than CPython's compiler accepts.
export const RECURSION_ERROR_KIND: i32 = 3;

let lastError: SyntaxErrorInfo | null = null;

// The error of the last failed compile (parser's or compiler's), or null. It is the parser's
// SyntaxErrorInfo: offsets are 1-based, CPython's None is 0.
export function lastCompileError(): SyntaxErrorInfo | null {
  return lastError;
}

function publicError(e: CompileErrorInfo | null): SyntaxErrorInfo | null {
  if (e === null) return null;
  const endOffset = e.endOffset < 0 ? 0 : e.endOffset;
  return new SyntaxErrorInfo(ErrorKind.SyntaxError, e.msg, e.line, e.offset, e.endLine, endOffset);
}

class FutureFeatures {
  flags: i32 = 0;
  loc: Loc = NO_LOCATION;
  error: CompileErrorInfo | null = null;
}

// _PyFuture_FromAST: `from __future__` statements may only follow the docstring.
function parseFuture(mod: A.Node): FutureFeatures {
  const ff = new FutureFeatures();
  if (mod.kind != A.NodeKind.Module && mod.kind != A.NodeKind.Interactive) return ff;
  const body = (<A.ModuleNode>mod).body;
  let i = hasDocString(body) ? 1 : 0;
  for (; i < body.length; i++) {
    const s = body[i];
    if (s.kind != A.NodeKind.ImportFrom) break;
    const imp = <A.ImportFrom>s;
    if (imp.module === null || imp.module! != "__future__") break;
    for (let k = 0; k < imp.names.length; k++) {
      const feature = imp.names[k].name;
      if (feature == "nested_scopes" || feature == "generators" || feature == "division" ||
        feature == "absolute_import" || feature == "with_statement" || feature == "print_function" ||
        feature == "unicode_literals" || feature == "generator_stop") {
        continue;
      }
      if (feature == "barry_as_FLUFL") {
        ff.flags |= CO_FUTURE_BARRY_AS_BDFL;
      } else if (feature == "annotations") {
        ff.flags |= CO_FUTURE_ANNOTATIONS;
      } else {
        const msg = feature == "braces" ? "not a chance" : "future feature " + feature + " is not defined";
        // reported without an end offset, as CPython's future.c does
        ff.error = new CompileErrorInfo(msg, s.line, s.col + 1, s.line, -1);
        return ff;
      }
    }
    ff.loc = new Loc(s.line, s.endLine, s.col, s.endCol);
  }
  return ff;
}

// Compiles a parsed module (Module, Interactive or Expression node). `optimize` is the
// -O level (0: asserts and __debug__ kept; 2 also drops docstrings). The AST is modified.
export function compileAst(mod: A.Node, filename: string, optimize: i32 = 0): CodeUnit | null {
  lastError = null;
  const ff = parseFuture(mod);
  if (ff.error !== null) {
    lastError = publicError(ff.error);
    return null;
  }
  const futureAnnotations = (ff.flags & CO_FUTURE_ANNOTATIONS) != 0;
  const opt = new AstOptimizer(optimize, futureAnnotations);
  opt.module(mod);
  if (opt.tooDeep) {
    const msg = "maximum recursion depth exceeded during compilation";
    lastError = new SyntaxErrorInfo(RECURSION_ERROR_KIND, msg, 0, 0, 0, 0);
    return null;
  }
  const st = new Symtable(futureAnnotations);
  if (!st.build(mod)) {
    lastError = publicError(st.error);
    return null;
  }
  const c = new Compiler(st, filename, ff.flags, optimize);
  c.futureLoc = ff.loc;
  const co = c.compileModule(mod);
  if (co === null) {
    lastError = publicError(c.error);
    return null;
  }
  return co;
}

// Parses and compiles `source` (mode Exec: a module, Eval: an expression, Single: one
// interactive statement). Null on a SyntaxError from the parser or the compiler, reported
// by lastCompileError().
export function compile(source: string, filename: string, mode: ParseMode, optimize: i32 = 0): CodeUnit | null {
  const tree = parse(source, mode);
  if (tree === null) {
    lastError = lastParseError();
    if (lastError === null) lastError = new SyntaxErrorInfo(ErrorKind.SyntaxError, "invalid syntax", 0, 0, 0, 0);
    return null;
  }
  return compileAst(tree!, filename, optimize);
}
