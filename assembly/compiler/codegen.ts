// The code generator: AST + symbol table -> one instruction sequence per code unit, as the
// codegen half of CPython 3.12's Python/compile.c. Every visit function emits exactly the
// instructions (opcodes, opargs, source spans, labels) that compile.c emits for the same
// node, because the optimiser and assembler (flowgraph.ts, assemble.ts) then reproduce
// CPython's final layout from it. Comprehensions other than generator expressions are
// inlined (PEP 709). Sub-units (functions, classes, lambdas, generator expressions) are
// assembled when their scope ends and become code constants of the enclosing unit.
//
// Errors: visit functions return false after recording the first SyntaxError in `error`
// (CPython raises it and unwinds); callers propagate false immediately.
import * as A from "../parser/ast";
import { BinOp, BoolOpKind, CmpOp, UnaryOp } from "../common/operators";
import { Op } from "../bytecode/opcodes.gen";
import { CodeUnit, CoFlag, ConstValue, FastKind } from "./unit";
import {
  BlockType, CELL, DEF_COMP_CELL, DEF_FREE_CLASS, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, FREE,
  GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, SCOPE_MASK, SCOPE_OFFSET, SymtableEntry, Symtable,
  CompileErrorInfo, mangle,
} from "./symtable";
import { InstrSequence, Loc, NO_LOCATION } from "./flowgraph";
import { CodeMeta, NameIndex, assembleUnit } from "./assemble";
import { constValueOf, hasDocString } from "./astopt";
import {
  compareStrings, constEquals, makeBool, makeCode, makeFrozenSet, makeInt, makeNone, makeStr,
  makeStrTuple, makeTuple,
} from "./consts";
import { reprConst, unparseAnnotation } from "./unparse";

// ---------------------------------------------------------------- constants of compile.c

const STACK_USE_GUIDELINE: i32 = 30;
const CO_MAXBLOCKS: i32 = 20;

const INTRINSIC_PRINT: i32 = 1;
const INTRINSIC_IMPORT_STAR: i32 = 2;
const INTRINSIC_STOPITERATION_ERROR: i32 = 3;
const INTRINSIC_ASYNC_GEN_WRAP: i32 = 4;
const INTRINSIC_UNARY_POSITIVE: i32 = 5;
const INTRINSIC_LIST_TO_TUPLE: i32 = 6;
const INTRINSIC_PREP_RERAISE_STAR: i32 = 1;

const FVC_NONE: i32 = 0;
const FVC_STR: i32 = 1;
const FVC_REPR: i32 = 2;
const FVC_ASCII: i32 = 3;
const FVS_HAVE_SPEC: i32 = 4;

// Name-op pseudo opcodes that compiler_addop_name() turns into LOAD_ATTR / LOAD_SUPER_ATTR.
const LOAD_METHOD: i32 = 1001;
const LOAD_SUPER_METHOD: i32 = 1002;
const LOAD_ZERO_SUPER_METHOD: i32 = 1003;
const LOAD_ZERO_SUPER_ATTR: i32 = 1004;

export const CO_FUTURE_ANNOTATIONS: i32 = 0x1000000;

const enum ScopeType {
  Module,
  Class,
  Function,
  AsyncFunction,
  Lambda,
  Comprehension,
}

const enum FBlockType {
  WhileLoop,
  ForLoop,
  TryExcept,
  FinallyTry,
  FinallyEnd,
  With,
  AsyncWith,
  HandlerCleanup,
  PopValue,
  ExceptionHandler,
  ExceptionGroupHandler,
  AsyncComprehensionGenerator,
  StopIteration,
}

const enum CompType {
  GenExp,
  ListComp,
  SetComp,
  DictComp,
}

const NO_LABEL: i32 = -1;

class FBlock {
  // FinallyTry: the finally body; With/AsyncWith: the with statement (its location);
  // HandlerCleanup: the bound exception name, if any.
  body: Array<A.Node> | null = null;
  stmt: A.Node | null = null;
  name: string | null = null;
  constructor(
    public type: FBlockType,
    public block: i32,
    public exit: i32,
  ) {}

  copy(): FBlock {
    const f = new FBlock(this.type, this.block, this.exit);
    f.body = this.body;
    f.stmt = this.stmt;
    f.name = this.name;
    return f;
  }
}

class Unit {
  seq: InstrSequence = new InstrSequence();
  fblocks: Array<FBlock> = [];
  inInlinedComp: i32 = 0;
  meta: CodeMeta = new CodeMeta();
  privateName: string | null = null;
  constructor(
    public ste: SymtableEntry,
    public scopeType: ScopeType,
  ) {}
}

class PatternContext {
  stores: Array<string> = [];
  allowIrrefutable: bool = false;
  failPop: Array<i32> = [];
  onTop: i32 = 0;

  copy(): PatternContext {
    const p = new PatternContext();
    p.stores = this.stores;
    p.allowIrrefutable = this.allowIrrefutable;
    p.failPop = this.failPop;
    p.onTop = this.onTop;
    return p;
  }
}

class InlinedComprehensionState {
  pushedLocals: Array<string> | null = null;
  tempSymbols: Map<string, i32> | null = null;
  fastHidden: Array<string> | null = null;
  cleanup: i32 = NO_LABEL;
  end: i32 = NO_LABEL;
}

function locOf(n: A.Node): Loc {
  return new Loc(n.line, n.endLine, n.col, n.endCol);
}

function locOf4(line: i32, col: i32, endLine: i32, endCol: i32): Loc {
  return new Loc(line, endLine, col, endCol);
}

// Python str length (code points) of an identifier.
function cpLength(s: string): i32 {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) i++;
    n++;
  }
  return n;
}

function isWildcard(p: A.Node): bool {
  return p.kind == A.NodeKind.MatchAs && (<A.MatchAs>p).pattern === null && (<A.MatchAs>p).name === null;
}

function isStarWildcard(p: A.Node): bool {
  return p.kind == A.NodeKind.MatchStar && (<A.MatchStar>p).name === null;
}

export class Compiler {
  u: Unit | null = null;
  stack: Array<Unit> = [];
  nestlevel: i32 = 0;
  interactive: bool = false;
  error: CompileErrorInfo | null = null;
  // location of the last `from __future__` statement (ff_location)
  futureLoc: Loc = NO_LOCATION;

  constructor(
    public st: Symtable,
    public filename: string,
    public futureFlags: i32,
    public optimize: i32,
  ) {}

  // ---------------------------------------------------------------- errors

  fail(loc: Loc, msg: string): bool {
    if (this.error === null) {
      this.error = new CompileErrorInfo(msg, loc.line, loc.col + 1, loc.endLine, loc.endCol + 1);
    }
    return false;
  }

  // ---------------------------------------------------------------- emission

  get unit(): Unit {
    return this.u!;
  }

  newLabel(): i32 {
    return this.unit.seq.newLabel();
  }

  useLabel(l: i32): void {
    this.unit.seq.useLabel(l);
  }

  addop(op: i32, loc: Loc): void {
    this.unit.seq.addop(op, 0, loc);
  }

  addopI(op: i32, oparg: i32, loc: Loc): void {
    this.unit.seq.addop(op, oparg, loc);
  }

  addopJ(op: i32, label: i32, loc: Loc): void {
    this.unit.seq.addop(op, label, loc);
  }

  addConst(v: ConstValue): i32 {
    return this.unit.meta.consts.add(v);
  }

  loadConst(v: ConstValue, loc: Loc): void {
    this.addopI(Op.LOAD_CONST, this.addConst(v), loc);
  }

  loadNone(loc: Loc): void {
    this.loadConst(makeNone(), loc);
  }

  // compiler_addop_o: the name goes into `dict` unmangled.
  addopO(op: i32, dict: NameIndex, name: string, loc: Loc): void {
    this.addopI(op, dict.add(name), loc);
  }

  // compiler_addop_name: mangled, and the attribute-load flavours packed into the oparg.
  addopName(op: i32, name: string, dict: NameIndex, loc: Loc): void {
    const mangled = mangle(this.unit.privateName, name);
    let arg = dict.add(mangled);
    if (op == Op.LOAD_ATTR) arg <<= 1;
    if (op == LOAD_METHOD) {
      op = Op.LOAD_ATTR;
      arg = (arg << 1) | 1;
    }
    if (op == Op.LOAD_SUPER_ATTR) arg = (arg << 2) | 2;
    if (op == LOAD_SUPER_METHOD) {
      op = Op.LOAD_SUPER_ATTR;
      arg = (arg << 2) | 3;
    }
    if (op == LOAD_ZERO_SUPER_ATTR) {
      op = Op.LOAD_SUPER_ATTR;
      arg <<= 2;
    }
    if (op == LOAD_ZERO_SUPER_METHOD) {
      op = Op.LOAD_SUPER_ATTR;
      arg = (arg << 2) | 1;
    }
    this.addopI(op, arg, loc);
  }

  // ---------------------------------------------------------------- scopes

  enterScope(name: string, scopeType: ScopeType, key: A.Node, lineno: i32): bool {
    const ste = this.st.lookup(key);
    if (ste === null) return this.fail(new Loc(lineno, lineno, 0, 0), "internal error: unknown scope");
    const u = new Unit(ste!, scopeType);
    const m = u.meta;
    m.name = name;
    for (let i = 0; i < ste!.varnames.length; i++) m.varnames.add(ste!.varnames[i]);
    m.nparams = ste!.varnames.length;
    const keys = ste!.symbols.keys();
    keys.sort(compareStrings);
    for (let i = 0; i < keys.length; i++) {
      const flags = ste!.symbols.get(keys[i]);
      const scope = (flags >> SCOPE_OFFSET) & SCOPE_MASK;
      if (scope == CELL || (flags & DEF_COMP_CELL) != 0) m.cellvars.add(keys[i]);
    }
    if (ste!.needsClassClosure) m.cellvars.add("__class__");
    if (ste!.needsClassdict) m.cellvars.add("__classdict__");
    m.freevars = new NameIndex(m.cellvars.size);
    for (let i = 0; i < keys.length; i++) {
      const flags = ste!.symbols.get(keys[i]);
      const scope = (flags >> SCOPE_OFFSET) & SCOPE_MASK;
      if (scope == FREE || (flags & DEF_FREE_CLASS) != 0) m.freevars.add(keys[i]);
    }
    m.firstlineno = lineno;
    if (this.u !== null) {
      this.stack.push(this.u!);
      u.privateName = this.u!.privateName;
    }
    this.u = u;
    this.nestlevel++;
    let loc = new Loc(lineno, lineno, 0, 0);
    if (scopeType == ScopeType.Module) {
      loc = new Loc(0, lineno, 0, 0);
    } else {
      this.setQualname();
    }
    this.addopI(Op.RESUME, 0, loc);
    return true;
  }

  exitScope(): void {
    this.nestlevel--;
    this.u = this.stack.length > 0 ? this.stack.pop() : null;
  }

  setQualname(): void {
    const u = this.unit;
    let base: string | null = null;
    if (this.stack.length > 1) {
      const parent = this.stack[this.stack.length - 1];
      let forceGlobal = false;
      if (u.scopeType == ScopeType.Function || u.scopeType == ScopeType.AsyncFunction || u.scopeType == ScopeType.Class) {
        const mangled = mangle(parent.privateName, u.meta.name);
        if (parent.ste.scope(mangled) == GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType == ScopeType.Function || parent.scopeType == ScopeType.AsyncFunction || parent.scopeType == ScopeType.Lambda) {
          base = parent.meta.qualname + ".<locals>";
        } else {
          base = parent.meta.qualname;
        }
      }
    }
    u.meta.qualname = base !== null ? base! + "." + u.meta.name : u.meta.name;
  }

  computeCodeFlags(): i32 {
    const ste = this.unit.ste;
    let flags = 0;
    if (ste.isFunctionLike()) {
      flags |= CoFlag.NEWLOCALS | CoFlag.OPTIMIZED;
      if (ste.nested) flags |= CoFlag.NESTED;
      if (ste.generator && !ste.coroutine) flags |= CoFlag.GENERATOR;
      if (!ste.generator && ste.coroutine) flags |= CoFlag.COROUTINE;
      if (ste.generator && ste.coroutine) flags |= CoFlag.ASYNC_GENERATOR;
      if (ste.varargs) flags |= CoFlag.VARARGS;
      if (ste.varkeywords) flags |= CoFlag.VARKEYWORDS;
    }
    flags |= this.futureFlags;
    return flags;
  }

  optimizeAndAssemble(addNone: bool): CodeUnit {
    const flags = this.computeCodeFlags();
    if (addNone) this.loadNone(NO_LOCATION);
    this.addop(Op.RETURN_VALUE, NO_LOCATION);
    const u = this.unit;
    const g = u.seq.toCfg();
    return assembleUnit(g, u.meta, flags, this.filename);
  }

  // ---------------------------------------------------------------- module

  compileModule(mod: A.Node): CodeUnit | null {
    if (!this.enterScope("<module>", ScopeType.Module, mod, 1)) return null;
    const loc = new Loc(1, 1, 0, 0);
    let ok = true;
    if (mod.kind == A.NodeKind.Module) {
      ok = this.body(loc, (<A.ModuleNode>mod).body);
    } else if (mod.kind == A.NodeKind.Interactive) {
      const body = (<A.ModuleNode>mod).body;
      if (findAnn(body)) this.addop(Op.SETUP_ANNOTATIONS, loc);
      this.interactive = true;
      ok = this.visitStmts(body);
    } else {
      ok = this.visitExpr((<A.ExpressionNode>mod).body);
    }
    if (!ok) return null;
    const co = this.optimizeAndAssemble(mod.kind != A.NodeKind.Expression);
    this.exitScope();
    return co;
  }

  // compiler_body: docstring and __annotations__ set-up, then the statements.
  body(loc: Loc, stmts: Array<A.Node>): bool {
    if (this.unit.scopeType == ScopeType.Module && stmts.length > 0) loc = locOf(stmts[0]);
    if (findAnn(stmts)) this.addop(Op.SETUP_ANNOTATIONS, loc);
    if (stmts.length == 0) return true;
    let i = 0;
    if (this.optimize < 2 && hasDocString(stmts)) {
      i = 1;
      const st = <A.ExprStmt>stmts[0];
      if (!this.visitExpr(st.value)) return false;
      if (!this.nameop(NO_LOCATION, "__doc__", A.Ctx.Store)) return false;
    }
    for (; i < stmts.length; i++) if (!this.visitStmt(stmts[i])) return false;
    return true;
  }

  visitStmts(list: Array<A.Node>): bool {
    for (let i = 0; i < list.length; i++) if (!this.visitStmt(list[i])) return false;
    return true;
  }

  visitExprs(list: Array<A.Node>): bool {
    for (let i = 0; i < list.length; i++) if (!this.visitExpr(list[i])) return false;
    return true;
  }

  // ---------------------------------------------------------------- frame blocks

  pushFBlock(loc: Loc, type: FBlockType, block: i32, exit: i32): FBlock | null {
    if (this.unit.fblocks.length >= CO_MAXBLOCKS) {
      this.fail(loc, "too many statically nested blocks");
      return null;
    }
    const f = new FBlock(type, block, exit);
    this.unit.fblocks.push(f);
    return f;
  }

  popFBlock(): void {
    this.unit.fblocks.pop();
  }

  callExitWithNones(loc: Loc): void {
    this.loadNone(loc);
    this.loadNone(loc);
    this.loadNone(loc);
    this.addopI(Op.CALL, 2, loc);
  }

  addYieldFrom(loc: Loc, isAwait: bool): void {
    const send = this.newLabel();
    const fail = this.newLabel();
    const exit = this.newLabel();
    this.useLabel(send);
    this.addopJ(Op.SEND, exit, loc);
    // a virtual try/except for StopIteration raised by close() or throw()
    this.addopJ(Op.SETUP_FINALLY, fail, loc);
    this.addopI(Op.YIELD_VALUE, 0, loc);
    this.addop(Op.POP_BLOCK, NO_LOCATION);
    this.addopI(Op.RESUME, isAwait ? 3 : 2, loc);
    this.addopJ(Op.JUMP_NO_INTERRUPT, send, loc);
    this.useLabel(fail);
    this.addop(Op.CLEANUP_THROW, loc);
    this.useLabel(exit);
    this.addop(Op.END_SEND, loc);
  }

