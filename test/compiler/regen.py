# Re-records test/compiler/fixtures.json from CPython 3.12.1, the oracle for the compiler.
#
# For every snippet of corpus.py (sections opened by a line "#### <name>", optionally followed
# by "[eval]" or "[single]" for the other compile() modes ("exec" otherwise) and by "[O1]" or
# "[O2]" for compile()'s optimize level (0 otherwise)) and every
# test/oracle/examples/*.py program it records:
#   - "source": the snippet;
#   - "ast":    CPython's AST of it, serialised in the token format that
#               test/asm/compiler.entry.ts reads back into assembly/parser/ast.ts nodes
#               (so the compiler can be tested independently of our parser);
#   - "dump":   the normalised disassembly of every code object (pre-order over co_consts),
#               or "error: <msg> @ line:offset-endline:endoffset" (None shown as 0) when compile() raises a
#               SyntaxError that ast.parse() did not (symbol table / code generator errors).
#
# The normalisation matches the Sidewinder harness: RETURN_GENERATOR and the POP_TOP after
# it, CACHE and EXTENDED_ARG are dropped; jump targets and exception-table bounds are
# instruction indexes; COMPARE_OP shows the plain comparison (oparg >> 4); columns are
# converted from UTF-8 byte offsets to code-point offsets; floats are shown as IEEE bits.
#
# Usage: PYENV_VERSION=3.12.1 python3.12 test/compiler/regen.py

import ast
import dis
import json
import opcode
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus.py")
EXAMPLES = os.path.join(HERE, "..", "oracle", "examples")
OUT = os.path.join(HERE, "fixtures.json")

if sys.version_info[:3] != (3, 12, 1):
    sys.exit("regen.py must run under CPython 3.12.1 (PYENV_VERSION=3.12.1 python3.12)")


# ---------------------------------------------------------------- corpus


def load_corpus():
    cases = []
    name = None
    mode = "exec"
    optimize = 0
    lines = []
    with open(CORPUS, encoding="utf-8") as f:
        text = f.read()
    for line in text.split("\n"):
        if line.startswith("#### "):
            if name is not None:
                cases.append((name, mode, optimize, "\n".join(lines).strip("\n") + "\n"))
            header = line[5:].split()
            name = header[0]
            mode = "exec"
            optimize = 0
            for flag in header[1:]:
                flag = flag.strip("[]")
                if flag in ("O1", "O2"):
                    optimize = int(flag[1])
                else:
                    mode = flag
            lines = []
        elif name is not None:
            lines.append(line)
    if name is not None:
        cases.append((name, mode, optimize, "\n".join(lines).strip("\n") + "\n"))
    if os.path.isdir(EXAMPLES):
        for fn in sorted(os.listdir(EXAMPLES)):
            if fn.endswith(".py"):
                with open(os.path.join(EXAMPLES, fn), encoding="utf-8") as f:
                    cases.append(("example/" + fn[:-3], "exec", 0, f.read()))
    seen = set()
    for n, _, _, _ in cases:
        if n in seen:
            sys.exit("duplicate corpus name: " + n)
        seen.add(n)
    return cases


# ---------------------------------------------------------------- positions


class Columns:
    """Converts CPython's UTF-8 byte columns to code-point columns."""

    def __init__(self, source):
        self.lines = source.encode("utf-8").split(b"\n")

    def cp(self, lineno, col):
        if col is None or col < 0:
            return -1
        if lineno is None or lineno < 1 or lineno > len(self.lines):
            return col
        return len(self.lines[lineno - 1][:col].decode("utf-8", errors="replace"))


# ---------------------------------------------------------------- AST serialisation

BINOPS = {
    ast.Add: 0, ast.BitAnd: 1, ast.FloorDiv: 2, ast.LShift: 3, ast.MatMult: 4,
    ast.Mult: 5, ast.Mod: 6, ast.BitOr: 7, ast.Pow: 8, ast.RShift: 9, ast.Sub: 10,
    ast.Div: 11, ast.BitXor: 12,
}
CMPOPS = {
    ast.Lt: 0, ast.LtE: 1, ast.Eq: 2, ast.NotEq: 3, ast.Gt: 4, ast.GtE: 5,
    ast.Is: 6, ast.IsNot: 7, ast.In: 8, ast.NotIn: 9,
}
UNARYOPS = {ast.Invert: 0, ast.Not: 1, ast.UAdd: 2, ast.USub: 3}
CTX = {ast.Load: 0, ast.Store: 1, ast.Del: 2}


