// The symbol table: which names of each scope are local, cell, free, global (explicit or
// implicit), as CPython 3.12's Python/symtable.c. Two passes:
//   1. visit the AST, recording per scope the raw facts about every name (flags DEF_*, USE),
//      the scope's parameters in order, its child scopes and its global/nonlocal directives;
//   2. analyze(): resolve scopes top-down with the sets of names bound in enclosing function
//      scopes, mark cells, propagate free names up and inline comprehensions (PEP 709).
// Symbol maps keep insertion order (AssemblyScript Map does), which CPython's code generator
// relies on in a few places (inlined comprehension temporaries). PEP 695 type parameters
// are not part of our AST, so their block kinds are absent.
// Errors stop the build: the first one is kept in `error` (CPython raises it).
import * as A from "../parser/ast";

export const DEF_GLOBAL: i32 = 1;
export const DEF_LOCAL: i32 = 2;
export const DEF_PARAM: i32 = 4;
export const DEF_NONLOCAL: i32 = 8;
export const USE: i32 = 16;
export const DEF_FREE: i32 = 32;
export const DEF_FREE_CLASS: i32 = 64;
export const DEF_IMPORT: i32 = 128;
export const DEF_ANNOT: i32 = 256;
export const DEF_COMP_ITER: i32 = 512;
export const DEF_COMP_CELL: i32 = 2048;
export const DEF_BOUND: i32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const SCOPE_OFFSET: i32 = 12;
export const SCOPE_MASK: i32 = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

export const LOCAL: i32 = 1;
export const GLOBAL_EXPLICIT: i32 = 2;
export const GLOBAL_IMPLICIT: i32 = 3;
export const FREE: i32 = 4;
export const CELL: i32 = 5;

export const enum BlockType {
  Function,
  Class,
  Module,
  // `from __future__ import annotations`: annotations are never evaluated
  Annotation,
}

export const enum CompKind {
  None = 0,
  List = 1,
  Dict = 2,
  Set = 3,
  Generator = 4,
}

export class CompileErrorInfo {
  constructor(
    public msg: string,
    public line: i32,
    public offset: i32, // 1-based column, as SyntaxError.offset
    public endLine: i32,
    public endOffset: i32,
  ) {}
}

class Directive {
  constructor(
    public name: string,
    public line: i32,
    public col: i32,
    public endLine: i32,
    public endCol: i32,
  ) {}
}

export class SymtableEntry {
  symbols: Map<string, i32> = new Map<string, i32>();
  varnames: Array<string> = [];
  children: Array<SymtableEntry> = [];
  directives: Array<Directive> = [];
  nested: bool = false;
  free: bool = false;
  childFree: bool = false;
  generator: bool = false;
  coroutine: bool = false;
  comprehension: CompKind = CompKind.None;
  varargs: bool = false;
  varkeywords: bool = false;
  returnsValue: bool = false;
  needsClassClosure: bool = false;
  needsClassdict: bool = false;
  compInlined: bool = false;
  compIterTarget: bool = false;
  canSeeClassScope: bool = false;
  compIterExpr: i32 = 0;

  constructor(
    public name: string,
    public type: BlockType,
    public line: i32,
    public col: i32,
    public endLine: i32,
    public endCol: i32,
  ) {}

  isFunctionLike(): bool {
    return this.type == BlockType.Function;
  }

  symbol(name: string): i32 {
    return this.symbols.has(name) ? this.symbols.get(name) : 0;
  }

  scope(name: string): i32 {
    return (this.symbol(name) >> SCOPE_OFFSET) & SCOPE_MASK;
  }
}

// _Py_Mangle: __private names inside a class become _Class__private.
export function mangle(privateName: string | null, ident: string): string {
  if (privateName === null) return ident;
  const n = ident.length;
  if (n < 2 || ident.charCodeAt(0) != 95 || ident.charCodeAt(1) != 95) return ident;
  if (n >= 2 && ident.charCodeAt(n - 1) == 95 && ident.charCodeAt(n - 2) == 95) return ident;
  if (ident.indexOf(".") >= 0) return ident;
  const p = privateName!;
  let i = 0;
  while (i < p.length && p.charCodeAt(i) == 95) i++;
  if (i == p.length) return ident;
  return "_" + p.substring(i) + ident;
}

function unionInto(dst: Set<string>, src: Set<string>): void {
  const vals = src.values();
  for (let i = 0; i < vals.length; i++) dst.add(vals[i]);
}

function copySet(src: Set<string>): Set<string> {
  const s = new Set<string>();
  unionInto(s, src);
  return s;
}

export class Symtable {
  blocks: Map<A.Node, SymtableEntry> = new Map<A.Node, SymtableEntry>();
  stack: Array<SymtableEntry> = [];
  cur: SymtableEntry | null = null;
  top: SymtableEntry | null = null;
  global: Map<string, i32> = new Map<string, i32>();
  privateName: string | null = null;
  error: CompileErrorInfo | null = null;