  popExceptAndReraise(loc: Loc): void {
    this.addopI(Op.COPY, 3, loc);
    this.addop(Op.POP_EXCEPT, loc);
    this.addopI(Op.RERAISE, 1, loc);
  }

  // compiler_unwind_fblock: the location is updated in box[0].
  unwindFBlock(box: Array<Loc>, info: FBlock, preserveTos: bool): bool {
    switch (info.type) {
      case FBlockType.WhileLoop:
      case FBlockType.ExceptionHandler:
      case FBlockType.ExceptionGroupHandler:
      case FBlockType.AsyncComprehensionGenerator:
      case FBlockType.StopIteration:
        return true;
      case FBlockType.ForLoop:
        if (preserveTos) this.addopI(Op.SWAP, 2, box[0]);
        this.addop(Op.POP_TOP, box[0]);
        return true;
      case FBlockType.TryExcept:
        this.addop(Op.POP_BLOCK, box[0]);
        return true;
      case FBlockType.FinallyTry: {
        // the POP_BLOCK takes the line of the unwinding statement
        this.addop(Op.POP_BLOCK, box[0]);
        if (preserveTos) {
          if (this.pushFBlock(box[0], FBlockType.PopValue, NO_LABEL, NO_LABEL) === null) return false;
        }
        if (!this.visitStmts(info.body!)) return false;
        if (preserveTos) this.popFBlock();
        // the finally body appears to run after the unwinding statement
        box[0] = NO_LOCATION;
        return true;
      }
      case FBlockType.FinallyEnd:
        if (preserveTos) this.addopI(Op.SWAP, 2, box[0]);
        this.addop(Op.POP_TOP, box[0]);
        if (preserveTos) this.addopI(Op.SWAP, 2, box[0]);
        this.addop(Op.POP_BLOCK, box[0]);
        this.addop(Op.POP_EXCEPT, box[0]);
        return true;
      case FBlockType.With:
      case FBlockType.AsyncWith: {
        box[0] = locOf(info.stmt!);
        this.addop(Op.POP_BLOCK, box[0]);
        if (preserveTos) this.addopI(Op.SWAP, 2, box[0]);
        this.callExitWithNones(box[0]);
        if (info.type == FBlockType.AsyncWith) {
          this.addopI(Op.GET_AWAITABLE, 2, box[0]);
          this.loadNone(box[0]);
          this.addYieldFrom(box[0], true);
        }
        this.addop(Op.POP_TOP, box[0]);
        box[0] = NO_LOCATION;
        return true;
      }
      case FBlockType.HandlerCleanup: {
        if (info.name !== null) this.addop(Op.POP_BLOCK, box[0]);
        if (preserveTos) this.addopI(Op.SWAP, 2, box[0]);
        this.addop(Op.POP_BLOCK, box[0]);
        this.addop(Op.POP_EXCEPT, box[0]);
        if (info.name !== null) {
          this.loadNone(box[0]);
          if (!this.nameop(box[0], info.name!, A.Ctx.Store)) return false;
          if (!this.nameop(box[0], info.name!, A.Ctx.Del)) return false;
        }
        return true;
      }
      case FBlockType.PopValue:
        if (preserveTos) this.addopI(Op.SWAP, 2, box[0]);
        this.addop(Op.POP_TOP, box[0]);
        return true;
    }
    return true;
  }

  // compiler_unwind_fblock_stack; with `stopAtLoop`, loopOut[0] receives the innermost loop.
  unwindFBlockStack(box: Array<Loc>, preserveTos: bool, stopAtLoop: bool, loopOut: Array<FBlock | null>): bool {
    const fbs = this.unit.fblocks;
    if (fbs.length == 0) return true;
    const top = fbs[fbs.length - 1];
    if (top.type == FBlockType.ExceptionGroupHandler) {
      return this.fail(box[0], "'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (stopAtLoop && (top.type == FBlockType.WhileLoop || top.type == FBlockType.ForLoop)) {
      loopOut[0] = top;
      return true;
    }
    const copy = top.copy();
    fbs.pop();
    if (!this.unwindFBlock(box, copy, preserveTos)) return false;
    if (!this.unwindFBlockStack(box, preserveTos, stopAtLoop, loopOut)) return false;
    fbs.push(copy);
    return true;
  }

  // ---------------------------------------------------------------- statements

  visitStmt(s: A.Node): bool {
    switch (s.kind) {
      case A.NodeKind.FunctionDef:
        return this.functionDef(<A.FunctionDef>s);
      case A.NodeKind.ClassDef:
        return this.classDef(<A.ClassDef>s);
      case A.NodeKind.Return:
        return this.returnStmt(<A.Return>s);
      case A.NodeKind.Delete:
        return this.visitExprs((<A.Delete>s).targets);
      case A.NodeKind.Assign: {
        const a = <A.Assign>s;
        const n = a.targets.length;
        if (!this.visitExpr(a.value)) return false;
        for (let i = 0; i < n; i++) {
          if (i < n - 1) this.addopI(Op.COPY, 1, locOf(s));
          if (!this.visitExpr(a.targets[i])) return false;
        }
        return true;
      }
      case A.NodeKind.AugAssign:
        return this.augAssign(<A.AugAssign>s);
      case A.NodeKind.AnnAssign:
        return this.annAssign(<A.AnnAssign>s);
      case A.NodeKind.For:
        return (<A.For>s).isAsync ? this.asyncFor(<A.For>s) : this.forStmt(<A.For>s);
      case A.NodeKind.While:
        return this.whileStmt(<A.While>s);
      case A.NodeKind.If:
        return this.ifStmt(<A.If>s);
      case A.NodeKind.Match:
        return this.match(<A.Match>s);
      case A.NodeKind.Raise: {
        const r = <A.Raise>s;
        let n = 0;
        if (r.exc !== null) {
          if (!this.visitExpr(r.exc!)) return false;
          n++;
          if (r.cause !== null) {
            if (!this.visitExpr(r.cause!)) return false;
            n++;
          }
        }
        this.addopI(Op.RAISE_VARARGS, n, locOf(s));
        return true;
      }
      case A.NodeKind.Try: {
        const t = <A.Try>s;
        return t.finalbody.length > 0 ? this.tryFinally(t) : this.tryExcept(t);
      }
      case A.NodeKind.TryStar: {
        const t = <A.Try>s;
        return t.finalbody.length > 0 ? this.tryStarFinally(t) : this.tryStarExcept(t);
      }
      case A.NodeKind.Assert:
        return this.assertStmt(<A.Assert>s);
      case A.NodeKind.Import:
        return this.importStmt(<A.Import>s);
      case A.NodeKind.ImportFrom:
        return this.fromImport(<A.ImportFrom>s);
      case A.NodeKind.Global:
      case A.NodeKind.Nonlocal:
        return true;
      case A.NodeKind.ExprStmt:
        return this.stmtExpr(locOf(s), (<A.ExprStmt>s).value);
      case A.NodeKind.Pass:
        this.addop(Op.NOP, locOf(s));
        return true;
      case A.NodeKind.Break:
        return this.breakStmt(locOf(s));
      case A.NodeKind.Continue:
        return this.continueStmt(locOf(s));
      case A.NodeKind.With: {
        const w = <A.With>s;
        return w.isAsync ? this.asyncWith(w, 0) : this.withStmt(w, 0);
      }
    }
    return true;
  }

  stmtExpr(loc: Loc, value: A.Node): bool {
    if (this.interactive && this.nestlevel <= 1) {
      if (!this.visitExpr(value)) return false;
      this.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_PRINT, loc);
      this.addop(Op.POP_TOP, NO_LOCATION);
      return true;
    }
    if (value.kind == A.NodeKind.Constant) {
      // a constant statement only marks its line
      this.addop(Op.NOP, loc);
      return true;
    }
    if (!this.visitExpr(value)) return false;
    this.addop(Op.POP_TOP, NO_LOCATION);
    return true;
  }

  forbiddenName(loc: Loc, name: string, ctx: A.Ctx): bool {
    if (ctx == A.Ctx.Store && name == "__debug__") {
      this.fail(loc, "cannot assign to __debug__");
      return true;
    }
    if (ctx == A.Ctx.Del && name == "__debug__") {
      this.fail(loc, "cannot delete __debug__");
      return true;
    }
    return false;
  }

  checkDebugArgs(args: A.Arguments): bool {
    for (let i = 0; i < args.posonly.length; i++) if (!this.checkDebugArg(args.posonly[i])) return false;
    for (let i = 0; i < args.args.length; i++) if (!this.checkDebugArg(args.args[i])) return false;
    if (args.vararg !== null && !this.checkDebugArg(args.vararg!)) return false;
    for (let i = 0; i < args.kwonly.length; i++) if (!this.checkDebugArg(args.kwonly[i])) return false;
    if (args.kwarg !== null && !this.checkDebugArg(args.kwarg!)) return false;
    return true;
  }

  checkDebugArg(a: A.Arg): bool {
    return !this.forbiddenName(locOf4(a.line, a.col, a.endLine, a.endCol), a.name, A.Ctx.Store);
  }

  // ---------------------------------------------------------------- functions and classes

  makeClosure(loc: Loc, co: CodeUnit, flags: i32): void {
    let nfree = 0;
    for (let i = 0; i < co.localsplusKinds.length; i++) if ((co.localsplusKinds[i] & FastKind.FREE) != 0) nfree++;
    if (nfree > 0) {
      const first = co.localsplusNames.length - nfree;
      for (let i = first; i < co.localsplusNames.length; i++) {
        const name = co.localsplusNames[i];
        const reftype = this.getRefType(name);
        const arg = reftype == CELL ? this.unit.meta.cellvars.get(name) : this.unit.meta.freevars.get(name);
        this.addopI(Op.LOAD_CLOSURE, arg, loc);
      }
      flags |= 0x08;
      this.addopI(Op.BUILD_TUPLE, nfree, loc);
    }
    this.loadConst(makeCode(co), loc);
    this.addopI(Op.MAKE_FUNCTION, flags, loc);
  }

  getRefType(name: string): i32 {
    if (this.unit.scopeType == ScopeType.Class && (name == "__class__" || name == "__classdict__")) return CELL;
    return this.unit.ste.scope(name);
  }

  decorators(decos: Array<A.Node>): bool {
    return this.visitExprs(decos);
  }

  applyDecorators(decos: Array<A.Node>): void {
    for (let i = decos.length - 1; i >= 0; i--) this.addopI(Op.CALL, 0, locOf(decos[i]));
  }

  // Pushes the dict of keyword-only defaults; -1 error, 0 none, 1 pushed.
  kwonlyDefaults(loc: Loc, kwonly: Array<A.Arg>, defaults: Array<A.Node | null>): i32 {
    const keys = new Array<string>();
    for (let i = 0; i < kwonly.length; i++) {
      const d = defaults[i];
      if (d !== null) {
        keys.push(mangle(this.unit.privateName, kwonly[i].name));
        if (!this.visitExpr(d!)) return -1;
      }
    }
    if (keys.length == 0) return 0;
    this.loadConst(makeStrTuple(keys), loc);
    this.addopI(Op.BUILD_CONST_KEY_MAP, keys.length, loc);
    return 1;
  }

  argAnnotation(name: string, annotation: A.Node | null, count: Array<i32>, loc: Loc): bool {
    if (annotation === null) return true;
    const ann = annotation!;
    this.loadConst(makeStr(mangle(this.unit.privateName, name)), loc);
    if ((this.futureFlags & CO_FUTURE_ANNOTATIONS) != 0) {
      this.loadConst(makeStr(unparseAnnotation(ann)), locOf(ann));
    } else if (ann.kind == A.NodeKind.Starred) {
      // *args: *Ts -> [annotation] = [*Ts]
      if (!this.visitExpr((<A.Starred>ann).value)) return false;
      this.addopI(Op.UNPACK_SEQUENCE, 1, loc);
    } else {
      if (!this.visitExpr(ann)) return false;
    }
    count[0] += 2;
    return true;
  }

  argAnnotations(args: Array<A.Arg>, count: Array<i32>, loc: Loc): bool {
    for (let i = 0; i < args.length; i++) {
      if (!this.argAnnotation(args[i].name, args[i].annotation, count, loc)) return false;
    }
    return true;
  }

  // -1 error, 0 none, 1 a tuple of annotations pushed
  annotations(loc: Loc, args: A.Arguments, returns: A.Node | null): i32 {
    const count = [0];
    if (!this.argAnnotations(args.args, count, loc)) return -1;
    if (!this.argAnnotations(args.posonly, count, loc)) return -1;
    if (args.vararg !== null && args.vararg!.annotation !== null) {
      if (!this.argAnnotation(args.vararg!.name, args.vararg!.annotation, count, loc)) return -1;
    }
    if (!this.argAnnotations(args.kwonly, count, loc)) return -1;
    if (args.kwarg !== null && args.kwarg!.annotation !== null) {
      if (!this.argAnnotation(args.kwarg!.name, args.kwarg!.annotation, count, loc)) return -1;
    }
    if (!this.argAnnotation("return", returns, count, loc)) return -1;
    if (count[0] > 0) {
      this.addopI(Op.BUILD_TUPLE, count[0], loc);
      return 1;
    }
    return 0;
  }

  defaultArguments(loc: Loc, args: A.Arguments): i32 {
    let flags = 0;
    if (args.defaults.length > 0) {
      if (!this.visitExprs(args.defaults)) return -1;
      this.addopI(Op.BUILD_TUPLE, args.defaults.length, loc);
      flags |= 0x01;
    }
    if (args.kwonly.length > 0) {
      const r = this.kwonlyDefaults(loc, args.kwonly, args.kwDefaults);
      if (r < 0) return -1;
      if (r > 0) flags |= 0x02;
    }
    return flags;
  }

