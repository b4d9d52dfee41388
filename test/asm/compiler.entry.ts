// Test harness for the compiler (test/compiler/compiler.test.ts builds it with asc).
// compileSerializedAst() reads an AST in the token format written by
// test/compiler/regen.py (CPython's own AST of a snippet), compiles it, and returns the
// normalised dump of every code object in the same text format regen.py produces from
// CPython's code objects, so the two can be compared line by line.
import * as A from "../../assembly/parser/ast";
import { BinOp, BoolOpKind, CmpOp, UnaryOp } from "../../assembly/common/operators";
import { CodeUnit, ConstTag } from "../../assembly/compiler/unit";
import { compile, compileAst, lastCompileError } from "../../assembly/compiler/compile";
import { ParseMode } from "../../assembly/parser/parser";
import { makeConstNode } from "../../assembly/compiler/astopt";
import { constRepr, makeComplex, makeFloat } from "../../assembly/compiler/consts";
import { Op, OpFormat, opCache, opFormat, opName } from "../../assembly/bytecode/opcodes.gen";

// ---------------------------------------------------------------- reading the AST

class Reader {
  pos: i32 = 0;
  constructor(public s: string) {}

  tok(): string {
    while (this.pos < this.s.length && this.s.charCodeAt(this.pos) == 32) this.pos++;
    const start = this.pos;
    if (this.s.charCodeAt(this.pos) == 34) {
      // "len:chars
      let colon = this.s.indexOf(":", this.pos);
      const len = I32.parseInt(this.s.substring(this.pos + 1, colon));
      this.pos = colon + 1 + len;
      return this.s.substring(start, this.pos);
    }
    while (this.pos < this.s.length && this.s.charCodeAt(this.pos) != 32) this.pos++;
    return this.s.substring(start, this.pos);
  }

  peek(): string {
    const save = this.pos;
    const t = this.tok();
    this.pos = save;
    return t;
  }

  int(): i32 {
    return I32.parseInt(this.tok());
  }

  str(): string | null {
    const t = this.tok();
    if (t == "_") return null;
    return t.substring(t.indexOf(":") + 1);
  }

  strReq(): string {
    return this.str()!;
  }

  expect(t: string): void {
    const got = this.tok();
    if (got != t) abort("expected " + t + " got " + got);
  }

  isNull(): bool {
    if (this.peek() == "_") {
      this.tok();
      return true;
    }
    return false;
  }

  listStart(): void {
    this.expect("[");
  }

  more(): bool {
    if (this.peek() == "]") {
      this.tok();
      return false;
    }
    return true;
  }

  nodes(): Array<A.Node> {
    const out = new Array<A.Node>();
    this.listStart();
    while (this.more()) out.push(this.node());
    return out;
  }

  optNodes(): Array<A.Node | null> {
    const out = new Array<A.Node | null>();
    this.listStart();
    while (this.more()) out.push(this.isNull() ? null : this.node());
    return out;
  }

  strs(): Array<string> {
    const out = new Array<string>();
    this.listStart();
    while (this.more()) out.push(this.strReq());
    return out;
  }

  opt(): A.Node | null {
    return this.isNull() ? null : this.node();
  }

  arg(): A.Arg | null {
    if (this.isNull()) return null;
    this.expect("arg");
    const l = this.int();
    const c = this.int();
    const el = this.int();
    const ec = this.int();
    const a = new A.Arg(this.strReq(), l, c, el, ec);
    a.annotation = this.opt();
    return a;
  }

  argList(): Array<A.Arg> {
    const out = new Array<A.Arg>();
    this.listStart();
    while (this.more()) out.push(this.arg()!);
    return out;
  }

  arguments(): A.Arguments {
    this.expect("args");
    const a = new A.Arguments();
    a.posonly = this.argList();
    a.args = this.argList();
    a.vararg = this.arg();
    a.kwonly = this.argList();
    a.kwDefaults = this.optNodes();
    a.kwarg = this.arg();
    a.defaults = this.nodes();
    return a;
  }

  keywords(): Array<A.Keyword> {
    const out = new Array<A.Keyword>();
    this.listStart();
    while (this.more()) {
      this.expect("kw");
      const l = this.int();
      const c = this.int();
      const el = this.int();
      const ec = this.int();
      const name = this.str();
      out.push(new A.Keyword(name, this.node(), l, c, el, ec));
    }
    return out;
  }