  constructor(public futureAnnotations: bool) {}

  lookup(key: A.Node): SymtableEntry | null {
    return this.blocks.has(key) ? this.blocks.get(key) : null;
  }

  private fail(msg: string, line: i32, col: i32, endLine: i32, endCol: i32): bool {
    if (this.error === null) this.error = new CompileErrorInfo(msg, line, col + 1, endLine, endCol + 1);
    return false;
  }

  private failAt(msg: string, n: A.Node): bool {
    return this.fail(msg, n.line, n.col, n.endLine, n.endCol);
  }

  // ---------------------------------------------------------------- pass 1

  build(mod: A.Node): bool {
    if (!this.enterBlock("top", BlockType.Module, mod, 0, 0, 0, 0)) return false;
    this.top = this.cur;
    let ok = true;
    if (mod.kind == A.NodeKind.Expression) {
      ok = this.visitExpr((<A.ExpressionNode>mod).body);
    } else {
      const body = (<A.ModuleNode>mod).body;
      for (let i = 0; ok && i < body.length; i++) ok = this.visitStmt(body[i]);
    }
    this.exitBlock();
    if (!ok) return false;
    return this.analyze();
  }

  private enterBlock(name: string, type: BlockType, key: A.Node, line: i32, col: i32, endLine: i32, endCol: i32): bool {
    const ste = new SymtableEntry(name, type, line, col, endLine, endCol);
    const prev = this.cur;
    if (prev !== null && (prev.nested || prev.isFunctionLike())) ste.nested = true;
    this.blocks.set(key, ste);
    this.stack.push(ste);
    // bpo-37757: assignment expressions stay forbidden anywhere in an outermost iterable
    if (prev !== null) ste.compIterExpr = prev.compIterExpr;
    this.cur = ste;
    if (type == BlockType.Annotation) return true;
    if (type == BlockType.Module) this.global = ste.symbols;
    if (prev !== null) prev.children.push(ste);
    return true;
  }

  private exitBlock(): void {
    this.stack.pop();
    this.cur = this.stack.length > 0 ? this.stack[this.stack.length - 1] : null;
  }