  wrapInStopIterationHandler(): void {
    const handler = this.newLabel();
    this.unit.seq.insert(0, Op.SETUP_CLEANUP, handler, NO_LOCATION);
    this.loadNone(NO_LOCATION);
    this.addop(Op.RETURN_VALUE, NO_LOCATION);
    this.useLabel(handler);
    this.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_STOPITERATION_ERROR, NO_LOCATION);
    this.addopI(Op.RERAISE, 1, NO_LOCATION);
  }

  functionBody(s: A.FunctionDef, funcflags: i32, firstlineno: i32): bool {
    if (!this.enterScope(s.name, s.isAsync ? ScopeType.AsyncFunction : ScopeType.Function, s, firstlineno)) return false;
    const body = s.body;
    const docstring = this.optimize < 2 && hasDocString(body);
    this.addConst(docstring ? constValueOf((<A.ExprStmt>body[0]).value) : makeNone());
    const m = this.unit.meta;
    m.argcount = s.args.args.length;
    m.posonlyargcount = s.args.posonly.length;
    m.kwonlyargcount = s.args.kwonly.length;
    const addHandler = this.unit.ste.coroutine || this.unit.ste.generator;
    if (addHandler) {
      if (this.pushFBlock(NO_LOCATION, FBlockType.StopIteration, NO_LABEL, NO_LABEL) === null) return false;
    }
    for (let i = docstring ? 1 : 0; i < body.length; i++) if (!this.visitStmt(body[i])) return false;
    if (addHandler) {
      this.wrapInStopIterationHandler();
      this.popFBlock();
    }
    const co = this.optimizeAndAssemble(true);
    this.exitScope();
    this.makeClosure(locOf(s), co, funcflags);
    return true;
  }

  functionDef(s: A.FunctionDef): bool {
    if (!this.checkDebugArgs(s.args)) return false;
    if (!this.decorators(s.decorators)) return false;
    let firstlineno = s.line;
    if (s.decorators.length > 0) firstlineno = s.decorators[0].line;
    const loc = locOf(s);
    let funcflags = this.defaultArguments(loc, s.args);
    if (funcflags < 0) return false;
    const ann = this.annotations(loc, s.args, s.returns);
    if (ann < 0) return false;
    if (ann > 0) funcflags |= 0x04;
    if (!this.functionBody(s, funcflags, firstlineno)) return false;
    this.applyDecorators(s.decorators);
    return this.nameop(loc, s.name, A.Ctx.Store);
  }

  classBody(s: A.ClassDef, firstlineno: i32): CodeUnit | null {
    if (!this.enterScope(s.name, ScopeType.Class, s, firstlineno)) return null;
    const loc = new Loc(firstlineno, firstlineno, 0, 0);
    this.unit.privateName = s.name;
    if (!this.nameop(loc, "__name__", A.Ctx.Load)) return null;
    if (!this.nameop(loc, "__module__", A.Ctx.Store)) return null;
    this.loadConst(makeStr(this.unit.meta.qualname), loc);
    if (!this.nameop(loc, "__qualname__", A.Ctx.Store)) return null;
    const m = this.unit.meta;
    if (this.unit.ste.needsClassdict) {
      this.addop(Op.LOAD_LOCALS, loc);
      this.addopO(Op.STORE_DEREF, m.cellvars, "__classdict__", loc);
    }
    if (!this.body(loc, s.body)) return null;
    if (this.unit.ste.needsClassdict) {
      this.addopI(Op.LOAD_CLOSURE, m.cellvars.get("__classdict__"), NO_LOCATION);
      if (!this.nameop(NO_LOCATION, "__classdictcell__", A.Ctx.Store)) return null;
    }
    if (this.unit.ste.needsClassClosure) {
      this.addopI(Op.LOAD_CLOSURE, m.cellvars.get("__class__"), NO_LOCATION);
      this.addopI(Op.COPY, 1, NO_LOCATION);
      if (!this.nameop(NO_LOCATION, "__classcell__", A.Ctx.Store)) return null;
    } else {
      this.loadNone(NO_LOCATION);
    }
    this.addop(Op.RETURN_VALUE, NO_LOCATION);
    const co = this.optimizeAndAssemble(true);
    this.exitScope();
    return co;
  }

  classDef(s: A.ClassDef): bool {
    if (!this.decorators(s.decorators)) return false;
    let firstlineno = s.line;
    if (s.decorators.length > 0) firstlineno = s.decorators[0].line;
    const co = this.classBody(s, firstlineno);
    if (co === null) return false;
    const loc = locOf(s);
    this.addop(Op.PUSH_NULL, loc);
    this.addop(Op.LOAD_BUILD_CLASS, loc);
    this.makeClosure(loc, co!, 0);
    this.loadConst(makeStr(s.name), loc);
    if (!this.callHelper(loc, 2, s.bases, s.keywords)) return false;
    this.applyDecorators(s.decorators);
    return this.nameop(loc, s.name, A.Ctx.Store);
  }

  lambda(e: A.Lambda): bool {
    const args = e.args;
    if (!this.checkDebugArgs(args)) return false;
    const loc = locOf(e);
    const funcflags = this.defaultArguments(loc, args);
    if (funcflags < 0) return false;
    if (!this.enterScope("<lambda>", ScopeType.Lambda, e, e.line)) return false;
    // None first, so a lambda never has a docstring
    this.addConst(makeNone());
    const m = this.unit.meta;
    m.argcount = args.args.length;
    m.posonlyargcount = args.posonly.length;
    m.kwonlyargcount = args.kwonly.length;
    if (!this.visitExpr(e.body)) return false;
    let co: CodeUnit;
    if (this.unit.ste.generator) {
      co = this.optimizeAndAssemble(false);
    } else {
      this.addop(Op.RETURN_VALUE, new Loc(e.line, e.line, 0, 0));
      co = this.optimizeAndAssemble(true);
    }
    this.exitScope();
    this.makeClosure(loc, co, funcflags);
    return true;
  }

  // ---------------------------------------------------------------- control flow

  jumpIf(loc: Loc, e: A.Node, next: i32, cond: bool): bool {
    switch (e.kind) {
      case A.NodeKind.UnaryOp: {
        const u = <A.UnaryOpNode>e;
        if (u.op == UnaryOp.NOT) return this.jumpIf(loc, u.operand, next, !cond);
        break;
      }
      case A.NodeKind.BoolOp: {
        const b = <A.BoolOpNode>e;
        const s = b.values;
        const n = s.length - 1;
        const cond2 = b.op == BoolOpKind.OR;
        let next2 = next;
        if (cond2 != cond) next2 = this.newLabel();
        for (let i = 0; i < n; i++) if (!this.jumpIf(loc, s[i], next2, cond2)) return false;
        if (!this.jumpIf(loc, s[n], next, cond)) return false;
        if (next2 != next) this.useLabel(next2);
        return true;
      }
      case A.NodeKind.IfExp: {
        const x = <A.IfExp>e;
        const end = this.newLabel();
        const next2 = this.newLabel();
        if (!this.jumpIf(loc, x.test, next2, false)) return false;
        if (!this.jumpIf(loc, x.body, next, cond)) return false;
        this.addopJ(Op.JUMP, end, NO_LOCATION);
        this.useLabel(next2);
        if (!this.jumpIf(loc, x.orelse, next, cond)) return false;
        this.useLabel(end);
        return true;
      }
      case A.NodeKind.Compare: {
        const c = <A.Compare>e;
        const n = c.ops.length - 1;
        if (n > 0) {
          const cleanup = this.newLabel();
          const eloc = locOf(e);
          if (!this.visitExpr(c.left)) return false;
          for (let i = 0; i < n; i++) {
            if (!this.visitExpr(c.comparators[i])) return false;
            this.addopI(Op.SWAP, 2, eloc);
            this.addopI(Op.COPY, 2, eloc);
            this.addCompare(eloc, c.ops[i]);
            this.addopJ(Op.POP_JUMP_IF_FALSE, cleanup, eloc);
          }
          if (!this.visitExpr(c.comparators[n])) return false;
          this.addCompare(eloc, c.ops[n]);
          this.addopJ(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, eloc);
          const end = this.newLabel();
          this.addopJ(Op.JUMP, end, NO_LOCATION);
          this.useLabel(cleanup);
          this.addop(Op.POP_TOP, eloc);
          if (!cond) this.addopJ(Op.JUMP, next, NO_LOCATION);
          this.useLabel(end);
          return true;
        }
        break;
      }
    }
    if (!this.visitExpr(e)) return false;
    this.addopJ(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, locOf(e));
    return true;
  }

  ifExp(e: A.IfExp): bool {
    const end = this.newLabel();
    const next = this.newLabel();
    if (!this.jumpIf(locOf(e), e.test, next, false)) return false;
    if (!this.visitExpr(e.body)) return false;
    this.addopJ(Op.JUMP, end, NO_LOCATION);
    this.useLabel(next);
    if (!this.visitExpr(e.orelse)) return false;
    this.useLabel(end);
    return true;
  }

  ifStmt(s: A.If): bool {
    const end = this.newLabel();
    let next = end;
    if (s.orelse.length > 0) next = this.newLabel();
    if (!this.jumpIf(locOf(s), s.test, next, false)) return false;
    if (!this.visitStmts(s.body)) return false;
    if (s.orelse.length > 0) {
      this.addopJ(Op.JUMP, end, NO_LOCATION);
      this.useLabel(next);
      if (!this.visitStmts(s.orelse)) return false;
    }
    this.useLabel(end);
    return true;
  }

  forStmt(s: A.For): bool {
    const loc = locOf(s);
    const start = this.newLabel();
    const body = this.newLabel();
    const cleanup = this.newLabel();
    const end = this.newLabel();
    if (this.pushFBlock(loc, FBlockType.ForLoop, start, end) === null) return false;
    if (!this.visitExpr(s.iter)) return false;
    this.addop(Op.GET_ITER, loc);
    this.useLabel(start);
    this.addopJ(Op.FOR_ITER, cleanup, loc);
    // keeps the line of a multi-line for statement's target for tracing
    this.addop(Op.NOP, locOf(s.target));
    this.useLabel(body);
    if (!this.visitExpr(s.target)) return false;
    if (!this.visitStmts(s.body)) return false;
    this.addopJ(Op.JUMP, start, NO_LOCATION);
    this.useLabel(cleanup);
    this.addop(Op.END_FOR, NO_LOCATION);
    this.popFBlock();
    if (!this.visitStmts(s.orelse)) return false;
    this.useLabel(end);
    return true;
  }

  asyncFor(s: A.For): bool {
    let loc = locOf(s);
    if (this.unit.scopeType != ScopeType.AsyncFunction) {
      return this.fail(loc, "'async for' outside async function");
    }
    const start = this.newLabel();
    const except = this.newLabel();
    const end = this.newLabel();
    if (!this.visitExpr(s.iter)) return false;
    this.addop(Op.GET_AITER, loc);
    this.useLabel(start);
    if (this.pushFBlock(loc, FBlockType.ForLoop, start, end) === null) return false;
    this.addopJ(Op.SETUP_FINALLY, except, loc);
    this.addop(Op.GET_ANEXT, loc);
    this.loadNone(loc);
    this.addYieldFrom(loc, true);
    this.addop(Op.POP_BLOCK, loc);
    if (!this.visitExpr(s.target)) return false;
    if (!this.visitStmts(s.body)) return false;
    this.addopJ(Op.JUMP, start, NO_LOCATION);
    this.popFBlock();
    this.useLabel(except);
    // END_ASYNC_FOR belongs to the iterator's line: it follows the for, not the body
    loc = locOf(s.iter);
    this.addop(Op.END_ASYNC_FOR, loc);
    if (!this.visitStmts(s.orelse)) return false;
    this.useLabel(end);
    return true;
  }

  whileStmt(s: A.While): bool {
    const loop = this.newLabel();
    const body = this.newLabel();
    const end = this.newLabel();
    const anchor = this.newLabel();
    this.useLabel(loop);
    if (this.pushFBlock(locOf(s), FBlockType.WhileLoop, loop, end) === null) return false;
    if (!this.jumpIf(locOf(s), s.test, anchor, false)) return false;
    this.useLabel(body);
    if (!this.visitStmts(s.body)) return false;
    if (!this.jumpIf(locOf(s), s.test, body, true)) return false;
    this.popFBlock();
    this.useLabel(anchor);
    if (!this.visitStmts(s.orelse)) return false;
    this.useLabel(end);
    return true;
  }

  returnStmt(s: A.Return): bool {
    let loc = locOf(s);
    const value = s.value;
    const preserveTos = value !== null && value.kind != A.NodeKind.Constant;
    if (!this.unit.ste.isFunctionLike()) return this.fail(loc, "'return' outside function");
    if (value !== null && this.unit.ste.coroutine && this.unit.ste.generator) {
      return this.fail(loc, "'return' with value in async generator");
    }
    if (preserveTos) {
      if (!this.visitExpr(value!)) return false;
    } else if (value !== null) {
      // an instruction with the line of the returned constant
      loc = locOf(value!);
      this.addop(Op.NOP, loc);
    }
    if (value === null || value!.line != s.line) {
      loc = locOf(s);
      this.addop(Op.NOP, loc);
    }
    const box = [loc];
    if (!this.unwindFBlockStack(box, preserveTos, false, [null])) return false;
    loc = box[0];
    if (value === null) this.loadNone(loc);
    else if (!preserveTos) this.loadConst(constValueOf(value!), loc);
    this.addop(Op.RETURN_VALUE, loc);
    return true;
  }

  breakStmt(loc: Loc): bool {
    const origin = loc;
    this.addop(Op.NOP, loc);
    const box = [loc];
    const loopOut: Array<FBlock | null> = [null];
    if (!this.unwindFBlockStack(box, false, true, loopOut)) return false;
    if (loopOut[0] === null) return this.fail(origin, "'break' outside loop");
    const loop = loopOut[0]!;
    if (!this.unwindFBlock(box, loop, false)) return false;
    this.addopJ(Op.JUMP, loop.exit, box[0]);
    return true;
  }

  continueStmt(loc: Loc): bool {
    const origin = loc;
    this.addop(Op.NOP, loc);
    const box = [loc];
    const loopOut: Array<FBlock | null> = [null];
    if (!this.unwindFBlockStack(box, false, true, loopOut)) return false;
    if (loopOut[0] === null) return this.fail(origin, "'continue' not properly in loop");
    this.addopJ(Op.JUMP, loopOut[0]!.block, box[0]);
    return true;
  }

  tryFinally(s: A.Try): bool {
    let loc = locOf(s);
    const body = this.newLabel();
    const end = this.newLabel();
    const exit = this.newLabel();
    const cleanup = this.newLabel();
    this.addopJ(Op.SETUP_FINALLY, end, loc);
    this.useLabel(body);
    const fb = this.pushFBlock(loc, FBlockType.FinallyTry, body, end);
    if (fb === null) return false;
    fb!.body = s.finalbody;
    if (s.handlers.length > 0) {
      if (!this.tryExcept(s)) return false;
    } else {
      if (!this.visitStmts(s.body)) return false;
    }
    this.addop(Op.POP_BLOCK, NO_LOCATION);
    this.popFBlock();
    if (!this.visitStmts(s.finalbody)) return false;
    this.addopJ(Op.JUMP, exit, NO_LOCATION);
    this.useLabel(end);
    loc = NO_LOCATION;
    this.addopJ(Op.SETUP_CLEANUP, cleanup, loc);
    this.addop(Op.PUSH_EXC_INFO, loc);
    if (this.pushFBlock(loc, FBlockType.FinallyEnd, end, NO_LABEL) === null) return false;
    if (!this.visitStmts(s.finalbody)) return false;
    this.popFBlock();
    this.addopI(Op.RERAISE, 0, loc);
    this.useLabel(cleanup);
    this.popExceptAndReraise(loc);
    this.useLabel(exit);
    return true;
  }

  tryStarFinally(s: A.Try): bool {
    let loc = locOf(s);
    const body = this.newLabel();
    const end = this.newLabel();
    const exit = this.newLabel();
    const cleanup = this.newLabel();
    this.addopJ(Op.SETUP_FINALLY, end, loc);
    this.useLabel(body);
    const fb = this.pushFBlock(loc, FBlockType.FinallyTry, body, end);
    if (fb === null) return false;
    fb!.body = s.finalbody;
    if (s.handlers.length > 0) {
      if (!this.tryStarExcept(s)) return false;
    } else {
      if (!this.visitStmts(s.body)) return false;
    }
    this.addop(Op.POP_BLOCK, NO_LOCATION);
    this.popFBlock();
    if (!this.visitStmts(s.finalbody)) return false;
    this.addopJ(Op.JUMP, exit, NO_LOCATION);
    this.useLabel(end);
    loc = NO_LOCATION;
    this.addopJ(Op.SETUP_CLEANUP, cleanup, loc);
    this.addop(Op.PUSH_EXC_INFO, loc);
    if (this.pushFBlock(loc, FBlockType.FinallyEnd, end, NO_LABEL) === null) return false;
    if (!this.visitStmts(s.finalbody)) return false;
    this.popFBlock();
    this.addopI(Op.RERAISE, 0, loc);
    this.useLabel(cleanup);
    this.popExceptAndReraise(loc);
    this.useLabel(exit);
    return true;
  }

  tryExcept(s: A.Try): bool {
    const loc = locOf(s);
    const body = this.newLabel();
    let except = this.newLabel();
    const end = this.newLabel();
    const cleanup = this.newLabel();
    this.addopJ(Op.SETUP_FINALLY, except, loc);
    this.useLabel(body);
    if (this.pushFBlock(loc, FBlockType.TryExcept, body, NO_LABEL) === null) return false;
    if (!this.visitStmts(s.body)) return false;
    this.popFBlock();
    this.addop(Op.POP_BLOCK, NO_LOCATION);
    if (s.orelse.length > 0) {
      if (!this.visitStmts(s.orelse)) return false;
    }
    this.addopJ(Op.JUMP, end, NO_LOCATION);
    const n = s.handlers.length;
    this.useLabel(except);
    this.addopJ(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
    this.addop(Op.PUSH_EXC_INFO, NO_LOCATION);
    if (this.pushFBlock(loc, FBlockType.ExceptionHandler, NO_LABEL, NO_LABEL) === null) return false;
    for (let i = 0; i < n; i++) {
      const h = s.handlers[i];
      const hloc = locOf4(h.line, h.col, h.endLine, h.endCol);
      if (h.type === null && i < n - 1) return this.fail(hloc, "default 'except:' must be last");
      except = this.newLabel();
      if (h.type !== null) {
        if (!this.visitExpr(h.type!)) return false;
        this.addop(Op.CHECK_EXC_MATCH, hloc);
        this.addopJ(Op.POP_JUMP_IF_FALSE, except, hloc);
      }
      if (h.name !== null) {
        const name = h.name!;
        const cleanupEnd = this.newLabel();
        const cleanupBody = this.newLabel();
        if (!this.nameop(hloc, name, A.Ctx.Store)) return false;
        // try: body finally: name = None; del name
        this.addopJ(Op.SETUP_CLEANUP, cleanupEnd, hloc);
        this.useLabel(cleanupBody);
        const fb = this.pushFBlock(hloc, FBlockType.HandlerCleanup, cleanupBody, NO_LABEL);
        if (fb === null) return false;
        fb!.name = name;
        if (!this.visitStmts(h.body)) return false;
        this.popFBlock();
        this.addop(Op.POP_BLOCK, NO_LOCATION);
        this.addop(Op.POP_BLOCK, NO_LOCATION);
        this.addop(Op.POP_EXCEPT, NO_LOCATION);
        this.loadNone(NO_LOCATION);
        if (!this.nameop(NO_LOCATION, name, A.Ctx.Store)) return false;
        if (!this.nameop(NO_LOCATION, name, A.Ctx.Del)) return false;
        this.addopJ(Op.JUMP, end, NO_LOCATION);
        this.useLabel(cleanupEnd);
        this.loadNone(NO_LOCATION);
        if (!this.nameop(NO_LOCATION, name, A.Ctx.Store)) return false;
        if (!this.nameop(NO_LOCATION, name, A.Ctx.Del)) return false;
        this.addopI(Op.RERAISE, 1, NO_LOCATION);
      } else {
        const cleanupBody = this.newLabel();
        this.addop(Op.POP_TOP, hloc);
        this.useLabel(cleanupBody);
        if (this.pushFBlock(hloc, FBlockType.HandlerCleanup, cleanupBody, NO_LABEL) === null) return false;
        if (!this.visitStmts(h.body)) return false;
        this.popFBlock();
        this.addop(Op.POP_BLOCK, NO_LOCATION);
        this.addop(Op.POP_EXCEPT, NO_LOCATION);
        this.addopJ(Op.JUMP, end, NO_LOCATION);
      }
      this.useLabel(except);
    }
    this.popFBlock();
    this.addopI(Op.RERAISE, 0, NO_LOCATION);
    this.useLabel(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.useLabel(end);
    return true;
  }

  tryStarExcept(s: A.Try): bool {
    const loc = locOf(s);
    const body = this.newLabel();
    let except = this.newLabel();
    const orelse = this.newLabel();
    const end = this.newLabel();
    const cleanup = this.newLabel();
    const reraiseStar = this.newLabel();
    this.addopJ(Op.SETUP_FINALLY, except, loc);
    this.useLabel(body);
    if (this.pushFBlock(loc, FBlockType.TryExcept, body, NO_LABEL) === null) return false;
    if (!this.visitStmts(s.body)) return false;
    this.popFBlock();
    this.addop(Op.POP_BLOCK, NO_LOCATION);
    this.addopJ(Op.JUMP, orelse, NO_LOCATION);
    const n = s.handlers.length;
    this.useLabel(except);
    this.addopJ(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
    this.addop(Op.PUSH_EXC_INFO, NO_LOCATION);
    if (this.pushFBlock(loc, FBlockType.ExceptionGroupHandler, NO_LABEL, NO_LABEL) === null) return false;
    for (let i = 0; i < n; i++) {
      const h = s.handlers[i];
      const hloc = locOf4(h.line, h.col, h.endLine, h.endCol);
      except = this.newLabel();
      const exceptWithError = this.newLabel();
      const noMatch = this.newLabel();
      if (i == 0) {
        // [orig] -> [orig, []] -> [orig, [], exc]: results list and a copy of the group
        this.addopI(Op.BUILD_LIST, 0, hloc);
        this.addopI(Op.COPY, 2, hloc);
      }
      if (h.type !== null) {
        if (!this.visitExpr(h.type!)) return false;
        this.addop(Op.CHECK_EG_MATCH, hloc);
        this.addopI(Op.COPY, 1, hloc);
        this.addopJ(Op.POP_JUMP_IF_NONE, noMatch, hloc);
      }
      const cleanupEnd = this.newLabel();
      const cleanupBody = this.newLabel();
      if (h.name !== null) {
        if (!this.nameop(hloc, h.name!, A.Ctx.Store)) return false;
      } else {
        this.addop(Op.POP_TOP, hloc);
      }
      this.addopJ(Op.SETUP_CLEANUP, cleanupEnd, hloc);
      this.useLabel(cleanupBody);
      const fb = this.pushFBlock(hloc, FBlockType.HandlerCleanup, cleanupBody, NO_LABEL);
      if (fb === null) return false;
      fb!.name = h.name;
      if (!this.visitStmts(h.body)) return false;
      this.popFBlock();
      this.addop(Op.POP_BLOCK, NO_LOCATION);
      if (h.name !== null) {
        this.loadNone(NO_LOCATION);
        if (!this.nameop(NO_LOCATION, h.name!, A.Ctx.Store)) return false;
        if (!this.nameop(NO_LOCATION, h.name!, A.Ctx.Del)) return false;
      }
      this.addopJ(Op.JUMP, except, NO_LOCATION);
      this.useLabel(cleanupEnd);
      if (h.name !== null) {
        this.loadNone(NO_LOCATION);
        if (!this.nameop(NO_LOCATION, h.name!, A.Ctx.Store)) return false;
        if (!this.nameop(NO_LOCATION, h.name!, A.Ctx.Del)) return false;
      }
      // an exception raised in the except* body joins the results
      this.addopI(Op.LIST_APPEND, 3, NO_LOCATION);
      this.addop(Op.POP_TOP, NO_LOCATION);
      this.addopJ(Op.JUMP, exceptWithError, NO_LOCATION);
      this.useLabel(except);
      this.addop(Op.NOP, NO_LOCATION);
      this.addopJ(Op.JUMP, exceptWithError, NO_LOCATION);
      this.useLabel(noMatch);
      this.addop(Op.POP_TOP, hloc);
      this.useLabel(exceptWithError);
      if (i == n - 1) {
        // the unhandled rest of the group (or None) joins the results
        this.addopI(Op.LIST_APPEND, 1, NO_LOCATION);
        this.addopJ(Op.JUMP, reraiseStar, NO_LOCATION);
      }
    }
    this.popFBlock();
    const reraise = this.newLabel();
    this.useLabel(reraiseStar);
    this.addopI(Op.CALL_INTRINSIC_2, INTRINSIC_PREP_RERAISE_STAR, NO_LOCATION);
    this.addopI(Op.COPY, 1, NO_LOCATION);
    this.addopJ(Op.POP_JUMP_IF_NOT_NONE, reraise, NO_LOCATION);
    this.addop(Op.POP_TOP, NO_LOCATION);
    this.addop(Op.POP_BLOCK, NO_LOCATION);
    this.addop(Op.POP_EXCEPT, NO_LOCATION);
    this.addopJ(Op.JUMP, end, NO_LOCATION);
    this.useLabel(reraise);
    this.addop(Op.POP_BLOCK, NO_LOCATION);
    this.addopI(Op.SWAP, 2, NO_LOCATION);
    this.addop(Op.POP_EXCEPT, NO_LOCATION);
    this.addopI(Op.RERAISE, 0, NO_LOCATION);
    this.useLabel(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.useLabel(orelse);
    if (!this.visitStmts(s.orelse)) return false;
    this.useLabel(end);
    return true;
  }

  // ---------------------------------------------------------------- imports, assert

  importAs(loc: Loc, name: string, asname: string): bool {
    let dot = name.indexOf(".");
    if (dot >= 0) {
      // the base module is on the stack: fetch each attribute in turn
      while (true) {
        const pos = dot + 1;
        dot = name.indexOf(".", pos);
        const attr = name.substring(pos, dot >= 0 ? dot : name.length);
        this.addopO(Op.IMPORT_FROM, this.unit.meta.names, attr, loc);
        if (dot < 0) break;
        this.addopI(Op.SWAP, 2, loc);
        this.addop(Op.POP_TOP, loc);
      }
      if (!this.nameop(loc, asname, A.Ctx.Store)) return false;
      this.addop(Op.POP_TOP, loc);
      return true;
    }
    return this.nameop(loc, asname, A.Ctx.Store);
  }

  importStmt(s: A.Import): bool {
    const loc = locOf(s);
    for (let i = 0; i < s.names.length; i++) {
      const alias = s.names[i];
      this.loadConst(makeInt(0), loc);
      this.loadNone(loc);
      this.addopName(Op.IMPORT_NAME, alias.name, this.unit.meta.names, loc);
      if (alias.asname !== null) {
        if (!this.importAs(loc, alias.name, alias.asname!)) return false;
      } else {
        const dot = alias.name.indexOf(".");
        const tmp = dot >= 0 ? alias.name.substring(0, dot) : alias.name;
        if (!this.nameop(loc, tmp, A.Ctx.Store)) return false;
      }
    }
    return true;
  }

  fromImport(s: A.ImportFrom): bool {
    const loc = locOf(s);
    const n = s.names.length;
    this.loadConst(makeInt(s.level), loc);
    const names = new Array<string>();
    for (let i = 0; i < n; i++) names.push(s.names[i].name);
    const f = this.futureLoc;
    const isAfter = loc.line > f.endLine || (loc.line == f.endLine && loc.col > f.endCol);
    if (isAfter && s.module !== null && s.module! == "__future__") {
      return this.fail(loc, "from __future__ imports must occur at the beginning of the file");
    }
    this.loadConst(makeStrTuple(names), loc);
    this.addopName(Op.IMPORT_NAME, s.module !== null ? s.module! : "", this.unit.meta.names, loc);
    for (let i = 0; i < n; i++) {
      const alias = s.names[i];
      if (i == 0 && alias.name.length > 0 && alias.name.charCodeAt(0) == 42) {
        this.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_IMPORT_STAR, loc);
        this.addop(Op.POP_TOP, NO_LOCATION);
        return true;
      }
      this.addopName(Op.IMPORT_FROM, alias.name, this.unit.meta.names, loc);
      const storeName = alias.asname !== null ? alias.asname! : alias.name;
      if (!this.nameop(loc, storeName, A.Ctx.Store)) return false;
    }
    this.addop(Op.POP_TOP, loc);
    return true;
  }

  assertStmt(s: A.Assert): bool {
    if (this.optimize != 0) return true;
    const end = this.newLabel();
    const loc = locOf(s);
    if (!this.jumpIf(loc, s.test, end, true)) return false;
    this.addop(Op.LOAD_ASSERTION_ERROR, loc);
    if (s.msg !== null) {
      if (!this.visitExpr(s.msg!)) return false;
      this.addopI(Op.CALL, 0, loc);
    }
    this.addopI(Op.RAISE_VARARGS, 1, loc);
    this.useLabel(end);
    return true;
  }

  // ---------------------------------------------------------------- names

  nameop(loc: Loc, name: string, ctx: A.Ctx): bool {
    if (this.forbiddenName(loc, name, ctx)) return false;
    const u = this.unit;
    const m = u.meta;
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.scope(mangled);
    let dict = m.names;
    // 0 name, 1 fast, 2 global, 3 deref
    let optype = 0;
    switch (scope) {
      case FREE:
        dict = m.freevars;
        optype = 3;
        break;
      case CELL:
        dict = m.cellvars;
        optype = 3;
        break;
      case LOCAL:
        if (u.ste.isFunctionLike() || (m.fasthidden.has(mangled) && m.fasthidden.get(mangled))) optype = 1;
        break;
      case GLOBAL_IMPLICIT:
        if (u.ste.isFunctionLike()) optype = 2;
        break;
      case GLOBAL_EXPLICIT:
        optype = 2;
        break;
    }
    let op = 0;
    if (optype == 3) {
      if (ctx == A.Ctx.Load) {
        if (u.ste.type == BlockType.Class && u.inInlinedComp == 0) {
          op = Op.LOAD_FROM_DICT_OR_DEREF;
          this.addop(Op.LOAD_LOCALS, loc);
        } else if (u.ste.canSeeClassScope) {
          op = Op.LOAD_FROM_DICT_OR_DEREF;
          this.addopO(Op.LOAD_DEREF, m.freevars, "__classdict__", loc);
        } else {
          op = Op.LOAD_DEREF;
        }
      } else {
        op = ctx == A.Ctx.Store ? Op.STORE_DEREF : Op.DELETE_DEREF;
      }
    } else if (optype == 1) {
      op = ctx == A.Ctx.Load ? Op.LOAD_FAST : ctx == A.Ctx.Store ? Op.STORE_FAST : Op.DELETE_FAST;
      this.addopO(op, m.varnames, mangled, loc);
      return true;
    } else if (optype == 2) {
      if (ctx == A.Ctx.Load) {
        if (u.ste.canSeeClassScope && scope == GLOBAL_IMPLICIT) {
          op = Op.LOAD_FROM_DICT_OR_GLOBALS;
          this.addopO(Op.LOAD_DEREF, m.freevars, "__classdict__", loc);
        } else {
          op = Op.LOAD_GLOBAL;
        }
      } else {
        op = ctx == A.Ctx.Store ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
      }
    } else {
      if (ctx == A.Ctx.Load) {
        op = u.ste.type == BlockType.Class && u.inInlinedComp != 0 ? Op.LOAD_GLOBAL : Op.LOAD_NAME;
      } else {
        op = ctx == A.Ctx.Store ? Op.STORE_NAME : Op.DELETE_NAME;
      }
    }
    let arg = dict.add(mangled);
    if (op == Op.LOAD_GLOBAL) arg <<= 1;
    this.addopI(op, arg, loc);
    return true;
  }

  // ---------------------------------------------------------------- expressions

  addCompare(loc: Loc, op: CmpOp): void {
    switch (op) {
      case CmpOp.IS:
        this.addopI(Op.IS_OP, 0, loc);
        return;
      case CmpOp.IS_NOT:
        this.addopI(Op.IS_OP, 1, loc);
        return;
      case CmpOp.IN:
        this.addopI(Op.CONTAINS_OP, 0, loc);
        return;
      case CmpOp.NOT_IN:
        this.addopI(Op.CONTAINS_OP, 1, loc);
        return;
    }
    this.addopI(Op.COMPARE_OP, <i32>op, loc);
  }

  boolop(e: A.BoolOpNode): bool {
    const loc = locOf(e);
    const jumpi = e.op == BoolOpKind.AND ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
    const end = this.newLabel();
    const s = e.values;
    const n = s.length - 1;
    for (let i = 0; i < n; i++) {
      if (!this.visitExpr(s[i])) return false;
      this.addopI(Op.COPY, 1, loc);
      this.addopJ(jumpi, end, loc);
      this.addop(Op.POP_TOP, loc);
    }
    if (!this.visitExpr(s[n])) return false;
    this.useLabel(end);
    return true;
  }

  starunpackHelper(loc: Loc, elts: Array<A.Node>, pushed: i32, build: i32, add: i32, extend: i32, tuple: bool): bool {
    const n = elts.length;
    if (n > 2 && areAllItemsConst(elts, 0, n)) {
      const items = new Array<ConstValue>();
      for (let i = 0; i < n; i++) items.push(constValueOf(elts[i]));
      if (tuple && pushed == 0) {
        this.loadConst(makeTuple(items), loc);
      } else {
        const folded = add == Op.SET_ADD ? makeFrozenSet(items) : makeTuple(items);
        this.addopI(build, pushed, loc);
        this.loadConst(folded, loc);
        this.addopI(extend, 1, loc);
        if (tuple) this.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
      }
      return true;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      if (elts[i].kind == A.NodeKind.Starred) {
        seenStar = true;
        break;
      }
    }
    if (!seenStar && !big) {
      for (let i = 0; i < n; i++) if (!this.visitExpr(elts[i])) return false;
      this.addopI(tuple ? Op.BUILD_TUPLE : build, n + pushed, loc);
      return true;
    }
    let built = false;
    if (big) {
      this.addopI(build, pushed, loc);
      built = true;
    }
    for (let i = 0; i < n; i++) {
      const elt = elts[i];
      if (elt.kind == A.NodeKind.Starred) {
        if (!built) {
          this.addopI(build, i + pushed, loc);
          built = true;
        }
        if (!this.visitExpr((<A.Starred>elt).value)) return false;
        this.addopI(extend, 1, loc);
      } else {
        if (!this.visitExpr(elt)) return false;
        if (built) this.addopI(add, 1, loc);
      }
    }
    if (tuple) this.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
    return true;
  }

  unpackHelper(loc: Loc, elts: Array<A.Node>): bool {
    const n = elts.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      const elt = elts[i];
      if (elt.kind == A.NodeKind.Starred && !seenStar) {
        if (i >= (1 << 8) || n - i - 1 >= (0x7fffffff >> 8)) {
          return this.fail(loc, "too many expressions in star-unpacking assignment");
        }
        this.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8), loc);
        seenStar = true;
      } else if (elt.kind == A.NodeKind.Starred) {
        return this.fail(loc, "multiple starred expressions in assignment");
      }
    }
    if (!seenStar) this.addopI(Op.UNPACK_SEQUENCE, n, loc);
    return true;
  }

  assignmentHelper(loc: Loc, elts: Array<A.Node>): bool {
    if (!this.unpackHelper(loc, elts)) return false;
    for (let i = 0; i < elts.length; i++) {
      const elt = elts[i];
      if (!this.visitExpr(elt.kind != A.NodeKind.Starred ? elt : (<A.Starred>elt).value)) return false;
    }
    return true;
  }

  sequence(e: A.Sequence): bool {
    const loc = locOf(e);
    if (e.kind == A.NodeKind.Set) {
      return this.starunpackHelper(loc, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
    }
    if (e.ctx == A.Ctx.Store) return this.assignmentHelper(loc, e.elts);
    if (e.ctx == A.Ctx.Load) {
      return this.starunpackHelper(loc, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, e.kind == A.NodeKind.Tuple);
    }
    return this.visitExprs(e.elts);
  }

  subdict(e: A.DictNode, begin: i32, end: i32): bool {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const loc = locOf(e);
    if (n > 1 && !big && areAllItemsConstOrNull(e.keys, begin, end)) {
      for (let i = begin; i < end; i++) if (!this.visitExpr(e.values[i])) return false;
      const keys = new Array<ConstValue>();
      for (let i = begin; i < end; i++) keys.push(constValueOf(e.keys[i]!));
      this.loadConst(makeTuple(keys), loc);
      this.addopI(Op.BUILD_CONST_KEY_MAP, n, loc);
      return true;
    }
    if (big) this.addopI(Op.BUILD_MAP, 0, loc);
    for (let i = begin; i < end; i++) {
      if (!this.visitExpr(e.keys[i]!)) return false;
      if (!this.visitExpr(e.values[i])) return false;
      if (big) this.addopI(Op.MAP_ADD, 1, loc);
    }
    if (!big) this.addopI(Op.BUILD_MAP, n, loc);
    return true;
  }

  dict(e: A.DictNode): bool {
    const loc = locOf(e);
    const n = e.values.length;
    let haveDict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      const isUnpacking = e.keys[i] === null;
      if (isUnpacking) {
        if (elements > 0) {
          if (!this.subdict(e, i - elements, i)) return false;
          if (haveDict) this.addopI(Op.DICT_UPDATE, 1, loc);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.addopI(Op.BUILD_MAP, 0, loc);
          haveDict = true;
        }
        if (!this.visitExpr(e.values[i])) return false;
        this.addopI(Op.DICT_UPDATE, 1, loc);
      } else {
        if (elements * 2 > STACK_USE_GUIDELINE) {
          if (!this.subdict(e, i - elements, i + 1)) return false;
          if (haveDict) this.addopI(Op.DICT_UPDATE, 1, loc);
          haveDict = true;
          elements = 0;
        } else {
          elements++;
        }
      }
    }
    if (elements > 0) {
      if (!this.subdict(e, n - elements, n)) return false;
      if (haveDict) this.addopI(Op.DICT_UPDATE, 1, loc);
      haveDict = true;
    }
    if (!haveDict) this.addopI(Op.BUILD_MAP, 0, loc);
    return true;
  }

  compare(e: A.Compare): bool {
    const loc = locOf(e);
    if (!this.visitExpr(e.left)) return false;
    const n = e.ops.length - 1;
    if (n == 0) {
      if (!this.visitExpr(e.comparators[0])) return false;
      this.addCompare(loc, e.ops[0]);
      return true;
    }
    const cleanup = this.newLabel();
    for (let i = 0; i < n; i++) {
      if (!this.visitExpr(e.comparators[i])) return false;
      this.addopI(Op.SWAP, 2, loc);
      this.addopI(Op.COPY, 2, loc);
      this.addCompare(loc, e.ops[i]);
      this.addopI(Op.COPY, 1, loc);
      this.addopJ(Op.POP_JUMP_IF_FALSE, cleanup, loc);
      this.addop(Op.POP_TOP, loc);
    }
    if (!this.visitExpr(e.comparators[n])) return false;
    this.addCompare(loc, e.ops[n]);
    const end = this.newLabel();
    this.addopJ(Op.JUMP, end, NO_LOCATION);
    this.useLabel(cleanup);
    this.addopI(Op.SWAP, 2, loc);
    this.addop(Op.POP_TOP, loc);
    this.useLabel(end);
    return true;
  }

  isImportOriginated(e: A.Node): bool {
    if (e.kind != A.NodeKind.Name) return false;
    return (this.st.top!.symbol((<A.Name>e).id) & DEF_IMPORT) != 0;
  }

  canOptimizeSuperCall(attr: A.Attribute): bool {
    const e = attr.value;
    if (e.kind != A.NodeKind.Call) return false;
    const call = <A.Call>e;
    if (call.func.kind != A.NodeKind.Name || (<A.Name>call.func).id != "super") return false;
    if (attr.attr == "__class__" || call.keywords.length != 0) return false;
    const numArgs = call.args.length;
    const superName = (<A.Name>call.func).id;
    // statically visible shadowing of `super`
    if (this.unit.ste.scope(superName) != GLOBAL_IMPLICIT) return false;
    if (this.st.top!.scope(superName) != 0) return false;
    if (numArgs == 2) {
      for (let i = 0; i < numArgs; i++) if (call.args[i].kind == A.NodeKind.Starred) return false;
      return true;
    }
    if (numArgs != 0) return false;
    // zero-argument super(): needs a first argument and the __class__ cell
    if (this.unit.meta.argcount == 0 && this.unit.meta.posonlyargcount == 0) return false;
    return this.getRefType("__class__") == FREE;
  }

  loadArgsForSuper(e: A.Call): bool {
    const loc = locOf(e);
    const superName = (<A.Name>e.func).id;
    if (!this.nameop(locOf(e.func), superName, A.Ctx.Load)) return false;
    if (e.args.length == 2) return this.visitExpr(e.args[0]) && this.visitExpr(e.args[1]);
    if (!this.nameop(loc, "__class__", A.Ctx.Load)) return false;
    // the first argument of the enclosing function
    return this.nameop(loc, this.unit.meta.varnames.names[0], A.Ctx.Load);
  }

  // A multi-line attribute access starts at the attribute name.
  updateStartLocationToMatchAttr(loc: Loc, attr: A.Attribute): Loc {
    if (loc.line == attr.endLine) return loc;
    let line = attr.endLine;
    let col = loc.col;
    let endCol = loc.endCol;
    const len = cpLength(attr.attr);
    if (len <= attr.endCol) {
      col = attr.endCol - len;
    } else {
      col = -1;
      endCol = -1;
    }
    const endLine = max(line, loc.endLine);
    if (line == endLine) endCol = max(col, endCol);
    return new Loc(line, endLine, col, endCol);
  }

  // 1 optimised, 0 not applicable, -1 error
  maybeOptimizeMethodCall(e: A.Call): i32 {
    const meth = e.func;
    const args = e.args;
    const kwds = e.keywords;
    if (meth.kind != A.NodeKind.Attribute || (<A.Attribute>meth).ctx != A.Ctx.Load) return 0;
    const attr = <A.Attribute>meth;
    if (this.isImportOriginated(attr.value)) return 0;
    const argsl = args.length;
    const kwdsl = kwds.length;
    if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return 0;
    for (let i = 0; i < argsl; i++) if (args[i].kind == A.NodeKind.Starred) return 0;
    for (let i = 0; i < kwdsl; i++) if (kwds[i].arg === null) return 0;
    let loc = locOf(meth);
    if (this.canOptimizeSuperCall(attr)) {
      if (!this.loadArgsForSuper(<A.Call>attr.value)) return -1;
      const opcode = (<A.Call>attr.value).args.length > 0 ? LOAD_SUPER_METHOD : LOAD_ZERO_SUPER_METHOD;
      this.addopName(opcode, attr.attr, this.unit.meta.names, loc);
      loc = this.updateStartLocationToMatchAttr(loc, attr);
      this.addop(Op.NOP, loc);
    } else {
      if (!this.visitExpr(attr.value)) return -1;
      loc = this.updateStartLocationToMatchAttr(loc, attr);
      this.addopName(LOAD_METHOD, attr.attr, this.unit.meta.names, loc);
    }
    if (!this.visitExprs(args)) return -1;
    if (kwdsl > 0) {
      for (let i = 0; i < kwdsl; i++) if (!this.visitExpr(kwds[i].value)) return -1;
      this.callSimpleKwHelper(loc, kwds, kwdsl);
    }
    loc = this.updateStartLocationToMatchAttr(locOf(e), attr);
    this.addopI(Op.CALL, argsl + kwdsl, loc);
    return 1;
  }

  validateKeywords(keywords: Array<A.Keyword>): bool {
    const n = keywords.length;
    for (let i = 0; i < n; i++) {
      const key = keywords[i];
      if (key.arg === null) continue;
      const loc = locOf4(key.line, key.col, key.endLine, key.endCol);
      if (this.forbiddenName(loc, key.arg!, A.Ctx.Store)) return false;
      for (let j = i + 1; j < n; j++) {
        const other = keywords[j];
        if (other.arg !== null && other.arg! == key.arg!) {
          return this.fail(locOf4(other.line, other.col, other.endLine, other.endCol), "keyword argument repeated: " + key.arg!);
        }
      }
    }
    return true;
  }

  call(e: A.Call): bool {
    if (!this.validateKeywords(e.keywords)) return false;
    const r = this.maybeOptimizeMethodCall(e);
    if (r < 0) return false;
    if (r == 1) return true;
    this.addop(Op.PUSH_NULL, locOf(e.func));
    if (!this.visitExpr(e.func)) return false;
    return this.callHelper(locOf(e), 0, e.args, e.keywords);
  }

  joinedStr(e: A.JoinedStr): bool {
    const loc = locOf(e);
    const n = e.values.length;
    if (n > STACK_USE_GUIDELINE) {
      this.loadConst(makeStr(""), loc);
      this.addopName(LOAD_METHOD, "join", this.unit.meta.names, loc);
      this.addopI(Op.BUILD_LIST, 0, loc);
      for (let i = 0; i < n; i++) {
        if (!this.visitExpr(e.values[i])) return false;
        this.addopI(Op.LIST_APPEND, 1, loc);
      }
      this.addopI(Op.CALL, 1, loc);
    } else {
      if (!this.visitExprs(e.values)) return false;
      if (n != 1) this.addopI(Op.BUILD_STRING, n, loc);
    }
    return true;
  }

  formattedValue(e: A.FormattedValue): bool {
    if (!this.visitExpr(e.value)) return false;
    let oparg = FVC_NONE;
    if (e.conversion == 115) oparg = FVC_STR;
    else if (e.conversion == 114) oparg = FVC_REPR;
    else if (e.conversion == 97) oparg = FVC_ASCII;
    if (e.formatSpec !== null) {
      if (!this.visitExpr(e.formatSpec!)) return false;
      oparg |= FVS_HAVE_SPEC;
    }
    this.addopI(Op.FORMAT_VALUE, oparg, locOf(e));
    return true;
  }

  subkwargs(loc: Loc, keywords: Array<A.Keyword>, begin: i32, end: i32): bool {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) if (!this.visitExpr(keywords[i].value)) return false;
      const keys = new Array<string>();
      for (let i = begin; i < end; i++) keys.push(keywords[i].arg!);
      this.loadConst(makeStrTuple(keys), loc);
      this.addopI(Op.BUILD_CONST_KEY_MAP, n, loc);
      return true;
    }
    if (big) this.addopI(Op.BUILD_MAP, 0, NO_LOCATION);
    for (let i = begin; i < end; i++) {
      this.loadConst(makeStr(keywords[i].arg!), loc);
      if (!this.visitExpr(keywords[i].value)) return false;
      if (big) this.addopI(Op.MAP_ADD, 1, NO_LOCATION);
    }
    if (!big) this.addopI(Op.BUILD_MAP, n, loc);
    return true;
  }

  callSimpleKwHelper(loc: Loc, keywords: Array<A.Keyword>, n: i32): void {
    const names = new Array<string>();
    for (let i = 0; i < n; i++) names.push(keywords[i].arg!);
    const arg = this.addConst(makeStrTuple(names));
    this.addopI(Op.KW_NAMES, arg, loc);
  }

  callHelper(loc: Loc, n: i32, args: Array<A.Node>, keywords: Array<A.Keyword>): bool {
    if (!this.validateKeywords(keywords)) return false;
    const nelts = args.length;
    const nkwelts = keywords.length;
    let exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
    for (let i = 0; !exCall && i < nelts; i++) if (args[i].kind == A.NodeKind.Starred) exCall = true;
    for (let i = 0; !exCall && i < nkwelts; i++) if (keywords[i].arg === null) exCall = true;
    if (!exCall) {
      for (let i = 0; i < nelts; i++) if (!this.visitExpr(args[i])) return false;
      if (nkwelts > 0) {
        for (let i = 0; i < nkwelts; i++) if (!this.visitExpr(keywords[i].value)) return false;
        this.callSimpleKwHelper(loc, keywords, nkwelts);
      }
      this.addopI(Op.CALL, n + nelts + nkwelts, loc);
      return true;
    }
    // positional arguments as one tuple
    if (n == 0 && nelts == 1 && args[0].kind == A.NodeKind.Starred) {
      if (!this.visitExpr((<A.Starred>args[0]).value)) return false;
    } else {
      if (!this.starunpackHelper(loc, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true)) return false;
    }
    // keyword arguments as one dict
    if (nkwelts > 0) {
      let haveDict = false;
      let nseen = 0;
      for (let i = 0; i < nkwelts; i++) {
        const kw = keywords[i];
        if (kw.arg === null) {
          if (nseen > 0) {
            if (!this.subkwargs(loc, keywords, i - nseen, i)) return false;
            if (haveDict) this.addopI(Op.DICT_MERGE, 1, loc);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) {
            this.addopI(Op.BUILD_MAP, 0, loc);
            haveDict = true;
          }
          if (!this.visitExpr(kw.value)) return false;
          this.addopI(Op.DICT_MERGE, 1, loc);
        } else {
          nseen++;
        }
      }
      if (nseen > 0) {
        if (!this.subkwargs(loc, keywords, nkwelts - nseen, nkwelts)) return false;
        if (haveDict) this.addopI(Op.DICT_MERGE, 1, loc);
        haveDict = true;
      }
    }
    this.addopI(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0, loc);
    return true;
  }

  // ---------------------------------------------------------------- comprehensions

  comprehensionGenerator(loc: Loc, generators: Array<A.Comprehension>, genIndex: i32, depth: i32,
    elt: A.Node, val: A.Node | null, type: CompType, iterOnStack: bool): bool {
    if (generators[genIndex].isAsync) {
      return this.asyncComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, iterOnStack);
    }
    return this.syncComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, iterOnStack);
  }

  comprehensionElement(elt: A.Node, val: A.Node | null, type: CompType, depth: i32): Loc | null {
    let eltLoc = locOf(elt);
    switch (type) {
      case CompType.GenExp:
        if (!this.visitExpr(elt)) return null;
        this.addYield(eltLoc);
        this.addop(Op.POP_TOP, eltLoc);
        break;
      case CompType.ListComp:
        if (!this.visitExpr(elt)) return null;
        this.addopI(Op.LIST_APPEND, depth + 1, eltLoc);
        break;
      case CompType.SetComp:
        if (!this.visitExpr(elt)) return null;
        this.addopI(Op.SET_ADD, depth + 1, eltLoc);
        break;
      case CompType.DictComp: {
        // k is evaluated before v, as in {k: v}
        if (!this.visitExpr(elt)) return null;
        if (!this.visitExpr(val!)) return null;
        eltLoc = new Loc(elt.line, val!.endLine, elt.col, val!.endCol);
        this.addopI(Op.MAP_ADD, depth + 1, eltLoc);
        break;
      }
    }
    return eltLoc;
  }

  syncComprehensionGenerator(loc: Loc, generators: Array<A.Comprehension>, genIndex: i32, depth: i32,
    elt: A.Node, val: A.Node | null, type: CompType, iterOnStack: bool): bool {
    let start = this.newLabel();
    const ifCleanup = this.newLabel();
    const anchor = this.newLabel();
    const gen = generators[genIndex];
    if (!iterOnStack) {
      if (genIndex == 0) {
        // the outermost iterator is the implicit argument
        this.unit.meta.argcount = 1;
        this.addopI(Op.LOAD_FAST, 0, loc);
      } else {
        // fast path for the temporary-variable idiom `for y in [f(x)]`
        let elts: Array<A.Node> | null = null;
        if (gen.iter.kind == A.NodeKind.List || gen.iter.kind == A.NodeKind.Tuple) elts = (<A.Sequence>gen.iter).elts;
        if (elts !== null && elts!.length == 1 && elts![0].kind != A.NodeKind.Starred) {
          if (!this.visitExpr(elts![0])) return false;
          start = NO_LABEL;
        }
        if (start != NO_LABEL) {
          if (!this.visitExpr(gen.iter)) return false;
          this.addop(Op.GET_ITER, loc);
        }
      }
    }
    if (start != NO_LABEL) {
      depth++;
      this.useLabel(start);
      this.addopJ(Op.FOR_ITER, anchor, loc);
    }
    if (!this.visitExpr(gen.target)) return false;
    for (let i = 0; i < gen.ifs.length; i++) {
      if (!this.jumpIf(loc, gen.ifs[i], ifCleanup, false)) return false;
    }
    genIndex++;
    if (genIndex < generators.length) {
      if (!this.comprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, false)) return false;
    }
    let eltLoc = locOf(elt);
    if (genIndex >= generators.length) {
      const l = this.comprehensionElement(elt, val, type, depth);
      if (l === null) return false;
      eltLoc = l!;
    }
    this.useLabel(ifCleanup);
    if (start != NO_LABEL) {
      this.addopJ(Op.JUMP, start, eltLoc);
      this.useLabel(anchor);
      this.addop(Op.END_FOR, NO_LOCATION);
    }
    return true;
  }

  asyncComprehensionGenerator(loc: Loc, generators: Array<A.Comprehension>, genIndex: i32, depth: i32,
    elt: A.Node, val: A.Node | null, type: CompType, iterOnStack: bool): bool {
    const start = this.newLabel();
    const except = this.newLabel();
    const ifCleanup = this.newLabel();
    const gen = generators[genIndex];
    if (!iterOnStack) {
      if (genIndex == 0) {
        this.unit.meta.argcount = 1;
        this.addopI(Op.LOAD_FAST, 0, loc);
      } else {
        if (!this.visitExpr(gen.iter)) return false;
        this.addop(Op.GET_AITER, loc);
      }
    }
    this.useLabel(start);
    if (this.pushFBlock(loc, FBlockType.AsyncComprehensionGenerator, start, NO_LABEL) === null) return false;
    this.addopJ(Op.SETUP_FINALLY, except, loc);
    this.addop(Op.GET_ANEXT, loc);
    this.loadNone(loc);
    this.addYieldFrom(loc, true);
    this.addop(Op.POP_BLOCK, loc);
    if (!this.visitExpr(gen.target)) return false;
    for (let i = 0; i < gen.ifs.length; i++) {
      if (!this.jumpIf(loc, gen.ifs[i], ifCleanup, false)) return false;
    }
    depth++;
    genIndex++;
    if (genIndex < generators.length) {
      if (!this.comprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, false)) return false;
    }
    let eltLoc = locOf(elt);
    if (genIndex >= generators.length) {
      const l = this.comprehensionElement(elt, val, type, depth);
      if (l === null) return false;
      eltLoc = l!;
    }
    this.useLabel(ifCleanup);
    this.addopJ(Op.JUMP, start, eltLoc);
    this.popFBlock();
    this.useLabel(except);
    this.addop(Op.END_ASYNC_FOR, loc);
    return true;
  }

  pushInlinedComprehensionState(loc: Loc, entry: SymtableEntry, state: InlinedComprehensionState): bool {
    const u = this.unit;
    const inClassBlock = u.ste.type == BlockType.Class && u.inInlinedComp == 0;
    u.inInlinedComp++;
    const m = u.meta;
    // isolate the names bound in the comprehension from the outer scope (CPython 3.12.1
    // handles only names the comprehension binds; later 3.12 releases widened this)
    const keys = entry.symbols.keys();
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const symbol = entry.symbols.get(k);
      if (((symbol & DEF_LOCAL) != 0 && (symbol & DEF_NONLOCAL) == 0) || inClassBlock) {
        const scope = (symbol >> SCOPE_OFFSET) & SCOPE_MASK;
        const outv = u.ste.symbols.has(k) ? u.ste.symbols.get(k) : 0;
        const outsc = (outv >> SCOPE_OFFSET) & SCOPE_MASK;
        if ((scope != outsc && scope != FREE && !(scope == CELL && outsc == FREE)) || inClassBlock) {
          // the comprehension's view of the name while it is compiled
          if (state.tempSymbols === null) state.tempSymbols = new Map<string, i32>();
          u.ste.symbols.set(k, symbol);
          state.tempSymbols!.set(k, outv);
        }
        if (!u.ste.isFunctionLike()) {
          // module and class scopes use fast locals for the comprehension's names
          const orig = m.fasthidden.has(k) && m.fasthidden.get(k);
          if (!orig) {
            m.fasthidden.set(k, true);
            if (state.fastHidden === null) state.fastHidden = new Array<string>();
            state.fastHidden!.push(k);
          }
        }
        // save the outer value (possibly NULL) on the stack; a cell is saved itself
        if (state.pushedLocals === null) state.pushedLocals = new Array<string>();
        this.addopName(Op.LOAD_FAST_AND_CLEAR, k, m.varnames, loc);
        if (scope == CELL) {
          if (outsc == FREE) this.addopName(Op.MAKE_CELL, k, m.freevars, loc);
          else this.addopName(Op.MAKE_CELL, k, m.cellvars, loc);
        }
        state.pushedLocals!.push(k);
      }
    }
    if (state.pushedLocals !== null) {
      // bring the outermost iterable back to the top
      this.addopI(Op.SWAP, state.pushedLocals!.length + 1, loc);
      // restore the saved names if the comprehension raises
      state.cleanup = this.newLabel();
      state.end = this.newLabel();
      this.addopJ(Op.SETUP_FINALLY, state.cleanup, loc);
    }
    return true;
  }

  restoreInlinedComprehensionLocals(loc: Loc, state: InlinedComprehensionState): void {
    const pushed = state.pushedLocals!;
    const npops = pushed.length;
    this.addopI(Op.SWAP, npops + 1, loc);
    for (let i = npops - 1; i >= 0; i--) {
      this.addopName(Op.STORE_FAST_MAYBE_NULL, pushed[i], this.unit.meta.varnames, loc);
    }
  }

  popInlinedComprehensionState(loc: Loc, state: InlinedComprehensionState): void {
    const u = this.unit;
    u.inInlinedComp--;
    if (state.tempSymbols !== null) {
      const keys = state.tempSymbols!.keys();
      for (let i = 0; i < keys.length; i++) u.ste.symbols.set(keys[i], state.tempSymbols!.get(keys[i]));
    }
    if (state.pushedLocals !== null) {
      this.addop(Op.POP_BLOCK, NO_LOCATION);
      this.addopJ(Op.JUMP, state.end, NO_LOCATION);
      this.useLabel(state.cleanup);
      // drop the incomplete result beneath the exception
      this.addopI(Op.SWAP, 2, NO_LOCATION);
      this.addop(Op.POP_TOP, NO_LOCATION);
      this.restoreInlinedComprehensionLocals(loc, state);
      this.addopI(Op.RERAISE, 0, NO_LOCATION);
      this.useLabel(state.end);
      this.restoreInlinedComprehensionLocals(loc, state);
    }
    if (state.fastHidden !== null) {
      // False, not removed: these names stay CO_FAST_HIDDEN
      const names = state.fastHidden!;
      for (let i = names.length - 1; i >= 0; i--) u.meta.fasthidden.set(names[i], false);
    }
  }

  comprehensionIter(loc: Loc, comp: A.Comprehension): bool {
    if (!this.visitExpr(comp.iter)) return false;
    this.addop(comp.isAsync ? Op.GET_AITER : Op.GET_ITER, loc);
    return true;
  }

  comprehension(e: A.Node, type: CompType, name: string, generators: Array<A.Comprehension>, elt: A.Node, val: A.Node | null): bool {
    const state = new InlinedComprehensionState();
    const scopeType = this.unit.scopeType;
    const entry = this.st.lookup(e);
    if (entry === null) return this.fail(locOf(e), "internal error: unknown comprehension scope");
    const isInlined = entry!.compInlined;
    const isAsyncGenerator = entry!.coroutine;
    const loc = locOf(e);
    const outermost = generators[0];
    if (isInlined) {
      if (!this.comprehensionIter(loc, outermost)) return false;
      if (!this.pushInlinedComprehensionState(loc, entry!, state)) return false;
    } else {
      if (!this.enterScope(name, ScopeType.Comprehension, e, e.line)) return false;
    }
    if (isAsyncGenerator && type != CompType.GenExp && scopeType != ScopeType.AsyncFunction &&
      scopeType != ScopeType.Comprehension) {
      return this.fail(loc, "asynchronous comprehension outside of an asynchronous function");
    }
    if (type != CompType.GenExp) {
      const op = type == CompType.ListComp ? Op.BUILD_LIST : type == CompType.SetComp ? Op.BUILD_SET : Op.BUILD_MAP;
      this.addopI(op, 0, loc);
      if (isInlined) this.addopI(Op.SWAP, 2, loc);
    }
    if (!this.comprehensionGenerator(loc, generators, 0, 0, elt, val, type, isInlined)) return false;
    if (isInlined) {
      this.popInlinedComprehensionState(loc, state);
      return true;
    }
    if (type != CompType.GenExp) this.addop(Op.RETURN_VALUE, locOf(e));
    if (type == CompType.GenExp) this.wrapInStopIterationHandler();
    const co = this.optimizeAndAssemble(true);
    this.exitScope();
    this.makeClosure(loc, co, 0);
    if (!this.comprehensionIter(loc, outermost)) return false;
    this.addopI(Op.CALL, 0, loc);
    if (isAsyncGenerator && type != CompType.GenExp) {
      this.addopI(Op.GET_AWAITABLE, 0, loc);
      this.loadNone(loc);
      this.addYieldFrom(loc, true);
    }
    return true;
  }

  addYield(loc: Loc): void {
    if (this.unit.ste.generator && this.unit.ste.coroutine) {
      this.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP, loc);
    }
    this.addopI(Op.YIELD_VALUE, 0, loc);
    this.addopI(Op.RESUME, 1, loc);
  }

  // ---------------------------------------------------------------- with

  withExceptFinish(cleanup: i32): void {
    const suppress = this.newLabel();
    this.addopJ(Op.POP_JUMP_IF_TRUE, suppress, NO_LOCATION);
    this.addopI(Op.RERAISE, 2, NO_LOCATION);
    this.useLabel(suppress);
    this.addop(Op.POP_TOP, NO_LOCATION);
    this.addop(Op.POP_BLOCK, NO_LOCATION);
    this.addop(Op.POP_EXCEPT, NO_LOCATION);
    this.addop(Op.POP_TOP, NO_LOCATION);
    this.addop(Op.POP_TOP, NO_LOCATION);
    const exit = this.newLabel();
    this.addopJ(Op.JUMP, exit, NO_LOCATION);
    this.useLabel(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.useLabel(exit);
  }

  asyncWith(s: A.With, pos: i32): bool {
    const loc = locOf(s);
    const item = s.items[pos];
    if (this.unit.scopeType != ScopeType.AsyncFunction) {
      return this.fail(loc, "'async with' outside async function");
    }
    const block = this.newLabel();
    const final = this.newLabel();
    const exit = this.newLabel();
    const cleanup = this.newLabel();
    if (!this.visitExpr(item.contextExpr)) return false;
    this.addop(Op.BEFORE_ASYNC_WITH, loc);
    this.addopI(Op.GET_AWAITABLE, 1, loc);
    this.loadNone(loc);
    this.addYieldFrom(loc, true);
    this.addopJ(Op.SETUP_WITH, final, loc);
    this.useLabel(block);
    const fb = this.pushFBlock(loc, FBlockType.AsyncWith, block, final);
    if (fb === null) return false;
    fb!.stmt = s;
    if (item.optionalVars !== null) {
      if (!this.visitExpr(item.optionalVars!)) return false;
    } else {
      this.addop(Op.POP_TOP, loc);
    }
    pos++;
    if (pos == s.items.length) {
      if (!this.visitStmts(s.body)) return false;
    } else {
      if (!this.asyncWith(s, pos)) return false;
    }
    this.popFBlock();
    this.addop(Op.POP_BLOCK, loc);
    this.callExitWithNones(loc);
    this.addopI(Op.GET_AWAITABLE, 2, loc);
    this.loadNone(loc);
    this.addYieldFrom(loc, true);
    this.addop(Op.POP_TOP, loc);
    this.addopJ(Op.JUMP, exit, loc);
    this.useLabel(final);
    this.addopJ(Op.SETUP_CLEANUP, cleanup, loc);
    this.addop(Op.PUSH_EXC_INFO, loc);
    this.addop(Op.WITH_EXCEPT_START, loc);
    this.addopI(Op.GET_AWAITABLE, 2, loc);
    this.loadNone(loc);
    this.addYieldFrom(loc, true);
    this.withExceptFinish(cleanup);
    this.useLabel(exit);
    return true;
  }

  withStmt(s: A.With, pos: i32): bool {
    const item = s.items[pos];
    const block = this.newLabel();
    const final = this.newLabel();
    const exit = this.newLabel();
    const cleanup = this.newLabel();
    if (!this.visitExpr(item.contextExpr)) return false;
    let loc = locOf(s);
    this.addop(Op.BEFORE_WITH, loc);
    this.addopJ(Op.SETUP_WITH, final, loc);
    this.useLabel(block);
    const fb = this.pushFBlock(loc, FBlockType.With, block, final);
    if (fb === null) return false;
    fb!.stmt = s;
    if (item.optionalVars !== null) {
      if (!this.visitExpr(item.optionalVars!)) return false;
    } else {
      this.addop(Op.POP_TOP, loc);
    }
    pos++;
    if (pos == s.items.length) {
      if (!this.visitStmts(s.body)) return false;
    } else {
      if (!this.withStmt(s, pos)) return false;
    }
    this.addop(Op.POP_BLOCK, NO_LOCATION);
    this.popFBlock();
    loc = locOf(s);
    this.callExitWithNones(loc);
    this.addop(Op.POP_TOP, loc);
    this.addopJ(Op.JUMP, exit, loc);
    this.useLabel(final);
    this.addopJ(Op.SETUP_CLEANUP, cleanup, loc);
    this.addop(Op.PUSH_EXC_INFO, loc);
    this.addop(Op.WITH_EXCEPT_START, loc);
    this.withExceptFinish(cleanup);
    this.useLabel(exit);
    return true;
  }

  // ---------------------------------------------------------------- expression dispatch

  visitExpr(e: A.Node): bool {
    const loc = locOf(e);
    switch (e.kind) {
      case A.NodeKind.NamedExpr: {
        const n = <A.NamedExpr>e;
        if (!this.visitExpr(n.value)) return false;
        this.addopI(Op.COPY, 1, loc);
        return this.visitExpr(n.target);
      }
      case A.NodeKind.BoolOp:
        return this.boolop(<A.BoolOpNode>e);
      case A.NodeKind.BinOp: {
        const b = <A.BinOpNode>e;
        if (!this.visitExpr(b.left) || !this.visitExpr(b.right)) return false;
        this.addopI(Op.BINARY_OP, <i32>b.op, loc);
        return true;
      }
      case A.NodeKind.UnaryOp: {
        const u = <A.UnaryOpNode>e;
        if (!this.visitExpr(u.operand)) return false;
        switch (u.op) {
          case UnaryOp.UADD:
            this.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE, loc);
            break;
          case UnaryOp.INVERT:
            this.addop(Op.UNARY_INVERT, loc);
            break;
          case UnaryOp.NOT:
            this.addop(Op.UNARY_NOT, loc);
            break;
          case UnaryOp.USUB:
            this.addop(Op.UNARY_NEGATIVE, loc);
            break;
        }
        return true;
      }
      case A.NodeKind.Lambda:
        return this.lambda(<A.Lambda>e);
      case A.NodeKind.IfExp:
        return this.ifExp(<A.IfExp>e);
      case A.NodeKind.Dict:
        return this.dict(<A.DictNode>e);
      case A.NodeKind.Set:
      case A.NodeKind.List:
      case A.NodeKind.Tuple:
        return this.sequence(<A.Sequence>e);
      case A.NodeKind.GeneratorExp: {
        const c = <A.Comp>e;
        return this.comprehension(e, CompType.GenExp, "<genexpr>", c.generators, c.elt, null);
      }
      case A.NodeKind.ListComp: {
        const c = <A.Comp>e;
        if (c.elt.kind == A.NodeKind.Starred) return this.fail(locOf(c.elt), "iterable unpacking cannot be used in comprehension");
        return this.comprehension(e, CompType.ListComp, "<listcomp>", c.generators, c.elt, null);
      }
      case A.NodeKind.SetComp: {
        const c = <A.Comp>e;
        if (c.elt.kind == A.NodeKind.Starred) return this.fail(locOf(c.elt), "iterable unpacking cannot be used in comprehension");
        return this.comprehension(e, CompType.SetComp, "<setcomp>", c.generators, c.elt, null);
      }
      case A.NodeKind.DictComp: {
        const c = <A.DictComp>e;
        return this.comprehension(e, CompType.DictComp, "<dictcomp>", c.generators, c.key, c.value);
      }
      case A.NodeKind.Yield: {
        if (!this.unit.ste.isFunctionLike()) return this.fail(loc, "'yield' outside function");
        const v = <A.ValueExpr>e;
        if (v.value !== null) {
          if (!this.visitExpr(v.value!)) return false;
        } else {
          this.loadNone(loc);
        }
        this.addYield(loc);
        return true;
      }
      case A.NodeKind.YieldFrom: {
        if (!this.unit.ste.isFunctionLike()) return this.fail(loc, "'yield' outside function");
        if (this.unit.scopeType == ScopeType.AsyncFunction) return this.fail(loc, "'yield from' inside async function");
        if (!this.visitExpr((<A.ValueExpr>e).value!)) return false;
        this.addop(Op.GET_YIELD_FROM_ITER, loc);
        this.loadNone(loc);
        this.addYieldFrom(loc, false);
        return true;
      }
      case A.NodeKind.Await: {
        if (!this.unit.ste.isFunctionLike()) return this.fail(loc, "'await' outside function");
        if (this.unit.scopeType != ScopeType.AsyncFunction && this.unit.scopeType != ScopeType.Comprehension) {
          return this.fail(loc, "'await' outside async function");
        }
        if (!this.visitExpr((<A.ValueExpr>e).value!)) return false;
        this.addopI(Op.GET_AWAITABLE, 0, loc);
        this.loadNone(loc);
        this.addYieldFrom(loc, true);
        return true;
      }
      case A.NodeKind.Compare:
        return this.compare(<A.Compare>e);
      case A.NodeKind.Call:
        return this.call(<A.Call>e);
      case A.NodeKind.Constant:
        this.loadConst(constValueOf(e), loc);
        return true;
      case A.NodeKind.JoinedStr:
        return this.joinedStr(<A.JoinedStr>e);
      case A.NodeKind.FormattedValue:
        return this.formattedValue(<A.FormattedValue>e);
      case A.NodeKind.Attribute:
        return this.attribute(<A.Attribute>e);
      case A.NodeKind.Subscript:
        return this.subscript(<A.Subscript>e);
      case A.NodeKind.Starred:
        if ((<A.Starred>e).ctx == A.Ctx.Store) {
          return this.fail(loc, "starred assignment target must be in a list or tuple");
        }
        return this.fail(loc, "can't use starred expression here");
      case A.NodeKind.Slice: {
        const n = this.slice(<A.Slice>e);
        if (n < 0) return false;
        this.addopI(Op.BUILD_SLICE, n, loc);
        return true;
      }
      case A.NodeKind.Name: {
        const n = <A.Name>e;
        return this.nameop(loc, n.id, n.ctx);
      }
    }
    return true;
  }

  attribute(e: A.Attribute): bool {
    let loc = locOf(e);
    if (e.ctx == A.Ctx.Load && this.canOptimizeSuperCall(e)) {
      if (!this.loadArgsForSuper(<A.Call>e.value)) return false;
      const opcode = (<A.Call>e.value).args.length > 0 ? Op.LOAD_SUPER_ATTR : LOAD_ZERO_SUPER_ATTR;
      this.addopName(opcode, e.attr, this.unit.meta.names, loc);
      loc = this.updateStartLocationToMatchAttr(loc, e);
      this.addop(Op.NOP, loc);
      return true;
    }
    if (!this.visitExpr(e.value)) return false;
    loc = this.updateStartLocationToMatchAttr(locOf(e), e);
    switch (e.ctx) {
      case A.Ctx.Load:
        this.addopName(Op.LOAD_ATTR, e.attr, this.unit.meta.names, loc);
        break;
      case A.Ctx.Store:
        if (this.forbiddenName(loc, e.attr, e.ctx)) return false;
        this.addopName(Op.STORE_ATTR, e.attr, this.unit.meta.names, loc);
        break;
      case A.Ctx.Del:
        this.addopName(Op.DELETE_ATTR, e.attr, this.unit.meta.names, loc);
        break;
    }
    return true;
  }

  subscript(e: A.Subscript): bool {
    const loc = locOf(e);
    const ctx = e.ctx;
    if (!this.visitExpr(e.value)) return false;
    if (isTwoElementSlice(e.slice) && ctx != A.Ctx.Del) {
      if (this.slice(<A.Slice>e.slice) < 0) return false;
      this.addop(ctx == A.Ctx.Load ? Op.BINARY_SLICE : Op.STORE_SLICE, loc);
    } else {
      if (!this.visitExpr(e.slice)) return false;
      this.addop(ctx == A.Ctx.Load ? Op.BINARY_SUBSCR : ctx == A.Ctx.Store ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR, loc);
    }
    return true;
  }

  // Pushes the slice bounds; returns how many values BUILD_SLICE would take, -1 on error.
  slice(s: A.Slice): i32 {
    let n = 2;
    if (s.lower !== null) {
      if (!this.visitExpr(s.lower!)) return -1;
    } else {
      this.loadNone(locOf(s));
    }
    if (s.upper !== null) {
      if (!this.visitExpr(s.upper!)) return -1;
    } else {
      this.loadNone(locOf(s));
    }
    if (s.step !== null) {
      n++;
      if (!this.visitExpr(s.step!)) return -1;
    }
    return n;
  }

  augAssign(s: A.AugAssign): bool {
    const e = s.target;
    let loc = locOf(e);
    switch (e.kind) {
      case A.NodeKind.Attribute: {
        const a = <A.Attribute>e;
        if (!this.visitExpr(a.value)) return false;
        this.addopI(Op.COPY, 1, loc);
        loc = this.updateStartLocationToMatchAttr(loc, a);
        this.addopName(Op.LOAD_ATTR, a.attr, this.unit.meta.names, loc);
        break;
      }
      case A.NodeKind.Subscript: {
        const sub = <A.Subscript>e;
        if (!this.visitExpr(sub.value)) return false;
        if (isTwoElementSlice(sub.slice)) {
          if (this.slice(<A.Slice>sub.slice) < 0) return false;
          this.addopI(Op.COPY, 3, loc);
          this.addopI(Op.COPY, 3, loc);
          this.addopI(Op.COPY, 3, loc);
          this.addop(Op.BINARY_SLICE, loc);
        } else {
          if (!this.visitExpr(sub.slice)) return false;
          this.addopI(Op.COPY, 2, loc);
          this.addopI(Op.COPY, 2, loc);
          this.addop(Op.BINARY_SUBSCR, loc);
        }
        break;
      }
      case A.NodeKind.Name:
        if (!this.nameop(loc, (<A.Name>e).id, A.Ctx.Load)) return false;
        break;
      default:
        return this.fail(loc, "illegal expression for augmented assignment");
    }
    loc = locOf(s);
    if (!this.visitExpr(s.value)) return false;
    this.addopI(Op.BINARY_OP, <i32>s.op + BinOp.INPLACE, loc);
    loc = locOf(e);
    switch (e.kind) {
      case A.NodeKind.Attribute: {
        const a = <A.Attribute>e;
        loc = this.updateStartLocationToMatchAttr(loc, a);
        this.addopI(Op.SWAP, 2, loc);
        this.addopName(Op.STORE_ATTR, a.attr, this.unit.meta.names, loc);
        break;
      }
      case A.NodeKind.Subscript:
        if (isTwoElementSlice((<A.Subscript>e).slice)) {
          this.addopI(Op.SWAP, 4, loc);
          this.addopI(Op.SWAP, 3, loc);
          this.addopI(Op.SWAP, 2, loc);
          this.addop(Op.STORE_SLICE, loc);
        } else {
          this.addopI(Op.SWAP, 3, loc);
          this.addopI(Op.SWAP, 2, loc);
          this.addop(Op.STORE_SUBSCR, loc);
        }
        break;
      default:
        return this.nameop(loc, (<A.Name>e).id, A.Ctx.Store);
    }
    return true;
  }

  checkAnnExpr(e: A.Node): bool {
    if (!this.visitExpr(e)) return false;
    this.addop(Op.POP_TOP, locOf(e));
    return true;
  }

  checkAnnSubscr(e: A.Node): bool {
    switch (e.kind) {
      case A.NodeKind.Slice: {
        const s = <A.Slice>e;
        if (s.lower !== null && !this.checkAnnExpr(s.lower!)) return false;
        if (s.upper !== null && !this.checkAnnExpr(s.upper!)) return false;
        if (s.step !== null && !this.checkAnnExpr(s.step!)) return false;
        return true;
      }
      case A.NodeKind.Tuple: {
        const elts = (<A.Sequence>e).elts;
        for (let i = 0; i < elts.length; i++) if (!this.checkAnnSubscr(elts[i])) return false;
        return true;
      }
    }
    return this.checkAnnExpr(e);
  }

  annAssign(s: A.AnnAssign): bool {
    const loc = locOf(s);
    const targ = s.target;
    const future = (this.futureFlags & CO_FUTURE_ANNOTATIONS) != 0;
    if (s.value !== null) {
      if (!this.visitExpr(s.value!)) return false;
      if (!this.visitExpr(targ)) return false;
    }
    switch (targ.kind) {
      case A.NodeKind.Name: {
        const name = (<A.Name>targ).id;
        if (this.forbiddenName(loc, name, A.Ctx.Store)) return false;
        if (s.simple && (this.unit.scopeType == ScopeType.Module || this.unit.scopeType == ScopeType.Class)) {
          if (future) {
            this.loadConst(makeStr(unparseAnnotation(s.annotation)), locOf(s.annotation));
          } else {
            if (!this.visitExpr(s.annotation)) return false;
          }
          this.addopName(Op.LOAD_NAME, "__annotations__", this.unit.meta.names, loc);
          this.loadConst(makeStr(mangle(this.unit.privateName, name)), loc);
          this.addop(Op.STORE_SUBSCR, loc);
        }
        break;
      }
      case A.NodeKind.Attribute: {
        const a = <A.Attribute>targ;
        if (this.forbiddenName(loc, a.attr, A.Ctx.Store)) return false;
        if (s.value === null && !this.checkAnnExpr(a.value)) return false;
        break;
      }
      case A.NodeKind.Subscript: {
        const sub = <A.Subscript>targ;
        if (s.value === null && (!this.checkAnnExpr(sub.value) || !this.checkAnnSubscr(sub.slice))) return false;
        break;
      }
      default:
        return this.fail(loc, "invalid node type for annotated assignment");
    }
    // the annotation of a complex target is evaluated last (module and class only)
    if (!s.simple && !future) {
      if (this.unit.scopeType == ScopeType.Module || this.unit.scopeType == ScopeType.Class) {
        if (!this.checkAnnExpr(s.annotation)) return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- pattern matching (PEP 634)

  ensureFailPop(pc: PatternContext, n: i32): void {
    const size = n + 1;
    while (pc.failPop.length < size) pc.failPop.push(this.newLabel());
  }

  jumpToFailPop(loc: Loc, pc: PatternContext, op: i32): void {
    const pops = pc.onTop + pc.stores.length;
    this.ensureFailPop(pc, pops);
    this.addopJ(op, pc.failPop[pops], loc);
  }

  emitAndResetFailPop(loc: Loc, pc: PatternContext): void {
    if (pc.failPop.length == 0) return;
    let size = pc.failPop.length;
    while (--size > 0) {
      this.useLabel(pc.failPop[size]);
      this.addop(Op.POP_TOP, loc);
    }
    this.useLabel(pc.failPop[0]);
    pc.failPop = [];
  }

  patternHelperRotate(loc: Loc, count: i32): void {
    while (1 < count) this.addopI(Op.SWAP, count--, loc);
  }

  patternHelperStoreName(loc: Loc, n: string | null, pc: PatternContext): bool {
    if (n === null) {
      this.addop(Op.POP_TOP, loc);
      return true;
    }
    if (this.forbiddenName(loc, n!, A.Ctx.Store)) return false;
    if (pc.stores.includes(n!)) return this.fail(loc, "multiple assignments to name '" + n! + "' in pattern");
    // rotate the value beneath everything that has to stay on top
    const rotations = pc.onTop + pc.stores.length + 1;
    this.patternHelperRotate(loc, rotations);
    pc.stores.push(n!);
    return true;
  }

  patternUnpackHelper(loc: Loc, elts: Array<A.Node>): bool {
    const n = elts.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      const elt = elts[i];
      if (elt.kind == A.NodeKind.MatchStar && !seenStar) {
        if (i >= (1 << 8) || n - i - 1 >= (0x7fffffff >> 8)) {
          return this.fail(loc, "too many expressions in star-unpacking sequence pattern");
        }
        this.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8), loc);
        seenStar = true;
      } else if (elt.kind == A.NodeKind.MatchStar) {
        return this.fail(loc, "multiple starred expressions in sequence pattern");
      }
    }
    if (!seenStar) this.addopI(Op.UNPACK_SEQUENCE, n, loc);
    return true;
  }

  patternHelperSequenceUnpack(loc: Loc, patterns: Array<A.Node>, pc: PatternContext): bool {
    if (!this.patternUnpackHelper(loc, patterns)) return false;
    const size = patterns.length;
    pc.onTop += size;
    for (let i = 0; i < size; i++) {
      pc.onTop--;
      if (!this.patternSubpattern(patterns[i], pc)) return false;
    }
    return true;
  }

  patternHelperSequenceSubscr(loc: Loc, patterns: Array<A.Node>, star: i32, pc: PatternContext): bool {
    pc.onTop++;
    const size = patterns.length;
    for (let i = 0; i < size; i++) {
      const pattern = patterns[i];
      if (isWildcard(pattern)) continue;
      if (i == star) continue;
      this.addopI(Op.COPY, 1, loc);
      if (i < star) {
        this.loadConst(makeInt(i), loc);
      } else {
        // the subject may not support negative indexes
        this.addop(Op.GET_LEN, loc);
        this.loadConst(makeInt(size - i), loc);
        this.addopI(Op.BINARY_OP, BinOp.SUBTRACT, loc);
      }
      this.addop(Op.BINARY_SUBSCR, loc);
      if (!this.patternSubpattern(pattern, pc)) return false;
    }
    pc.onTop--;
    this.addop(Op.POP_TOP, loc);
    return true;
  }

  patternSubpattern(p: A.Node, pc: PatternContext): bool {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    if (!this.pattern(p, pc)) return false;
    pc.allowIrrefutable = allow;
    return true;
  }

  patternAs(p: A.MatchAs, pc: PatternContext): bool {
    const loc = locOf(p);
    if (p.pattern === null) {
      if (!pc.allowIrrefutable) {
        if (p.name !== null) return this.fail(loc, "name capture '" + p.name! + "' makes remaining patterns unreachable");
        return this.fail(loc, "wildcard makes remaining patterns unreachable");
      }
      return this.patternHelperStoreName(loc, p.name, pc);
    }
    pc.onTop++;
    this.addopI(Op.COPY, 1, loc);
    if (!this.pattern(p.pattern!, pc)) return false;
    pc.onTop--;
    return this.patternHelperStoreName(loc, p.name, pc);
  }

  patternClass(p: A.MatchClass, pc: PatternContext): bool {
    const loc = locOf(p);
    const patterns = p.patterns;
    const kwdAttrs = p.kwdAttrs;
    const kwdPatterns = p.kwdPatterns;
    const nargs = patterns.length;
    const nattrs = kwdAttrs.length;
    if (nattrs != kwdPatterns.length) {
      return this.fail(loc, "kwd_attrs (" + nattrs.toString() + ") / kwd_patterns (" + kwdPatterns.length.toString() + ") length mismatch in class pattern");
    }
    for (let i = 0; i < nattrs; i++) {
      const attr = kwdAttrs[i];
      const ploc = locOf(kwdPatterns[i]);
      if (this.forbiddenName(ploc, attr, A.Ctx.Store)) return false;
      for (let j = i + 1; j < nattrs; j++) {
        if (kwdAttrs[j] == attr) return this.fail(locOf(kwdPatterns[j]), "attribute name repeated in class pattern: " + attr);
      }
    }
    if (!this.visitExpr(p.cls)) return false;
    this.loadConst(makeStrTuple(kwdAttrs), loc);
    this.addopI(Op.MATCH_CLASS, nargs, loc);
    this.addopI(Op.COPY, 1, loc);
    this.loadNone(loc);
    this.addopI(Op.IS_OP, 1, loc);
    // TOS: a tuple of nargs + nattrs attributes, or None
    pc.onTop++;
    this.jumpToFailPop(loc, pc, Op.POP_JUMP_IF_FALSE);
    this.addopI(Op.UNPACK_SEQUENCE, nargs + nattrs, loc);
    pc.onTop += nargs + nattrs - 1;
    for (let i = 0; i < nargs + nattrs; i++) {
      pc.onTop--;
      const pattern = i < nargs ? patterns[i] : kwdPatterns[i - nargs];
      if (isWildcard(pattern)) {
        this.addop(Op.POP_TOP, loc);
        continue;
      }
      if (!this.patternSubpattern(pattern, pc)) return false;
    }
    return true;
  }

  patternMapping(p: A.MatchMapping, pc: PatternContext): bool {
    const loc = locOf(p);
    const keys = p.keys;
    const patterns = p.patterns;
    let size = keys.length;
    if (size != patterns.length) {
      return this.fail(loc, "keys (" + size.toString() + ") / patterns (" + patterns.length.toString() + ") length mismatch in mapping pattern");
    }
    const starTarget = p.rest;
    pc.onTop++;
    this.addop(Op.MATCH_MAPPING, loc);
    this.jumpToFailPop(loc, pc, Op.POP_JUMP_IF_FALSE);
    if (size == 0 && starTarget === null) {
      // `{}` matches any mapping
      pc.onTop--;
      this.addop(Op.POP_TOP, loc);
      return true;
    }
    if (size > 0) {
      this.addop(Op.GET_LEN, loc);
      this.loadConst(makeInt(size), loc);
      this.addCompare(loc, CmpOp.GE);
      this.jumpToFailPop(loc, pc, Op.POP_JUMP_IF_FALSE);
    }
    const seen = new Array<ConstValue>();
    for (let i = 0; i < size; i++) {
      const key = keys[i];
      if (key.kind == A.NodeKind.Constant) {
        const v = constValueOf(key);
        for (let j = 0; j < seen.length; j++) {
          if (constEquals(seen[j], v)) {
            return this.fail(loc, "mapping pattern checks duplicate key (" + reprConst(v) + ")");
          }
        }
        seen.push(v);
      } else if (key.kind != A.NodeKind.Attribute) {
        return this.fail(loc, "mapping pattern keys may only match literals and attribute lookups");
      }
      if (!this.visitExpr(key)) return false;
    }
    this.addopI(Op.BUILD_TUPLE, size, loc);
    this.addop(Op.MATCH_KEYS, loc);
    // a tuple of keys and a tuple of values now sit on the subject
    pc.onTop += 2;
    this.addopI(Op.COPY, 1, loc);
    this.loadNone(loc);
    this.addopI(Op.IS_OP, 1, loc);
    this.jumpToFailPop(loc, pc, Op.POP_JUMP_IF_FALSE);
    this.addopI(Op.UNPACK_SEQUENCE, size, loc);
    pc.onTop += size - 1;
    for (let i = 0; i < size; i++) {
      pc.onTop--;
      if (!this.patternSubpattern(patterns[i], pc)) return false;
    }
    pc.onTop -= 2;
    if (starTarget !== null) {
      // rest = dict(subject); del rest[key] for every matched key
      this.addopI(Op.BUILD_MAP, 0, loc);
      this.addopI(Op.SWAP, 3, loc);
      this.addopI(Op.DICT_UPDATE, 2, loc);
      this.addopI(Op.UNPACK_SEQUENCE, size, loc);
      while (size > 0) {
        this.addopI(Op.COPY, 1 + size--, loc);
        this.addopI(Op.SWAP, 2, loc);
        this.addop(Op.DELETE_SUBSCR, loc);
      }
      return this.patternHelperStoreName(loc, starTarget, pc);
    }
    this.addop(Op.POP_TOP, loc);
    this.addop(Op.POP_TOP, loc);
    return true;
  }

  patternOr(p: A.MatchOr, pc: PatternContext): bool {
    const loc = locOf(p);
    const end = this.newLabel();
    const size = p.patterns.length;
    const old = pc.copy();
    const oldStores = pc.stores.slice(0);
    let control: Array<string> | null = null;
    for (let i = 0; i < size; i++) {
      const alt = p.patterns[i];
      pc.stores = new Array<string>();
      // an irrefutable alternative must be the last, if allowed at all
      pc.allowIrrefutable = i == size - 1 && old.allowIrrefutable;
      pc.failPop = [];
      pc.onTop = 0;
      this.addopI(Op.COPY, 1, locOf(alt));
      if (!this.pattern(alt, pc)) return false;
      const nstores = pc.stores.length;
      if (i == 0) {
        control = pc.stores;
      } else if (nstores != control!.length) {
        return this.fail(loc, "alternative patterns bind different names");
      } else if (nstores > 0) {
        // reorder the captures to the control's order
        let icontrol = nstores;
        while (icontrol-- > 0) {
          const name = control![icontrol];
          const istores = pc.stores.indexOf(name);
          if (istores < 0) return this.fail(loc, "alternative patterns bind different names");
          if (icontrol != istores) {
            let rotations = istores + 1;
            const rotated = pc.stores.slice(0, rotations);
            const rest = pc.stores.slice(rotations);
            const at = icontrol - istores;
            pc.stores = rest.slice(0, at).concat(rotated).concat(rest.slice(at));
            while (rotations-- > 0) this.patternHelperRotate(locOf(alt), icontrol + 1);
          }
        }
      }
      this.addopJ(Op.JUMP, end, locOf(alt));
      this.emitAndResetFailPop(locOf(alt), pc);
    }
    pc.stores = oldStores;
    pc.allowIrrefutable = old.allowIrrefutable;
    pc.failPop = old.failPop;
    pc.onTop = old.onTop;
    // no alternative matched: pop the remaining copy of the subject and fail
    this.addop(Op.POP_TOP, loc);
    this.jumpToFailPop(loc, pc, Op.JUMP);
    this.useLabel(end);
    const nstores = control!.length;
    const nrots = nstores + 1 + pc.onTop + pc.stores.length;
    for (let i = 0; i < nstores; i++) {
      this.patternHelperRotate(loc, nrots);
      const name = control![i];
      if (pc.stores.includes(name)) return this.fail(loc, "multiple assignments to name '" + name + "' in pattern");
      pc.stores.push(name);
    }
    this.addop(Op.POP_TOP, loc);
    return true;
  }

  patternSequence(p: A.MatchSequence, pc: PatternContext): bool {
    const loc = locOf(p);
    const patterns = p.patterns;
    const size = patterns.length;
    let star = -1;
    let onlyWildcard = true;
    let starWildcard = false;
    for (let i = 0; i < size; i++) {
      const pattern = patterns[i];
      if (pattern.kind == A.NodeKind.MatchStar) {
        if (star >= 0) return this.fail(loc, "multiple starred names in sequence pattern");
        starWildcard = isStarWildcard(pattern);
        onlyWildcard = onlyWildcard && starWildcard;
        star = i;
        continue;
      }
      onlyWildcard = onlyWildcard && isWildcard(pattern);
    }
    pc.onTop++;
    this.addop(Op.MATCH_SEQUENCE, loc);
    this.jumpToFailPop(loc, pc, Op.POP_JUMP_IF_FALSE);
    if (star < 0) {
      this.addop(Op.GET_LEN, loc);
      this.loadConst(makeInt(size), loc);
      this.addCompare(loc, CmpOp.EQ);
      this.jumpToFailPop(loc, pc, Op.POP_JUMP_IF_FALSE);
    } else if (size > 1) {
      this.addop(Op.GET_LEN, loc);
      this.loadConst(makeInt(size - 1), loc);
      this.addCompare(loc, CmpOp.GE);
      this.jumpToFailPop(loc, pc, Op.POP_JUMP_IF_FALSE);
    }
    pc.onTop--;
    if (onlyWildcard) {
      this.addop(Op.POP_TOP, loc);
    } else if (starWildcard) {
      return this.patternHelperSequenceSubscr(loc, patterns, star, pc);
    } else {
      return this.patternHelperSequenceUnpack(loc, patterns, pc);
    }
    return true;
  }

  patternValue(p: A.MatchValue, pc: PatternContext): bool {
    const loc = locOf(p);
    const value = p.value;
    if (value.kind != A.NodeKind.Constant && value.kind != A.NodeKind.Attribute) {
      return this.fail(loc, "patterns may only match literals and attribute lookups");
    }
    if (!this.visitExpr(value)) return false;
    this.addCompare(loc, CmpOp.EQ);
    this.jumpToFailPop(loc, pc, Op.POP_JUMP_IF_FALSE);
    return true;
  }

  patternSingleton(p: A.MatchSingleton, pc: PatternContext): bool {
    const loc = locOf(p);
    const v = p.value == A.ConstKind.None ? makeNone() : makeBool(p.value == A.ConstKind.True);
    this.loadConst(v, loc);
    this.addCompare(loc, CmpOp.IS);
    this.jumpToFailPop(loc, pc, Op.POP_JUMP_IF_FALSE);
    return true;
  }

  pattern(p: A.Node, pc: PatternContext): bool {
    switch (p.kind) {
      case A.NodeKind.MatchValue:
        return this.patternValue(<A.MatchValue>p, pc);
      case A.NodeKind.MatchSingleton:
        return this.patternSingleton(<A.MatchSingleton>p, pc);
      case A.NodeKind.MatchSequence:
        return this.patternSequence(<A.MatchSequence>p, pc);
      case A.NodeKind.MatchMapping:
        return this.patternMapping(<A.MatchMapping>p, pc);
      case A.NodeKind.MatchClass:
        return this.patternClass(<A.MatchClass>p, pc);
      case A.NodeKind.MatchStar:
        return this.patternHelperStoreName(locOf(p), (<A.MatchStar>p).name, pc);
      case A.NodeKind.MatchAs:
        return this.patternAs(<A.MatchAs>p, pc);
      case A.NodeKind.MatchOr:
        return this.patternOr(<A.MatchOr>p, pc);
    }
    return this.fail(locOf(p), "invalid match pattern node in AST");
  }

  match(s: A.Match): bool {
    const pc = new PatternContext();
    if (!this.visitExpr(s.subject)) return false;
    const end = this.newLabel();
    const cases = s.cases.length;
    let m = s.cases[cases - 1];
    const hasDefault = isWildcard(m.pattern) && 1 < cases;
    const nd = hasDefault ? 1 : 0;
    for (let i = 0; i < cases - nd; i++) {
      m = s.cases[i];
      const ploc = locOf(m.pattern);
      // copy the subject unless this is the last case
      if (i != cases - nd - 1) this.addopI(Op.COPY, 1, ploc);
      pc.stores = new Array<string>();
      // irrefutable cases must be guarded, last, or both
      pc.allowIrrefutable = m.guard !== null || i == cases - 1;
      pc.failPop = [];
      pc.onTop = 0;
      if (!this.pattern(m.pattern, pc)) return false;
      // a match: store the captured names (they are on the stack)
      for (let n = 0; n < pc.stores.length; n++) {
        if (!this.nameop(ploc, pc.stores[n], A.Ctx.Store)) return false;
      }
      if (m.guard !== null) {
        this.ensureFailPop(pc, 0);
        if (!this.jumpIf(ploc, m.guard!, pc.failPop[0], false)) return false;
      }
      if (i != cases - nd - 1) this.addop(Op.POP_TOP, ploc);
      if (!this.visitStmts(m.body)) return false;
      this.addopJ(Op.JUMP, end, NO_LOCATION);
      // a failed pattern's cleanup belongs to the pattern's line
      this.emitAndResetFailPop(ploc, pc);
    }
    if (hasDefault) {
      m = s.cases[cases - 1];
      const ploc = locOf(m.pattern);
      if (cases == 1) {
        this.addop(Op.POP_TOP, ploc);
      } else {
        // line coverage for the default case
        this.addop(Op.NOP, ploc);
      }
      if (m.guard !== null) {
        if (!this.jumpIf(ploc, m.guard!, end, false)) return false;
      }
      if (!this.visitStmts(m.body)) return false;
    }
    this.useLabel(end);
    return true;
  }
}