  aliases(): Array<A.Alias> {
    const out = new Array<A.Alias>();
    this.listStart();
    while (this.more()) {
      this.expect("alias");
      const l = this.int();
      const c = this.int();
      const el = this.int();
      const ec = this.int();
      const a = new A.Alias(this.strReq(), l, c, el, ec);
      a.asname = this.str();
      out.push(a);
    }
    return out;
  }

  comprehensions(): Array<A.Comprehension> {
    const out = new Array<A.Comprehension>();
    this.listStart();
    while (this.more()) {
      this.expect("comp");
      const target = this.node();
      const iter = this.node();
      const c = new A.Comprehension(target, iter);
      c.ifs = this.nodes();
      c.isAsync = this.int() != 0;
      out.push(c);
    }
    return out;
  }

  // the constant payload of a Constant / MatchSingleton
  constant(c: A.Constant): A.Node {
    const t = this.tok();
    const first = t.charAt(0);
    if (t == "n") c.constKind = A.ConstKind.None;
    else if (t == "t") c.constKind = A.ConstKind.True;
    else if (t == "f") c.constKind = A.ConstKind.False;
    else if (t == "e") c.constKind = A.ConstKind.Ellipsis;
    else if (t == "i") {
      c.constKind = A.ConstKind.Int;
      c.text = this.tok();
      c.base = 10;
    } else if (t == "S") {
      c.constKind = A.ConstKind.Str;
      c.text = this.strReq();
    } else if (first == "B") {
      c.constKind = A.ConstKind.Bytes;
      const hex = t.substring(1);
      const bytes = new Array<u8>();
      if (hex != "-") {
        for (let i = 0; i < hex.length; i += 2) bytes.push(<u8>I32.parseInt(hex.substring(i, i + 2), 16));
      }
      c.bytes = bytes;
    } else if (first == "F" || first == "J") {
      const bits = U64.parseInt(t.substring(1), 16);
      const x = reinterpret<f64>(bits);
      return makeConstNode(first == "F" ? makeFloat(x) : makeComplex(0.0, x), c.line, c.col, c.endLine, c.endCol);
    } else {
      abort("bad constant " + t);
    }
    return c;
  }