def f64hex(x):
    return struct.pack(">d", x).hex()


def utf16len(s):
    return len(s.encode("utf-16-le", "surrogatepass")) // 2


class Writer:
    def __init__(self, source):
        self.out = []
        self.cols = Columns(source)

    def tok(self, t):
        self.out.append(t)

    def int(self, n):
        self.out.append(str(int(n)))

    def str(self, s):
        if s is None:
            self.out.append("_")
        else:
            self.out.append('"%d:%s' % (utf16len(s), s))

    def loc(self, n):
        self.int(n.lineno)
        self.int(self.cols.cp(n.lineno, n.col_offset))
        self.int(n.end_lineno if n.end_lineno is not None else n.lineno)
        self.int(self.cols.cp(n.end_lineno, n.end_col_offset))

    def opt(self, n):
        if n is None:
            self.tok("_")
        else:
            self.node(n)

    def seq(self, items, fn=None):
        self.tok("[")
        for it in items:
            if fn is not None:
                fn(it)
            elif it is None:
                self.tok("_")
            else:
                self.node(it)
        self.tok("]")

    def const(self, v):
        if v is None:
            self.tok("n")
        elif v is True:
            self.tok("t")
        elif v is False:
            self.tok("f")
        elif v is Ellipsis:
            self.tok("e")
        elif isinstance(v, int):
            self.tok("i")
            self.int(v)
        elif isinstance(v, float):
            self.tok("F" + f64hex(v))
        elif isinstance(v, complex):
            self.tok("J" + f64hex(v.imag))
        elif isinstance(v, str):
            self.tok("S")
            self.str(v)
        elif isinstance(v, bytes):
            self.tok("B" + (v.hex() if v else "-"))
        else:
            raise TypeError("constant %r" % (v,))

    def arg(self, a):
        if a is None:
            self.tok("_")
            return
        self.tok("arg")
        self.loc(a)
        self.str(a.arg)
        self.opt(a.annotation)

    def arguments(self, a):
        self.tok("args")
        self.seq(a.posonlyargs, self.arg)
        self.seq(a.args, self.arg)
        self.arg(a.vararg)
        self.seq(a.kwonlyargs, self.arg)
        self.seq(a.kw_defaults)
        self.arg(a.kwarg)
        self.seq(a.defaults)

    def keyword(self, k):
        self.tok("kw")
        self.loc(k)
        self.str(k.arg)
        self.node(k.value)

    def alias(self, a):
        self.tok("alias")
        self.loc(a)
        self.str(a.name)
        self.str(a.asname)

    def withitem(self, w):
        self.tok("item")
        self.node(w.context_expr)
        self.opt(w.optional_vars)

    def comprehension(self, c):
        self.tok("comp")
        self.node(c.target)
        self.node(c.iter)
        self.seq(c.ifs)
        self.int(c.is_async)

    def handler(self, h):
        self.tok("handler")
        self.loc(h)
        self.opt(h.type)
        self.str(h.name)
        self.seq(h.body)

    def case(self, m):
        self.tok("case")
        self.node(m.pattern)
        self.opt(m.guard)
        self.seq(m.body)

    def node(self, n):
        t = type(n)
        name = t.__name__
        if t is ast.Module:
            self.tok("Module")
            self.seq(n.body)
            return
        if t is ast.Expression:
            self.tok("Expression")
            self.node(n.body)
            return
        if t is ast.Interactive:
            self.tok("Interactive")
            self.seq(n.body)
            return
        kind = {
            "AsyncFunctionDef": "FunctionDef",
            "AsyncFor": "For",
            "AsyncWith": "With",
            "Expr": "ExprStmt",
        }.get(name, name)
        self.tok(kind)
        self.loc(n)
        if t in (ast.FunctionDef, ast.AsyncFunctionDef):
            if getattr(n, "type_params", None):
                raise NotImplementedError("type parameters")
            self.str(n.name)
            self.arguments(n.args)
            self.seq(n.body)
            self.seq(n.decorator_list)
            self.opt(n.returns)
            self.int(t is ast.AsyncFunctionDef)
        elif t is ast.ClassDef:
            if getattr(n, "type_params", None):
                raise NotImplementedError("type parameters")
            self.str(n.name)
            self.seq(n.bases)
            self.seq(n.keywords, self.keyword)
            self.seq(n.body)
            self.seq(n.decorator_list)
        elif t is ast.Return:
            self.opt(n.value)
        elif t is ast.Delete:
            self.seq(n.targets)
        elif t is ast.Assign:
            self.seq(n.targets)
            self.node(n.value)
        elif t is ast.AugAssign:
            self.node(n.target)
            self.int(BINOPS[type(n.op)])
            self.node(n.value)
        elif t is ast.AnnAssign:
            self.node(n.target)
            self.node(n.annotation)
            self.opt(n.value)
            self.int(n.simple)
        elif t in (ast.For, ast.AsyncFor):
            self.node(n.target)
            self.node(n.iter)
            self.seq(n.body)
            self.seq(n.orelse)
            self.int(t is ast.AsyncFor)
        elif t in (ast.While, ast.If):
            self.node(n.test)
            self.seq(n.body)
            self.seq(n.orelse)
        elif t in (ast.With, ast.AsyncWith):
            self.seq(n.items, self.withitem)
            self.seq(n.body)
            self.int(t is ast.AsyncWith)
        elif t is ast.Match:
            self.node(n.subject)
            self.seq(n.cases, self.case)
        elif t is ast.Raise:
            self.opt(n.exc)
            self.opt(n.cause)
        elif t in (ast.Try, ast.TryStar):
            self.seq(n.body)
            self.seq(n.handlers, self.handler)
            self.seq(n.orelse)
            self.seq(n.finalbody)
        elif t is ast.Assert:
            self.node(n.test)
            self.opt(n.msg)
        elif t is ast.Import:
            self.seq(n.names, self.alias)
        elif t is ast.ImportFrom:
            self.str(n.module)
            self.seq(n.names, self.alias)
            self.int(n.level or 0)
        elif t in (ast.Global, ast.Nonlocal):
            self.seq(n.names, self.str)
        elif t is ast.Expr:
            self.node(n.value)
        elif t in (ast.Pass, ast.Break, ast.Continue):
            pass
        elif t is ast.BoolOp:
            self.int(0 if isinstance(n.op, ast.And) else 1)
            self.seq(n.values)
        elif t is ast.NamedExpr:
            self.node(n.target)
            self.node(n.value)
        elif t is ast.BinOp:
            self.node(n.left)
            self.int(BINOPS[type(n.op)])
            self.node(n.right)
        elif t is ast.UnaryOp:
            self.int(UNARYOPS[type(n.op)])
            self.node(n.operand)
        elif t is ast.Lambda:
            self.arguments(n.args)
            self.node(n.body)
        elif t is ast.IfExp:
            self.node(n.test)
            self.node(n.body)
            self.node(n.orelse)
        elif t is ast.Dict:
            self.seq(n.keys)
            self.seq(n.values)
        elif t is ast.Set:
            self.seq(n.elts)
        elif t in (ast.ListComp, ast.SetComp, ast.GeneratorExp):
            self.node(n.elt)
            self.seq(n.generators, self.comprehension)
        elif t is ast.DictComp:
            self.node(n.key)
            self.node(n.value)
            self.seq(n.generators, self.comprehension)
        elif t in (ast.Await, ast.Yield, ast.YieldFrom):
            self.opt(n.value)
        elif t is ast.Compare:
            self.node(n.left)
            self.seq(n.ops, lambda o: self.int(CMPOPS[type(o)]))
            self.seq(n.comparators)
        elif t is ast.Call:
            self.node(n.func)
            self.seq(n.args)
            self.seq(n.keywords, self.keyword)
        elif t is ast.FormattedValue:
            self.node(n.value)
            self.int(n.conversion)
            self.opt(n.format_spec)
        elif t is ast.JoinedStr:
            self.seq(n.values)
        elif t is ast.Constant:
            self.const(n.value)
            self.int(n.kind == "u")
        elif t is ast.Attribute:
            self.node(n.value)
            self.str(n.attr)
            self.int(CTX[type(n.ctx)])
        elif t is ast.Subscript:
            self.node(n.value)
            self.node(n.slice)
            self.int(CTX[type(n.ctx)])
        elif t is ast.Starred:
            self.node(n.value)
            self.int(CTX[type(n.ctx)])
        elif t is ast.Name:
            self.str(n.id)
            self.int(CTX[type(n.ctx)])
        elif t in (ast.List, ast.Tuple):
            self.seq(n.elts)
            self.int(CTX[type(n.ctx)])
        elif t is ast.Slice:
            self.opt(n.lower)
            self.opt(n.upper)
            self.opt(n.step)
        elif t is ast.MatchValue:
            self.node(n.value)
        elif t is ast.MatchSingleton:
            self.const(n.value)
        elif t is ast.MatchSequence:
            self.seq(n.patterns)
        elif t is ast.MatchMapping:
            self.seq(n.keys)
            self.seq(n.patterns)
            self.str(n.rest)
        elif t is ast.MatchClass:
            self.node(n.cls)
            self.seq(n.patterns)
            self.seq(n.kwd_attrs, self.str)
            self.seq(n.kwd_patterns)
        elif t is ast.MatchStar:
            self.str(n.name)
        elif t is ast.MatchAs:
            self.opt(n.pattern)
            self.str(n.name)
        elif t is ast.MatchOr:
            self.seq(n.patterns)
        else:
            raise NotImplementedError(name)