// ---------------------------------------------------------------- helpers

function isTwoElementSlice(s: A.Node): bool {
  return s.kind == A.NodeKind.Slice && (<A.Slice>s).step === null;
}

function areAllItemsConst(seq: Array<A.Node>, begin: i32, end: i32): bool {
  for (let i = begin; i < end; i++) if (seq[i].kind != A.NodeKind.Constant) return false;
  return true;
}

function areAllItemsConstOrNull(seq: Array<A.Node | null>, begin: i32, end: i32): bool {
  for (let i = begin; i < end; i++) {
    const k = seq[i];
    if (k === null || k.kind != A.NodeKind.Constant) return false;
  }
  return true;
}



// find_ann: does a block contain a variable annotation (outside nested scopes)?
export function findAnn(stmts: Array<A.Node>): bool {
  for (let i = 0; i < stmts.length; i++) {
    const st = stmts[i];
    let res = false;
    switch (st.kind) {
      case A.NodeKind.AnnAssign:
        return true;
      case A.NodeKind.For: {
        const f = <A.For>st;
        res = findAnn(f.body) || findAnn(f.orelse);
        break;
      }
      case A.NodeKind.While: {
        const w = <A.While>st;
        res = findAnn(w.body) || findAnn(w.orelse);
        break;
      }
      case A.NodeKind.If: {
        const f = <A.If>st;
        res = findAnn(f.body) || findAnn(f.orelse);
        break;
      }
      case A.NodeKind.With:
        res = findAnn((<A.With>st).body);
        break;
      case A.NodeKind.Try:
      case A.NodeKind.TryStar: {
        const t = <A.Try>st;
        for (let j = 0; j < t.handlers.length; j++) if (findAnn(t.handlers[j].body)) return true;
        res = findAnn(t.body) || findAnn(t.finalbody) || findAnn(t.orelse);
        break;
      }
      case A.NodeKind.Match: {
        const m = <A.Match>st;
        for (let j = 0; j < m.cases.length; j++) if (findAnn(m.cases[j].body)) return true;
        break;
      }
    }
    if (res) return true;
  }
  return false;
}