  node(): A.Node {
    const kind = this.tok();
    if (kind == "Module" || kind == "Interactive") {
      const m = new A.ModuleNode(kind == "Module" ? A.NodeKind.Module : A.NodeKind.Interactive, 1, 0, 1, 0);
      m.body = this.nodes();
      return m;
    }
    if (kind == "Expression") {
      const m = new A.ExpressionNode(A.NodeKind.Expression, 1, 0, 1, 0);
      m.body = this.node();
      return m;
    }
    const l = this.int();
    const c = this.int();
    const el = this.int();
    const ec = this.int();
    if (kind == "FunctionDef") {
      const f = new A.FunctionDef(A.NodeKind.FunctionDef, l, c, el, ec);
      f.name = this.strReq();
      f.args = this.arguments();
      f.body = this.nodes();
      f.decorators = this.nodes();
      f.returns = this.opt();
      f.isAsync = this.int() != 0;
      return f;
    }
    if (kind == "ClassDef") {
      const f = new A.ClassDef(A.NodeKind.ClassDef, l, c, el, ec);
      f.name = this.strReq();
      f.bases = this.nodes();
      f.keywords = this.keywords();
      f.body = this.nodes();
      f.decorators = this.nodes();
      return f;
    }
    if (kind == "Return") {
      const r = new A.Return(A.NodeKind.Return, l, c, el, ec);
      r.value = this.opt();
      return r;
    }
    if (kind == "Delete") {
      const d = new A.Delete(A.NodeKind.Delete, l, c, el, ec);
      d.targets = this.nodes();
      return d;
    }
    if (kind == "Assign") {
      const a = new A.Assign(A.NodeKind.Assign, l, c, el, ec);
      a.targets = this.nodes();
      a.value = this.node();
      return a;
    }
    if (kind == "AugAssign") {
      const a = new A.AugAssign(A.NodeKind.AugAssign, l, c, el, ec);
      a.target = this.node();
      a.op = <BinOp>this.int();
      a.value = this.node();
      return a;
    }
    if (kind == "AnnAssign") {
      const a = new A.AnnAssign(A.NodeKind.AnnAssign, l, c, el, ec);
      a.target = this.node();
      a.annotation = this.node();
      a.value = this.opt();
      a.simple = this.int() != 0;
      return a;
    }
    if (kind == "For") {
      const f = new A.For(A.NodeKind.For, l, c, el, ec);
      f.target = this.node();
      f.iter = this.node();
      f.body = this.nodes();
      f.orelse = this.nodes();
      f.isAsync = this.int() != 0;
      return f;
    }
    if (kind == "While") {
      const w = new A.While(A.NodeKind.While, l, c, el, ec);
      w.test = this.node();
      w.body = this.nodes();
      w.orelse = this.nodes();
      return w;
    }
    if (kind == "If") {
      const w = new A.If(A.NodeKind.If, l, c, el, ec);
      w.test = this.node();
      w.body = this.nodes();
      w.orelse = this.nodes();
      return w;
    }
    if (kind == "With") {
      const w = new A.With(A.NodeKind.With, l, c, el, ec);
      this.listStart();
      while (this.more()) {
        this.expect("item");
        const it = new A.WithItem(this.node());
        it.optionalVars = this.opt();
        w.items.push(it);
      }
      w.body = this.nodes();
      w.isAsync = this.int() != 0;
      return w;
    }
    if (kind == "Match") {
      const m = new A.Match(A.NodeKind.Match, l, c, el, ec);
      m.subject = this.node();
      this.listStart();
      while (this.more()) {
        this.expect("case");
        const mc = new A.MatchCase(this.node());
        mc.guard = this.opt();
        mc.body = this.nodes();
        m.cases.push(mc);
      }
      return m;
    }
    if (kind == "Raise") {
      const r = new A.Raise(A.NodeKind.Raise, l, c, el, ec);
      r.exc = this.opt();
      r.cause = this.opt();
      return r;
    }
    if (kind == "Try" || kind == "TryStar") {
      const t = new A.Try(kind == "Try" ? A.NodeKind.Try : A.NodeKind.TryStar, l, c, el, ec);
      t.body = this.nodes();
      this.listStart();
      while (this.more()) {
        this.expect("handler");
        const hl = this.int();
        const hc = this.int();
        const hel = this.int();
        const hec = this.int();
        const h = new A.ExceptHandler(hl, hc, hel, hec);
        h.type = this.opt();
        h.name = this.str();
        h.body = this.nodes();
        t.handlers.push(h);
      }
      t.orelse = this.nodes();
      t.finalbody = this.nodes();
      return t;
    }
    if (kind == "Assert") {
      const a = new A.Assert(A.NodeKind.Assert, l, c, el, ec);
      a.test = this.node();
      a.msg = this.opt();
      return a;
    }
    if (kind == "Import") {
      const i = new A.Import(A.NodeKind.Import, l, c, el, ec);
      i.names = this.aliases();
      return i;
    }
    if (kind == "ImportFrom") {
      const i = new A.ImportFrom(A.NodeKind.ImportFrom, l, c, el, ec);
      i.module = this.str();
      i.names = this.aliases();
      i.level = this.int();
      return i;
    }
    if (kind == "Global" || kind == "Nonlocal") {
      const g = new A.NameList(kind == "Global" ? A.NodeKind.Global : A.NodeKind.Nonlocal, l, c, el, ec);
      g.names = this.strs();
      return g;
    }
    if (kind == "ExprStmt") {
      const e = new A.ExprStmt(A.NodeKind.ExprStmt, l, c, el, ec);
      e.value = this.node();
      return e;
    }
    if (kind == "Pass") return new A.Node(A.NodeKind.Pass, l, c, el, ec);
    if (kind == "Break") return new A.Node(A.NodeKind.Break, l, c, el, ec);
    if (kind == "Continue") return new A.Node(A.NodeKind.Continue, l, c, el, ec);
    if (kind == "BoolOp") {
      const b = new A.BoolOpNode(A.NodeKind.BoolOp, l, c, el, ec);
      b.op = <BoolOpKind>this.int();
      b.values = this.nodes();
      return b;
    }
    if (kind == "NamedExpr") {
      const n = new A.NamedExpr(A.NodeKind.NamedExpr, l, c, el, ec);
      n.target = this.node();
      n.value = this.node();
      return n;
    }
    if (kind == "BinOp") {
      const b = new A.BinOpNode(A.NodeKind.BinOp, l, c, el, ec);
      b.left = this.node();
      b.op = <BinOp>this.int();
      b.right = this.node();
      return b;
    }
    if (kind == "UnaryOp") {
      const u = new A.UnaryOpNode(A.NodeKind.UnaryOp, l, c, el, ec);
      u.op = <UnaryOp>this.int();
      u.operand = this.node();
      return u;
    }
    if (kind == "Lambda") {
      const f = new A.Lambda(A.NodeKind.Lambda, l, c, el, ec);
      f.args = this.arguments();
      f.body = this.node();
      return f;
    }
    if (kind == "IfExp") {
      const f = new A.IfExp(A.NodeKind.IfExp, l, c, el, ec);
      f.test = this.node();
      f.body = this.node();
      f.orelse = this.node();
      return f;
    }
    if (kind == "Dict") {
      const d = new A.DictNode(A.NodeKind.Dict, l, c, el, ec);
      d.keys = this.optNodes();
      d.values = this.nodes();
      return d;
    }
    if (kind == "Set") {
      const s = new A.Sequence(A.NodeKind.Set, l, c, el, ec);
      s.elts = this.nodes();
      return s;
    }
    if (kind == "ListComp" || kind == "SetComp" || kind == "GeneratorExp") {
      const k = kind == "ListComp" ? A.NodeKind.ListComp : kind == "SetComp" ? A.NodeKind.SetComp : A.NodeKind.GeneratorExp;
      const cp = new A.Comp(k, l, c, el, ec);
      cp.elt = this.node();
      cp.generators = this.comprehensions();
      return cp;
    }
    if (kind == "DictComp") {
      const cp = new A.DictComp(A.NodeKind.DictComp, l, c, el, ec);
      cp.key = this.node();
      cp.value = this.node();
      cp.generators = this.comprehensions();
      return cp;
    }
    if (kind == "Await" || kind == "Yield" || kind == "YieldFrom") {
      const k = kind == "Await" ? A.NodeKind.Await : kind == "Yield" ? A.NodeKind.Yield : A.NodeKind.YieldFrom;
      const v = new A.ValueExpr(k, l, c, el, ec);
      v.value = this.opt();
      return v;
    }
    if (kind == "Compare") {
      const cm = new A.Compare(A.NodeKind.Compare, l, c, el, ec);
      cm.left = this.node();
      this.listStart();
      while (this.more()) cm.ops.push(<CmpOp>this.int());
      cm.comparators = this.nodes();
      return cm;
    }
    if (kind == "Call") {
      const cl = new A.Call(A.NodeKind.Call, l, c, el, ec);
      cl.func = this.node();
      cl.args = this.nodes();
      cl.keywords = this.keywords();
      return cl;
    }
    if (kind == "FormattedValue") {
      const f = new A.FormattedValue(A.NodeKind.FormattedValue, l, c, el, ec);
      f.value = this.node();
      f.conversion = this.int();
      const spec = this.opt();
      f.formatSpec = spec === null ? null : <A.JoinedStr>spec;
      return f;
    }
    if (kind == "JoinedStr") {
      const j = new A.JoinedStr(A.NodeKind.JoinedStr, l, c, el, ec);
      j.values = this.nodes();
      return j;
    }
    if (kind == "Constant") {
      const k = new A.Constant(A.NodeKind.Constant, l, c, el, ec);
      const r = this.constant(k);
      const u = this.int() != 0;
      if (r instanceof A.Constant) (<A.Constant>r).isUnicodePrefixed = u;
      return r;
    }
    if (kind == "Attribute") {
      const a = new A.Attribute(A.NodeKind.Attribute, l, c, el, ec);
      a.value = this.node();
      a.attr = this.strReq();
      a.ctx = <A.Ctx>this.int();
      return a;
    }
    if (kind == "Subscript") {
      const s = new A.Subscript(A.NodeKind.Subscript, l, c, el, ec);
      s.value = this.node();
      s.slice = this.node();
      s.ctx = <A.Ctx>this.int();
      return s;
    }
    if (kind == "Starred") {
      const s = new A.Starred(A.NodeKind.Starred, l, c, el, ec);
      s.value = this.node();
      s.ctx = <A.Ctx>this.int();
      return s;
    }
    if (kind == "Name") {
      const n = new A.Name(A.NodeKind.Name, l, c, el, ec);
      n.id = this.strReq();
      n.ctx = <A.Ctx>this.int();
      return n;
    }
    if (kind == "List" || kind == "Tuple") {
      const s = new A.Sequence(kind == "List" ? A.NodeKind.List : A.NodeKind.Tuple, l, c, el, ec);
      s.elts = this.nodes();
      s.ctx = <A.Ctx>this.int();
      return s;
    }
    if (kind == "Slice") {
      const s = new A.Slice(A.NodeKind.Slice, l, c, el, ec);
      s.lower = this.opt();
      s.upper = this.opt();
      s.step = this.opt();
      return s;
    }
    if (kind == "MatchValue") {
      const m = new A.MatchValue(A.NodeKind.MatchValue, l, c, el, ec);
      m.value = this.node();
      return m;
    }
    if (kind == "MatchSingleton") {
      const m = new A.MatchSingleton(A.NodeKind.MatchSingleton, l, c, el, ec);
      const t = this.tok();
      m.value = t == "n" ? A.ConstKind.None : t == "t" ? A.ConstKind.True : A.ConstKind.False;
      return m;
    }
    if (kind == "MatchSequence") {
      const m = new A.MatchSequence(A.NodeKind.MatchSequence, l, c, el, ec);
      m.patterns = this.nodes();
      return m;
    }
    if (kind == "MatchMapping") {
      const m = new A.MatchMapping(A.NodeKind.MatchMapping, l, c, el, ec);
      m.keys = this.nodes();
      m.patterns = this.nodes();
      m.rest = this.str();
      return m;
    }
    if (kind == "MatchClass") {
      const m = new A.MatchClass(A.NodeKind.MatchClass, l, c, el, ec);
      m.cls = this.node();
      m.patterns = this.nodes();
      m.kwdAttrs = this.strs();
      m.kwdPatterns = this.nodes();
      return m;
    }
    if (kind == "MatchStar") {
      const m = new A.MatchStar(A.NodeKind.MatchStar, l, c, el, ec);
      m.name = this.str();
      return m;
    }
    if (kind == "MatchAs") {
      const m = new A.MatchAs(A.NodeKind.MatchAs, l, c, el, ec);
      m.pattern = this.opt();
      m.name = this.str();
      return m;
    }
    if (kind == "MatchOr") {
      const m = new A.MatchOr(A.NodeKind.MatchOr, l, c, el, ec);
      m.patterns = this.nodes();
      return m;
    }
    abort("unknown node kind " + kind);
    return new A.Node(A.NodeKind.Pass, l, c, el, ec);
  }
}