  private addDefHelper(name: string, flag: i32, ste: SymtableEntry, line: i32, col: i32, endLine: i32, endCol: i32): bool {
    const mangled = mangle(this.privateName, name);
    const dict = ste.symbols;
    let val: i32;
    if (dict.has(mangled)) {
      val = dict.get(mangled);
      if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
        return this.fail("duplicate argument '" + name + "' in function definition", line, col, endLine, endCol);
      }
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
        return this.fail("comprehension inner loop cannot rebind assignment expression target '" + name + "'", line, col, endLine, endCol);
      }
      val |= DEF_COMP_ITER;
    }
    dict.set(mangled, val);
    if ((flag & DEF_PARAM) != 0) {
      ste.varnames.push(mangled);
    } else if ((flag & DEF_GLOBAL) != 0) {
      let g = flag;
      if (this.global.has(mangled)) g |= this.global.get(mangled);
      this.global.set(mangled, g);
    }
    return true;
  }

  private addDef(name: string, flag: i32, line: i32, col: i32, endLine: i32, endCol: i32): bool {
    return this.addDefHelper(name, flag, this.cur!, line, col, endLine, endCol);
  }

  private addDefAt(name: string, flag: i32, n: A.Node): bool {
    return this.addDef(name, flag, n.line, n.col, n.endLine, n.endCol);
  }

  private lookupName(ste: SymtableEntry, name: string): i32 {
    return ste.symbol(mangle(this.privateName, name));
  }

  private recordDirective(name: string, line: i32, col: i32, endLine: i32, endCol: i32): void {
    this.cur!.directives.push(new Directive(mangle(this.privateName, name), line, col, endLine, endCol));
  }

  private visitStmts(list: Array<A.Node>): bool {
    for (let i = 0; i < list.length; i++) if (!this.visitStmt(list[i])) return false;
    return true;
  }

  private visitExprs(list: Array<A.Node>): bool {
    for (let i = 0; i < list.length; i++) if (!this.visitExpr(list[i])) return false;
    return true;
  }

  private visitOptExprs(list: Array<A.Node | null>): bool {
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      if (e !== null && !this.visitExpr(e)) return false;
    }
    return true;
  }

  private visitStmt(s: A.Node): bool {
    switch (s.kind) {
      case A.NodeKind.FunctionDef: {
        const f = <A.FunctionDef>s;
        if (!this.addDefAt(f.name, DEF_LOCAL, s)) return false;
        if (!this.visitExprs(f.args.defaults)) return false;
        if (!this.visitOptExprs(f.args.kwDefaults)) return false;
        if (!this.visitExprs(f.decorators)) return false;
        if (!this.visitAnnotations(s, f.args, f.returns)) return false;
        this.enterBlock(f.name, BlockType.Function, s, s.line, s.col, s.endLine, s.endCol);
        if (f.isAsync) this.cur!.coroutine = true;
        if (!this.visitArguments(f.args)) return false;
        if (!this.visitStmts(f.body)) return false;
        this.exitBlock();
        return true;
      }
      case A.NodeKind.ClassDef: {
        const c = <A.ClassDef>s;
        if (!this.addDefAt(c.name, DEF_LOCAL, s)) return false;
        if (!this.visitExprs(c.decorators)) return false;
        const saved = this.privateName;
        if (!this.visitExprs(c.bases)) return false;
        for (let i = 0; i < c.keywords.length; i++) if (!this.visitExpr(c.keywords[i].value)) return false;
        this.enterBlock(c.name, BlockType.Class, s, s.line, s.col, s.endLine, s.endCol);
        this.privateName = c.name;
        if (!this.visitStmts(c.body)) return false;
        this.exitBlock();
        this.privateName = saved;
        return true;
      }
      case A.NodeKind.Return: {
        const r = <A.Return>s;
        if (r.value !== null) {
          if (!this.visitExpr(r.value!)) return false;
          this.cur!.returnsValue = true;
        }
        return true;
      }
      case A.NodeKind.Delete:
        return this.visitExprs((<A.Delete>s).targets);
      case A.NodeKind.Assign: {
        const a = <A.Assign>s;
        return this.visitExprs(a.targets) && this.visitExpr(a.value);
      }
      case A.NodeKind.AnnAssign: {
        const a = <A.AnnAssign>s;
        if (a.target.kind == A.NodeKind.Name) {
          const name = (<A.Name>a.target).id;
          const cur = this.lookupName(this.cur!, name);
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && this.cur!.symbols != this.global && a.simple) {
            const msg = (cur & DEF_GLOBAL) != 0
              ? "annotated name '" + name + "' can't be global"
              : "annotated name '" + name + "' can't be nonlocal";
            return this.failAt(msg, s);
          }
          if (a.simple) {
            if (!this.addDefAt(name, DEF_ANNOT | DEF_LOCAL, a.target)) return false;
          } else if (a.value !== null) {
            if (!this.addDefAt(name, DEF_LOCAL, a.target)) return false;
          }
        } else {
          if (!this.visitExpr(a.target)) return false;
        }
        if (!this.visitAnnotation(a.annotation)) return false;
        if (a.value !== null && !this.visitExpr(a.value!)) return false;
        return true;
      }
      case A.NodeKind.AugAssign: {
        const a = <A.AugAssign>s;
        return this.visitExpr(a.target) && this.visitExpr(a.value);
      }
      case A.NodeKind.For: {
        const f = <A.For>s;
        return this.visitExpr(f.target) && this.visitExpr(f.iter) && this.visitStmts(f.body) && this.visitStmts(f.orelse);
      }
      case A.NodeKind.While: {
        const w = <A.While>s;
        return this.visitExpr(w.test) && this.visitStmts(w.body) && this.visitStmts(w.orelse);
      }
      case A.NodeKind.If: {
        const i = <A.If>s;
        return this.visitExpr(i.test) && this.visitStmts(i.body) && this.visitStmts(i.orelse);
      }
      case A.NodeKind.Match: {
        const m = <A.Match>s;
        if (!this.visitExpr(m.subject)) return false;
        for (let i = 0; i < m.cases.length; i++) {
          const c = m.cases[i];
          if (!this.visitPattern(c.pattern)) return false;
          if (c.guard !== null && !this.visitExpr(c.guard!)) return false;
          if (!this.visitStmts(c.body)) return false;
        }
        return true;
      }
      case A.NodeKind.Raise: {
        const r = <A.Raise>s;
        if (r.exc !== null) {
          if (!this.visitExpr(r.exc!)) return false;
          if (r.cause !== null && !this.visitExpr(r.cause!)) return false;
        }
        return true;
      }
      case A.NodeKind.Try:
      case A.NodeKind.TryStar: {
        const t = <A.Try>s;
        if (!this.visitStmts(t.body)) return false;
        if (!this.visitStmts(t.orelse)) return false;
        for (let i = 0; i < t.handlers.length; i++) {
          const h = t.handlers[i];
          if (h.type !== null && !this.visitExpr(h.type!)) return false;
          if (h.name !== null && !this.addDef(h.name!, DEF_LOCAL, h.line, h.col, h.endLine, h.endCol)) return false;
          if (!this.visitStmts(h.body)) return false;
        }
        return this.visitStmts(t.finalbody);
      }
      case A.NodeKind.Assert: {
        const a = <A.Assert>s;
        if (!this.visitExpr(a.test)) return false;
        return a.msg === null || this.visitExpr(a.msg!);
      }
      case A.NodeKind.Import:
      case A.NodeKind.ImportFrom: {
        const names = s.kind == A.NodeKind.Import ? (<A.Import>s).names : (<A.ImportFrom>s).names;
        for (let i = 0; i < names.length; i++) if (!this.visitAlias(names[i])) return false;
        return true;
      }
      case A.NodeKind.Global:
      case A.NodeKind.Nonlocal: {
        const isGlobal = s.kind == A.NodeKind.Global;
        const names = (<A.NameList>s).names;
        for (let i = 0; i < names.length; i++) {
          const name = names[i];
          const cur = this.lookupName(this.cur!, name);
          if ((cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
            let msg: string;
            const kindWord = isGlobal ? "global" : "nonlocal";
            if ((cur & DEF_PARAM) != 0) msg = "name '" + name + "' is parameter and " + kindWord;
            else if ((cur & USE) != 0) msg = "name '" + name + "' is used prior to " + kindWord + " declaration";
            else if ((cur & DEF_ANNOT) != 0) msg = "annotated name '" + name + "' can't be " + kindWord;
            else msg = "name '" + name + "' is assigned to before " + kindWord + " declaration";
            return this.failAt(msg, s);
          }
          if (!this.addDefAt(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s)) return false;
          this.recordDirective(name, s.line, s.col, s.endLine, s.endCol);
        }
        return true;
      }
      case A.NodeKind.ExprStmt:
        return this.visitExpr((<A.ExprStmt>s).value);
      case A.NodeKind.With: {
        const w = <A.With>s;
        for (let i = 0; i < w.items.length; i++) {
          const it = w.items[i];
          if (!this.visitExpr(it.contextExpr)) return false;
          if (it.optionalVars !== null && !this.visitExpr(it.optionalVars!)) return false;
        }
        return this.visitStmts(w.body);
      }
      default:
        return true;
    }
  }

  private extendNamedExprScope(e: A.Name): bool {
    const name = e.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension != CompKind.None) {
        const t = this.lookupName(ste, name);
        if ((t & DEF_COMP_ITER) != 0 && (t & DEF_LOCAL) != 0) {
          return this.failAt("assignment expression cannot rebind comprehension iteration variable '" + name + "'", e);
        }
        continue;
      }
      if (ste.type == BlockType.Function) {
        const t = this.lookupName(ste, name);
        if ((t & DEF_GLOBAL) != 0) {
          if (!this.addDefAt(name, DEF_GLOBAL, e)) return false;
        } else {
          if (!this.addDefAt(name, DEF_NONLOCAL, e)) return false;
        }
        this.recordDirective(name, e.line, e.col, e.endLine, e.endCol);
        return this.addDefHelper(name, DEF_LOCAL, ste, e.line, e.col, e.endLine, e.endCol);
      }
      if (ste.type == BlockType.Module) {
        if (!this.addDefAt(name, DEF_GLOBAL, e)) return false;
        this.recordDirective(name, e.line, e.col, e.endLine, e.endCol);
        return this.addDefHelper(name, DEF_GLOBAL, ste, e.line, e.col, e.endLine, e.endCol);
      }
      if (ste.type == BlockType.Class) {
        return this.failAt("assignment expression within a comprehension cannot be used in a class body", e);
      }
    }
    return false;
  }

  private raiseIfAnnotationBlock(what: string, e: A.Node): bool {
    if (this.cur!.type == BlockType.Annotation) return this.failAt(what + " cannot be used within an annotation", e);
    return true;
  }

  private visitExpr(e: A.Node): bool {
    switch (e.kind) {
      case A.NodeKind.NamedExpr: {
        if (!this.raiseIfAnnotationBlock("named expression", e)) return false;
        const n = <A.NamedExpr>e;
        if (this.cur!.compIterExpr > 0) {
          return this.failAt("assignment expression cannot be used in a comprehension iterable expression", e);
        }
        if (this.cur!.comprehension != CompKind.None) {
          if (!this.extendNamedExprScope(<A.Name>n.target)) return false;
        }
        return this.visitExpr(n.value) && this.visitExpr(n.target);
      }
      case A.NodeKind.BoolOp:
        return this.visitExprs((<A.BoolOpNode>e).values);
      case A.NodeKind.BinOp: {
        const b = <A.BinOpNode>e;
        return this.visitExpr(b.left) && this.visitExpr(b.right);
      }
      case A.NodeKind.UnaryOp:
        return this.visitExpr((<A.UnaryOpNode>e).operand);
      case A.NodeKind.Lambda: {
        const l = <A.Lambda>e;
        if (!this.visitExprs(l.args.defaults)) return false;
        if (!this.visitOptExprs(l.args.kwDefaults)) return false;
        this.enterBlock("lambda", BlockType.Function, e, e.line, e.col, e.endLine, e.endCol);
        if (!this.visitArguments(l.args)) return false;
        if (!this.visitExpr(l.body)) return false;
        this.exitBlock();
        return true;
      }
      case A.NodeKind.IfExp: {
        const i = <A.IfExp>e;
        return this.visitExpr(i.test) && this.visitExpr(i.body) && this.visitExpr(i.orelse);
      }
      case A.NodeKind.Dict: {
        const d = <A.DictNode>e;
        return this.visitOptExprs(d.keys) && this.visitExprs(d.values);
      }
      case A.NodeKind.Set:
        return this.visitExprs((<A.Sequence>e).elts);
      case A.NodeKind.GeneratorExp:
      case A.NodeKind.ListComp:
      case A.NodeKind.SetComp: {
        const c = <A.Comp>e;
        const name = e.kind == A.NodeKind.GeneratorExp ? "genexpr" : e.kind == A.NodeKind.ListComp ? "listcomp" : "setcomp";
        return this.handleComprehension(e, name, c.generators, c.elt, null);
      }
      case A.NodeKind.DictComp: {
        const c = <A.DictComp>e;
        return this.handleComprehension(e, "dictcomp", c.generators, c.key, c.value);
      }
      case A.NodeKind.Yield:
      case A.NodeKind.YieldFrom: {
        if (!this.raiseIfAnnotationBlock("yield expression", e)) return false;
        const v = <A.ValueExpr>e;
        if (v.value !== null && !this.visitExpr(v.value!)) return false;
        this.cur!.generator = true;
        if (this.cur!.comprehension != CompKind.None) return this.raiseComprehensionYield(e);
        return true;
      }
      case A.NodeKind.Await: {
        if (!this.raiseIfAnnotationBlock("await expression", e)) return false;
        const v = <A.ValueExpr>e;
        if (!this.visitExpr(v.value!)) return false;
        this.cur!.coroutine = true;
        return true;
      }
      case A.NodeKind.Compare: {
        const c = <A.Compare>e;
        return this.visitExpr(c.left) && this.visitExprs(c.comparators);
      }
      case A.NodeKind.Call: {
        const c = <A.Call>e;
        if (!this.visitExpr(c.func) || !this.visitExprs(c.args)) return false;
        for (let i = 0; i < c.keywords.length; i++) if (!this.visitExpr(c.keywords[i].value)) return false;
        return true;
      }
      case A.NodeKind.FormattedValue: {
        const f = <A.FormattedValue>e;
        if (!this.visitExpr(f.value)) return false;
        return f.formatSpec === null || this.visitExpr(f.formatSpec!);
      }
      case A.NodeKind.JoinedStr:
        return this.visitExprs((<A.JoinedStr>e).values);
      case A.NodeKind.Attribute:
        return this.visitExpr((<A.Attribute>e).value);
      case A.NodeKind.Subscript: {
        const s = <A.Subscript>e;
        return this.visitExpr(s.value) && this.visitExpr(s.slice);
      }
      case A.NodeKind.Starred:
        return this.visitExpr((<A.Starred>e).value);
      case A.NodeKind.Slice: {
        const s = <A.Slice>e;
        if (s.lower !== null && !this.visitExpr(s.lower!)) return false;
        if (s.upper !== null && !this.visitExpr(s.upper!)) return false;
        if (s.step !== null && !this.visitExpr(s.step!)) return false;
        return true;
      }
      case A.NodeKind.Name: {
        const n = <A.Name>e;
        if (!this.addDefAt(n.id, n.ctx == A.Ctx.Load ? USE : DEF_LOCAL, e)) return false;
        // super() is a use of __class__
        if (n.ctx == A.Ctx.Load && this.cur!.isFunctionLike() && n.id == "super") {
          if (!this.addDefAt("__class__", USE, e)) return false;
        }
        return true;
      }
      case A.NodeKind.List:
      case A.NodeKind.Tuple:
        return this.visitExprs((<A.Sequence>e).elts);
      default:
        return true;
    }
  }

  private raiseComprehensionYield(e: A.Node): bool {
    const k = this.cur!.comprehension;
    const msg = k == CompKind.List ? "'yield' inside list comprehension"
      : k == CompKind.Set ? "'yield' inside set comprehension"
      : k == CompKind.Dict ? "'yield' inside dict comprehension"
      : "'yield' inside generator expression";
    return this.failAt(msg, e);
  }

  private visitPattern(p: A.Node): bool {
    switch (p.kind) {
      case A.NodeKind.MatchValue:
        return this.visitExpr((<A.MatchValue>p).value);
      case A.NodeKind.MatchSequence: {
        const m = <A.MatchSequence>p;
        for (let i = 0; i < m.patterns.length; i++) if (!this.visitPattern(m.patterns[i])) return false;
        return true;
      }
      case A.NodeKind.MatchStar: {
        const m = <A.MatchStar>p;
        if (m.name !== null) this.addDefAt(m.name!, DEF_LOCAL, p);
        return true;
      }
      case A.NodeKind.MatchMapping: {
        const m = <A.MatchMapping>p;
        if (!this.visitExprs(m.keys)) return false;
        for (let i = 0; i < m.patterns.length; i++) if (!this.visitPattern(m.patterns[i])) return false;
        if (m.rest !== null) this.addDefAt(m.rest!, DEF_LOCAL, p);
        return true;
      }
      case A.NodeKind.MatchClass: {
        const m = <A.MatchClass>p;
        if (!this.visitExpr(m.cls)) return false;
        for (let i = 0; i < m.patterns.length; i++) if (!this.visitPattern(m.patterns[i])) return false;
        for (let i = 0; i < m.kwdPatterns.length; i++) if (!this.visitPattern(m.kwdPatterns[i])) return false;
        return true;
      }
      case A.NodeKind.MatchAs: {
        const m = <A.MatchAs>p;
        if (m.pattern !== null && !this.visitPattern(m.pattern!)) return false;
        if (m.name !== null) this.addDefAt(m.name!, DEF_LOCAL, p);
        return true;
      }
      case A.NodeKind.MatchOr: {
        const m = <A.MatchOr>p;
        for (let i = 0; i < m.patterns.length; i++) if (!this.visitPattern(m.patterns[i])) return false;
        return true;
      }
      default:
        return true;
    }
  }

  private visitParams(args: Array<A.Arg>): bool {
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (!this.addDef(a.name, DEF_PARAM, a.line, a.col, a.endLine, a.endCol)) return false;
    }
    return true;
  }

  private visitArguments(a: A.Arguments): bool {
    if (!this.visitParams(a.posonly)) return false;
    if (!this.visitParams(a.args)) return false;
    if (!this.visitParams(a.kwonly)) return false;
    if (a.vararg !== null) {
      const v = a.vararg!;
      if (!this.addDef(v.name, DEF_PARAM, v.line, v.col, v.endLine, v.endCol)) return false;
      this.cur!.varargs = true;
    }
    if (a.kwarg !== null) {
      const k = a.kwarg!;
      if (!this.addDef(k.name, DEF_PARAM, k.line, k.col, k.endLine, k.endCol)) return false;
      this.cur!.varkeywords = true;
    }
    return true;
  }

  private visitAnnotation(annotation: A.Node): bool {
    if (this.futureAnnotations) {
      this.enterBlock("_annotation", BlockType.Annotation, annotation, annotation.line, annotation.col, annotation.endLine, annotation.endCol);
    }
    if (!this.visitExpr(annotation)) return false;
    if (this.futureAnnotations) this.exitBlock();
    return true;
  }

  private visitArgAnnotations(args: Array<A.Arg>): bool {
    for (let i = 0; i < args.length; i++) {
      const ann = args[i].annotation;
      if (ann !== null && !this.visitExpr(ann!)) return false;
    }
    return true;
  }

  private visitAnnotations(o: A.Node, a: A.Arguments, returns: A.Node | null): bool {
    if (this.futureAnnotations) {
      this.enterBlock("_annotation", BlockType.Annotation, o, o.line, o.col, o.endLine, o.endCol);
    }
    if (!this.visitArgAnnotations(a.posonly)) return false;
    if (!this.visitArgAnnotations(a.args)) return false;
    if (a.vararg !== null && a.vararg!.annotation !== null && !this.visitExpr(a.vararg!.annotation!)) return false;
    if (a.kwarg !== null && a.kwarg!.annotation !== null && !this.visitExpr(a.kwarg!.annotation!)) return false;
    if (!this.visitArgAnnotations(a.kwonly)) return false;
    if (this.futureAnnotations) this.exitBlock();
    if (returns !== null && !this.visitAnnotation(returns!)) return false;
    return true;
  }

  private visitAlias(a: A.Alias): bool {
    const name = a.asname !== null ? a.asname! : a.name;
    const dot = name.indexOf(".");
    const storeName = dot >= 0 ? name.substring(0, dot) : name;
    if (name != "*") return this.addDef(storeName, DEF_IMPORT, a.line, a.col, a.endLine, a.endCol);
    if (this.cur!.type != BlockType.Module) {
      return this.fail("import * only allowed at module level", a.line, a.col, a.endLine, a.endCol);
    }
    return true;
  }

  private visitComprehension(c: A.Comprehension): bool {
    const cur = this.cur!;
    cur.compIterTarget = true;
    if (!this.visitExpr(c.target)) return false;
    cur.compIterTarget = false;
    cur.compIterExpr++;
    if (!this.visitExpr(c.iter)) return false;
    cur.compIterExpr--;
    if (!this.visitExprs(c.ifs)) return false;
    if (c.isAsync) cur.coroutine = true;
    return true;
  }

  private handleComprehension(e: A.Node, scopeName: string, generators: Array<A.Comprehension>, elt: A.Node, value: A.Node | null): bool {
    const isGenerator = e.kind == A.NodeKind.GeneratorExp;
    const outermost = generators[0];
    this.cur!.compIterExpr++;
    if (!this.visitExpr(outermost.iter)) return false;
    this.cur!.compIterExpr--;
    this.enterBlock(scopeName, BlockType.Function, e, e.line, e.col, e.endLine, e.endCol);
    const cur = this.cur!;
    switch (e.kind) {
      case A.NodeKind.ListComp:
        cur.comprehension = CompKind.List;
        break;
      case A.NodeKind.SetComp:
        cur.comprehension = CompKind.Set;
        break;
      case A.NodeKind.DictComp:
        cur.comprehension = CompKind.Dict;
        break;
      default:
        cur.comprehension = CompKind.Generator;
        break;
    }
    if (outermost.isAsync) cur.coroutine = true;
    // the outermost iterable arrives as the implicit argument ".0"
    if (!this.addDef(".0", DEF_PARAM, cur.line, cur.col, cur.endLine, cur.endCol)) return false;
    cur.compIterTarget = true;
    if (!this.visitExpr(outermost.target)) return false;
    cur.compIterTarget = false;
    if (!this.visitExprs(outermost.ifs)) return false;
    for (let i = 1; i < generators.length; i++) if (!this.visitComprehension(generators[i])) return false;
    if (value !== null && !this.visitExpr(value!)) return false;
    if (!this.visitExpr(elt)) return false;
    cur.generator = isGenerator;
    const isAsync = cur.coroutine && !isGenerator;
    this.exitBlock();
    if (isAsync) this.cur!.coroutine = true;
    return true;
  }

  // ---------------------------------------------------------------- pass 2

  private analyze(): bool {
    const free = new Set<string>();
    const global = new Set<string>();
    return this.analyzeBlock(this.top!, null, free, global, null);
  }

  private errorAtDirective(ste: SymtableEntry, name: string, msg: string): bool {
    for (let i = 0; i < ste.directives.length; i++) {
      const d = ste.directives[i];
      if (d.name == name) return this.fail(msg, d.line, d.col, d.endLine, d.endCol);
    }
    return this.fail(msg, 0, -1, 0, -1);
  }

  private analyzeName(ste: SymtableEntry, scopes: Map<string, i32>, name: string, flags: i32,
    bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>,
    classEntry: SymtableEntry | null): bool {
    if ((flags & DEF_GLOBAL) != 0) {
      if ((flags & DEF_NONLOCAL) != 0) {
        return this.errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
      }
      scopes.set(name, GLOBAL_EXPLICIT);
      global.add(name);
      if (bound !== null) bound.delete(name);
      return true;
    }
    if ((flags & DEF_NONLOCAL) != 0) {
      if (bound === null) {
        return this.errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
      }
      if (!bound.has(name)) {
        return this.errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
      }
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return true;
    }
    if ((flags & DEF_BOUND) != 0) {
      scopes.set(name, LOCAL);
      local.add(name);
      global.delete(name);
      return true;
    }
    if (classEntry !== null) {
      const cf = classEntry.symbol(name);
      if ((cf & DEF_GLOBAL) != 0) {
        scopes.set(name, GLOBAL_EXPLICIT);
        return true;
      } else if ((cf & DEF_BOUND) != 0 && (cf & DEF_NONLOCAL) == 0) {
        scopes.set(name, GLOBAL_IMPLICIT);
        return true;
      }
    }
    if (bound !== null && bound.has(name)) {
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return true;
    }
    if (global.has(name)) {
      scopes.set(name, GLOBAL_IMPLICIT);
      return true;
    }
    if (ste.nested) ste.free = true;
    scopes.set(name, GLOBAL_IMPLICIT);
    return true;
  }

  private isFreeInAnyChild(entry: SymtableEntry, key: string): bool {
    for (let i = 0; i < entry.children.length; i++) {
      if (entry.children[i].scope(key) == FREE) return true;
    }
    return false;
  }

  private inlineComprehension(ste: SymtableEntry, comp: SymtableEntry, scopes: Map<string, i32>,
    compFree: Set<string>, inlinedCells: Set<string>): void {
    let removeDunderClass = false;
    const keys = comp.symbols.keys();
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const compFlags = comp.symbols.get(k);
      if ((compFlags & DEF_PARAM) != 0) continue; // the ".0" parameter
      let scope = (compFlags >> SCOPE_OFFSET) & SCOPE_MASK;
      const onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1);
      if (scope == CELL || (onlyFlags & DEF_COMP_CELL) != 0) inlinedCells.add(k);
      const existing = ste.symbols.has(k);
      // __class__ is never free through a class scope (see drop_class_free)
      if (scope == FREE && ste.type == BlockType.Class && k == "__class__") {
        scope = GLOBAL_IMPLICIT;
        compFree.delete(k);
        removeDunderClass = true;
      }
      if (!existing) {
        ste.symbols.set(k, onlyFlags);
        scopes.set(k, scope);
      } else {
        if ((ste.symbols.get(k) & DEF_BOUND) != 0) {
          if (!this.isFreeInAnyChild(comp, k) && ste.type != BlockType.Class) compFree.delete(k);
        }
      }
    }
    comp.free = compFree.size > 0;
    if (removeDunderClass) comp.symbols.delete("__class__");
  }

  private analyzeCells(scopes: Map<string, i32>, free: Set<string>, inlinedCells: Set<string>): void {
    const names = scopes.keys();
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (scopes.get(name) != LOCAL) continue;
      if (!free.has(name) && !inlinedCells.has(name)) continue;
      scopes.set(name, CELL);
      free.delete(name);
    }
  }

  private dropClassFree(ste: SymtableEntry, free: Set<string>): void {
    if (free.has("__class__")) {
      free.delete("__class__");
      ste.needsClassClosure = true;
    }
    if (free.has("__classdict__")) {
      free.delete("__classdict__");
      ste.needsClassdict = true;
    }
  }

  private updateSymbols(symbols: Map<string, i32>, scopes: Map<string, i32>, bound: Set<string> | null,
    free: Set<string>, inlinedCells: Set<string>, classFlag: bool): void {
    const names = symbols.keys();
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      let flags = symbols.get(name);
      if (inlinedCells.has(name)) flags |= DEF_COMP_CELL;
      const scope = scopes.has(name) ? scopes.get(name) : 0;
      flags |= scope << SCOPE_OFFSET;
      symbols.set(name, flags);
    }
    const fnames = free.values();
    for (let i = 0; i < fnames.length; i++) {
      const name = fnames[i];
      if (symbols.has(name)) {
        // a free variable of a method that is also local or global in the class
        if (classFlag) symbols.set(name, symbols.get(name) | DEF_FREE_CLASS);
        continue;
      }
      if (bound !== null && !bound.has(name)) continue; // a global
      symbols.set(name, FREE << SCOPE_OFFSET);
    }
  }

  private analyzeBlock(ste: SymtableEntry, bound: Set<string> | null, free: Set<string>,
    global: Set<string>, classEntry: SymtableEntry | null): bool {
    const local = new Set<string>();
    const scopes = new Map<string, i32>();
    const newglobal = new Set<string>();
    const newfree = new Set<string>();
    const newbound = new Set<string>();
    const inlinedCells = new Set<string>();

    if (ste.type == BlockType.Class) {
      unionInto(newglobal, global);
      if (bound !== null) unionInto(newbound, bound);
    }

    const names = ste.symbols.keys();
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (!this.analyzeName(ste, scopes, name, ste.symbols.get(name), bound, local, free, global, classEntry)) return false;
    }

    if (ste.type != BlockType.Class) {
      if (ste.isFunctionLike()) unionInto(newbound, local);
      if (bound !== null) unionInto(newbound, bound);
      unionInto(newglobal, global);
    } else {
      newbound.add("__class__");
      newbound.add("__classdict__");
    }

    for (let i = 0; i < ste.children.length; i++) {
      const entry = ste.children[i];
      let newClassEntry: SymtableEntry | null = null;
      if (entry.canSeeClassScope) {
        if (ste.type == BlockType.Class) newClassEntry = ste;
        else if (classEntry !== null) newClassEntry = classEntry;
      }
      const inlineComp = entry.comprehension != CompKind.None && !entry.generator;
      const childFree = copySet(newfree);
      if (!this.analyzeBlock(entry, copySet(newbound), childFree, copySet(newglobal), newClassEntry)) return false;
      if (inlineComp) {
        this.inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
        entry.compInlined = true;
      }
      unionInto(newfree, childFree);
      if (entry.free || entry.childFree) ste.childFree = true;
    }

    // splice the children of inlined comprehensions into ours
    for (let i = ste.children.length - 1; i >= 0; i--) {
      const entry = ste.children[i];
      if (entry.compInlined) {
        const before = ste.children.slice(0, i);
        const after = ste.children.slice(i + 1);
        ste.children = before.concat(entry.children).concat(after);
      }
    }

    if (ste.isFunctionLike()) this.analyzeCells(scopes, newfree, inlinedCells);
    else if (ste.type == BlockType.Class) this.dropClassFree(ste, newfree);
    this.updateSymbols(ste.symbols, scopes, bound, newfree, inlinedCells,
      ste.type == BlockType.Class || ste.canSeeClassScope);
    unionInto(free, newfree);
    return true;
  }
}