def serialize(tree, source):
    w = Writer(source)
    w.node(tree)
    return " ".join(w.out)


# ---------------------------------------------------------------- disassembly dump


def show_str(s):
    out = ["'"]
    for ch in s:
        o = ord(ch)
        if ch == "\\" or ch == "'":
            out.append("\\" + ch)
        elif 0x20 <= o < 0x7F:
            out.append(ch)
        elif o < 0x10000:
            out.append("\\u%04x" % o)
        else:
            out.append("\\U%08x" % o)
    out.append("'")
    return "".join(out)


def show_const(v):
    if v is None or v is True or v is False or v is Ellipsis:
        return repr(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return "f:" + f64hex(v)
    if isinstance(v, complex):
        return "c:" + f64hex(v.real) + "," + f64hex(v.imag)
    if isinstance(v, str):
        return show_str(v)
    if isinstance(v, bytes):
        return "b'" + v.hex() + "'"
    if isinstance(v, tuple):
        items = [show_const(x) for x in v]
        if len(items) == 1:
            return "(" + items[0] + ",)"
        return "(" + ", ".join(items) + ")"
    if isinstance(v, frozenset):
        return "frozenset({" + ", ".join(sorted(show_const(x) for x in v)) + "})"
    if hasattr(v, "co_code"):
        return "<code " + v.co_qualname + ">"
    raise TypeError(repr(v))


JUMPS = set(opcode.hasjrel) | set(opcode.hasjabs)
LOCAL_OPS = {"LOAD_FAST", "LOAD_FAST_CHECK", "LOAD_FAST_AND_CLEAR", "STORE_FAST", "DELETE_FAST"}
FREE_OPS = {"MAKE_CELL", "LOAD_CLOSURE", "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF",
            "LOAD_FROM_DICT_OR_DEREF"}
NAME_OPS = {"LOAD_NAME", "STORE_NAME", "DELETE_NAME", "STORE_GLOBAL", "DELETE_GLOBAL",
            "STORE_ATTR", "DELETE_ATTR", "IMPORT_NAME", "IMPORT_FROM",
            "LOAD_FROM_DICT_OR_GLOBALS"}
CONST_OPS = {"LOAD_CONST", "RETURN_CONST", "KW_NAMES"}


def show_pos(p, cols):
    if p.lineno is None:
        return "-"
    return "%d:%d-%s:%d" % (
        p.lineno,
        cols.cp(p.lineno, p.col_offset),
        "-" if p.end_lineno is None else str(p.end_lineno),
        cols.cp(p.end_lineno, p.end_col_offset),
    )


def dump_code(co, cols, out):
    raw = list(dis.get_instructions(co))
    insts = []
    skip_pop = False
    for ins in raw:
        if ins.opname == "RETURN_GENERATOR":
            skip_pop = True
            continue
        if skip_pop and ins.opname == "POP_TOP":
            skip_pop = False
            continue
        skip_pop = False
        if ins.opname in ("CACHE", "EXTENDED_ARG"):
            continue
        insts.append(ins)
    index_of = {ins.offset: i for i, ins in enumerate(insts)}
    starts = sorted(index_of)
    # a jump to an instruction with EXTENDED_ARG prefixes targets the first prefix
    pending = []
    for ins in raw:
        if ins.opname == "EXTENDED_ARG":
            pending.append(ins.offset)
        elif ins.offset in index_of:
            for off in pending:
                index_of[off] = index_of[ins.offset]
            pending = []

    def index_at_or_after(offset):
        for i, off in enumerate(starts):
            if off >= offset:
                return i
        return len(starts)

    names = co.co_names
    lp = localsplus_names(co)
    out.append("== %s name=%s first=%d" % (co.co_qualname, co.co_name, co.co_firstlineno))
    out.append("flags=0x%x argcount=%d posonly=%d kwonly=%d stacksize=%d" % (
        co.co_flags, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_stacksize))
    out.append("locals: " + " ".join("%s/%x" % (n, k) for n, k in zip(lp, localsplus_kinds(co))))
    out.append("names: " + " ".join(names))
    out.append("consts: " + " | ".join(show_const(c) for c in co.co_consts))
    for i, ins in enumerate(insts):
        op = ins.opname
        text = op
        if ins.opcode in JUMPS:
            text += " ->%d" % index_of[ins.argval]
        elif op == "COMPARE_OP":
            text += " %d" % (ins.arg >> 4)
        elif op in CONST_OPS:
            text += " %s" % show_const(co.co_consts[ins.arg])
        elif op in LOCAL_OPS or op in FREE_OPS:
            text += " %s" % lp[ins.arg]
        elif op == "LOAD_GLOBAL" or op == "LOAD_ATTR":
            text += " %d %s" % (ins.arg & 1, names[ins.arg >> 1])
        elif op == "LOAD_SUPER_ATTR":
            text += " %d %s" % (ins.arg & 3, names[ins.arg >> 2])
        elif op in NAME_OPS:
            text += " %s" % names[ins.arg]
        elif ins.arg is not None:
            text += " %d" % ins.arg
        out.append("%d %s %s" % (i, show_pos(ins.positions, cols), text))
    for e in dis._parse_exception_table(co):
        out.append("exc: %d-%d ->%d depth=%d%s" % (
            index_at_or_after(e.start), index_at_or_after(e.end), index_of[e.target],
            e.depth, " lasti" if e.lasti else ""))
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            dump_code(c, cols, out)


def localsplus_kinds(co):
    # CPython exposes the localsplus kinds only through the varnames/cellvars/freevars
    # views: a cell that is also a local is one slot. Fast locals of module and class code
    # exist only for inlined comprehensions, which makes them CO_FAST_HIDDEN (PEP 709).
    hidden = 0 if co.co_flags & 1 else 0x10
    kinds = []
    for name in co.co_varnames:
        k = 0x20 | hidden
        if name in co.co_cellvars:
            k |= 0x40
        kinds.append(k)
    for name in co.co_cellvars:
        if name not in co.co_varnames:
            kinds.append(0x40)
    for name in co.co_freevars:
        kinds.append(0x80)
    return kinds


def localsplus_names(co):
    lp = list(co.co_varnames)
    lp += [n for n in co.co_cellvars if n not in co.co_varnames]
    lp += list(co.co_freevars)
    return lp


def dump(source, filename, mode="exec", optimize=0):
    cols = Columns(source)
    try:
        co = compile(source, filename, mode, dont_inherit=True, optimize=optimize)
    except SyntaxError as e:
        # None is 0, as in the parser's SyntaxErrorInfo
        loc = tuple(0 if v is None else v for v in (e.lineno, e.offset, e.end_lineno, e.end_offset))
        return "error: %s @ %s:%s-%s:%s" % ((e.msg,) + loc)
    out = []
    dump_code(co, cols, out)
    return "\n".join(out) + "\n"


def main():
    fixtures = {}
    skipped = []
    for name, mode, optimize, source in load_corpus():
        try:
            tree = ast.parse(source, name, mode)
        except SyntaxError as e:
            skipped.append("%s: parser error %s" % (name, e.msg))
            continue
        try:
            astext = serialize(tree, source)
        except NotImplementedError as e:
            skipped.append("%s: unsupported %s" % (name, e))
            continue
        try:
            d = dump(source, name, mode, optimize)
        except Exception as e:  # CPython itself fails (e.g. SystemError): not a usable case
            skipped.append("%s: CPython raised %s" % (name, type(e).__name__))
            continue
        fixtures[name] = {"source": source, "mode": mode, "optimize": optimize, "ast": astext, "dump": d}
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"python": sys.version.split()[0], "cases": fixtures}, f, indent=1,
                  ensure_ascii=True)
        f.write("\n")
    print("%d cases written to %s" % (len(fixtures), OUT))
    for s in skipped:
        print("skipped", s)


if __name__ == "__main__":
    main()