// ---------------------------------------------------------------- dumping code units

function hexFlags(n: i32): string {
  return "0x" + (<u32>n).toString(16);
}

function pos(code: CodeUnit, unit: i32): string {
  const line = code.lines[unit];
  if (line < 0) return "-";
  const endLine = code.endLines[unit];
  let col = code.cols[unit];
  let endCol = code.endCols[unit];
  let el = endLine;
  // the location table stores no columns when either is missing (NO_COLUMNS form)
  if ((col < 0 || endCol < 0) && (endLine == line || endLine == -1)) {
    col = -1;
    endCol = -1;
    el = line;
  }
  return line.toString() + ":" + col.toString() + "-" + (el == -1 ? "-" : el.toString()) + ":" + endCol.toString();
}

function isJumpOp(op: i32): bool {
  const f = opFormat(op);
  return f == OpFormat.JUMP_FWD || f == OpFormat.JUMP_BACK;
}

function dumpCode(co: CodeUnit, out: Array<string>): void {
  // instruction starts (EXTENDED_ARG and caches are not instructions)
  const starts = new Array<i32>();
  const opargs = new Array<i32>();
  const ops = new Array<i32>();
  const ends = new Array<i32>();
  let i = 0;
  let ext = 0;
  const indexOf = new Map<i32, i32>();
  let prefixStart = -1;
  while (i < co.code.length) {
    const word = <i32>co.code[i];
    const op = word & 0xff;
    const arg = (word >> 8) | ext;
    if (op == Op.EXTENDED_ARG) {
      // a jump to a prefixed instruction targets its first EXTENDED_ARG
      if (prefixStart < 0) prefixStart = i;
      ext = arg << 8;
      i++;
      continue;
    }
    if (prefixStart >= 0) {
      for (let p = prefixStart; p < i; p++) indexOf.set(p, starts.length);
      prefixStart = -1;
    }
    indexOf.set(i, starts.length);
    starts.push(i);
    ops.push(op);
    opargs.push(arg);
    ext = 0;
    i += 1 + opCache(op);
    ends.push(i);
  }
  out.push("== " + co.qualname + " name=" + co.name + " first=" + co.firstlineno.toString());
  out.push("flags=" + hexFlags(co.flags) + " argcount=" + co.argcount.toString() + " posonly=" +
    co.posonlyargcount.toString() + " kwonly=" + co.kwonlyargcount.toString() + " stacksize=" + co.stacksize.toString());
  let locals = "locals: ";
  for (let k = 0; k < co.localsplusNames.length; k++) {
    if (k > 0) locals += " ";
    locals += co.localsplusNames[k] + "/" + (<u32>co.localsplusKinds[k]).toString(16);
  }
  out.push(locals);
  out.push("names: " + co.names.join(" "));
  const consts = new Array<string>();
  for (let k = 0; k < co.consts.length; k++) consts.push(constRepr(co.consts[k]));
  out.push("consts: " + consts.join(" | "));
  for (let k = 0; k < starts.length; k++) {
    const op = ops[k];
    const arg = opargs[k];
    let text = opName(op);
    const f = opFormat(op);
    if (isJumpOp(op)) {
      const target = f == OpFormat.JUMP_BACK ? ends[k] - arg : ends[k] + arg;
      text += " ->" + (indexOf.has(target) ? indexOf.get(target).toString() : "?" + target.toString());
    } else if (op == Op.COMPARE_OP) {
      text += " " + arg.toString();
    } else if (f == OpFormat.CONST) {
      text += " " + constRepr(co.consts[arg]);
    } else if (f == OpFormat.LOCAL || f == OpFormat.FREE) {
      text += " " + co.localsplusNames[arg];
    } else if (op == Op.LOAD_GLOBAL || op == Op.LOAD_ATTR) {
      text += " " + (arg & 1).toString() + " " + co.names[arg >> 1];
    } else if (op == Op.LOAD_SUPER_ATTR) {
      text += " " + (arg & 3).toString() + " " + co.names[arg >> 2];
    } else if (f == OpFormat.NAME || f == OpFormat.NAME1) {
      text += " " + co.names[arg];
    } else if (f != OpFormat.NONE) {
      text += " " + arg.toString();
    }
    out.push(k.toString() + " " + pos(co, starts[k]) + " " + text);
  }
  for (let k = 0; k < co.exceptionTable.length; k++) {
    const e = co.exceptionTable[k];
    out.push("exc: " + indexAtOrAfter(starts, e.start).toString() + "-" + indexAtOrAfter(starts, e.end).toString() +
      " ->" + (indexOf.has(e.target) ? indexOf.get(e.target).toString() : "?") + " depth=" + e.depth.toString() +
      (e.lasti ? " lasti" : ""));
  }
  for (let k = 0; k < co.consts.length; k++) {
    if (co.consts[k].tag == ConstTag.Code) dumpCode(co.consts[k].code!, out);
  }
}

function indexAtOrAfter(starts: Array<i32>, offset: i32): i32 {
  for (let i = 0; i < starts.length; i++) if (starts[i] >= offset) return i;
  return starts.length;
}

function report(co: CodeUnit | null): string {
  if (co === null) {
    const e = lastCompileError();
    if (e === null) return "error: <no error recorded>";
    if (e.kind != 0) return "error: kind " + e.kind.toString() + " " + e.msg;
    return "error: " + e.msg + " @ " + e.line.toString() + ":" + e.col.toString() + "-" +
      e.endLine.toString() + ":" + e.endCol.toString();
  }
  const out = new Array<string>();
  dumpCode(co!, out);
  return out.join("\n") + "\n";
}

// The AST as regen.py serialised it (CPython's parser), compiled by our compiler.
export function compileSerializedAst(text: string, filename: string, optimize: i32): string {
  return report(compileAst(new Reader(text).node(), filename, optimize));
}

// The source parsed by our parser and compiled; mode is "exec", "eval" or "single".
export function compileSource(source: string, filename: string, mode: string, optimize: i32): string {
  const m = mode == "eval" ? ParseMode.Eval : mode == "single" ? ParseMode.Single : ParseMode.Exec;
  return report(compile(source, filename, m, optimize));
}
