// Statement and pattern grammar of Python 3.12 (Grammar/python.gram, "STARTING RULES"
// through "Match statement"), on top of the expression rules. Same conventions as
// expressions.ts: grammar order, mark restored on failure, invalid_* rules only in the
// second pass. PEP 695 type parameters and `type` statements are recognised and
// rejected with a SyntaxError (the AST has no place for them yet).
import { Tok } from "../lexer/token";
import { BinOp, UnaryOp } from "../common/operators";
import {
  Node,
  NodeKind,
  Ctx,
  ConstKind,
  ModuleNode,
  ExpressionNode,
  Constant,
  Sequence,
  FunctionDef,
  ClassDef,
  Return,
  Delete,
  Assign,
  AugAssign,
  AnnAssign,
  For,
  While,
  If,
  With,
  WithItem,
  Match,
  MatchCase,
  Raise,
  Try,
  ExceptHandler,
  Assert,
  Import,
  ImportFrom,
  Alias,
  NameList,
  ExprStmt,
  Arguments,
  MatchValue,
  MatchSingleton,
  MatchSequence,
  MatchMapping,
  MatchClass,
  MatchStar,
  MatchAs,
  MatchOr,
  BinOpNode,
  UnaryOpNode,
  Attribute,
} from "./ast";
import { Rule } from "./core";
import { ExprParser, newConstant, CallArgs } from "./expressions";
import { setExprContext, exprName, invalidTarget, TargetsType } from "./actions";

// A statement list as a node, so that `block` can be memoised like other rules.
class StmtSeq extends Node {
  stmts: Array<Node> = [];
}

class KeyPattern {
  constructor(
    public key: Node,
    public pattern: Node,
  ) {}
}

class NamePattern {
  constructor(
    public name: string,
    public pattern: Node,
  ) {}
}

function plainNode(kind: NodeKind): Node {
  return new Node(kind, 0, 0, 0, 0);
}

export class Parser extends ExprParser {
  // ---- starting rules ----

  // file: [statements] ENDMARKER
  file(): Node | null {
    const a = this.statements();
    if (this.err) return null;
    if (this.expect(Tok.ENDMARKER) === null) return null;
    const m = new ModuleNode(NodeKind.Module, 0, 0, 0, 0);
    if (a !== null) m.body = a;
    m.docstring = hasDocstring(m.body);
    return m;
  }

  // interactive: statement_newline
  interactive(): Node | null {
    const a = this.statementNewline();
    if (a === null) return null;
    const m = new ModuleNode(NodeKind.Interactive, 0, 0, 0, 0);
    m.body = a;
    return m;
  }

  // eval: expressions NEWLINE* ENDMARKER
  evalInput(): Node | null {
    const a = this.expressions();
    if (a === null) return null;
    while (this.expect(Tok.NEWLINE) !== null) {}
    if (this.err) return null;
    if (this.expect(Tok.ENDMARKER) === null) return null;
    const e = new ExpressionNode(NodeKind.Expression, 0, 0, 0, 0);
    e.body = a;
    return e;
  }

  // statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
  private statementNewline(): Array<Node> | null {
    const start = this.begin();
    if (start < 0) return null;
    const c = this.compoundStmt();
    if (c !== null && this.expect(Tok.NEWLINE) !== null) return [c];
    if (this.err) return null;
    this.mark = start;
    const s = this.simpleStmts();
    if (s !== null || this.err) return s;
    this.mark = start;
    if (this.expect(Tok.NEWLINE) !== null) return [this.at<Node>(plainNode(NodeKind.Pass), start)];
    return null;
  }

  // statements: statement+
  statements(): Array<Node> | null {
    const out = new Array<Node>();
    for (;;) {
      const s = this.statement();
      if (s === null) break;
      for (let i = 0; i < s.length; i++) out.push(s[i]);
    }
    if (this.err) return null;
    return out.length > 0 ? out : null;
  }

  // statement: compound_stmt | simple_stmts
  private statement(): Array<Node> | null {
    if (!this.enter()) return null;
    const start = this.mark;
    let res: Array<Node> | null = null;
    const c = this.compoundStmt();
    if (c !== null) res = [c];
    else if (!this.err) {
      this.mark = start;
      res = this.simpleStmts();
    }
    this.leave();
    return this.err ? null : res;
  }

  // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
  simpleStmts(): Array<Node> | null {
    const start = this.mark;
    const a = this.simpleStmt();
    if (a === null) return null;
    if (!this.check(Tok.SEMI) && this.expect(Tok.NEWLINE) !== null) return [a];
    if (this.err) return null;
    this.mark = start;
    const out = new Array<Node>();
    for (;;) {
      const save = this.mark;
      if (out.length > 0 && this.expect(Tok.SEMI) === null) break;
      const s = this.simpleStmt();
      if (s === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      out.push(s);
    }
    if (this.err) return null;
    this.expect(Tok.SEMI);
    if (this.expect(Tok.NEWLINE) === null) {
      if (!this.err) this.mark = start;
      return null;
    }
    return out;
  }

  // simple_stmt (memo)
  private simpleStmt(): Node | null {
    if (this.err) return null;
    const m = this.memoGet(Rule.SIMPLE_STMT);
    if (m !== null) {
      this.mark = m.end;
      return m.node;
    }
    const start = this.begin();
    if (start < 0) return null;
    const res = this.simpleStmtBody(start);
    if (this.err) return null;
    if (res === null) this.mark = start;
    this.memoPut(Rule.SIMPLE_STMT, start, res);
    return res;
  }

  private simpleStmtBody(start: i32): Node | null {
    const a = this.assignment();
    if (a !== null || this.err) return a;
    this.mark = start;
    const t = unchecked(this.tokens[start]);
    if (t.kind == Tok.NAME && this.rawText(t) == "type") {
      const ta = this.typeAlias();
      if (ta !== null || this.err) return ta;
      this.mark = start;
    }
    const e = this.starExpressions();
    if (e !== null) {
      const s = new ExprStmt(NodeKind.ExprStmt, 0, 0, 0, 0);
      s.value = e;
      return this.at<ExprStmt>(s, start);
    }
    if (this.err) return null;
    this.mark = start;
    switch (t.kind) {
      case Tok.RETURN:
        return this.returnStmt();
      case Tok.IMPORT:
      case Tok.FROM:
        return this.importStmt();
      case Tok.RAISE:
        return this.raiseStmt();
      case Tok.PASS:
        this.mark++;
        return this.at<Node>(plainNode(NodeKind.Pass), start);
      case Tok.DEL:
        return this.delStmt();
      case Tok.YIELD: {
        const y = this.yieldExpr();
        if (y === null) return null;
        const s = new ExprStmt(NodeKind.ExprStmt, 0, 0, 0, 0);
        s.value = y;
        return this.at<ExprStmt>(s, start);
      }
      case Tok.ASSERT:
        return this.assertStmt();
      case Tok.BREAK:
        this.mark++;
        return this.at<Node>(plainNode(NodeKind.Break), start);
      case Tok.CONTINUE:
        this.mark++;
        return this.at<Node>(plainNode(NodeKind.Continue), start);
      case Tok.GLOBAL:
      case Tok.NONLOCAL:
        return this.nameListStmt(t.kind == Tok.GLOBAL ? NodeKind.Global : NodeKind.Nonlocal);
      default:
        return null;
    }
  }

  // ---- assignment ----

  // assignment:
  //   | NAME ':' expression ['=' annotated_rhs]
  //   | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  //   | (star_targets '=')+ annotated_rhs !'=' [TYPE_COMMENT]
  //   | single_target augassign ~ annotated_rhs
  //   | invalid_assignment
  private assignment(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const first = unchecked(this.tokens[start]);
    if (first.kind == Tok.NAME) {
      const n = this.nameToken()!;
      if (this.expect(Tok.COLON) !== null) {
        const b = this.expression();
        if (b !== null) {
          const c = this.optionalAssignedValue();
          if (!this.err) {
            const s = new AnnAssign(NodeKind.AnnAssign, 0, 0, 0, 0);
            s.target = setExprContext(n, Ctx.Store);
            s.annotation = b;
            s.value = c;
            s.simple = true;
            return this.at<AnnAssign>(s, start);
          }
        }
      }
      if (this.err) return null;
      this.mark = start;
    }
    {
      let target: Node | null = null;
      if (this.expect(Tok.LPAR) !== null) {
        const st = this.singleTarget();
        if (st !== null && this.expect(Tok.RPAR) !== null) target = st;
      }
      if (this.err) return null;
      if (target === null) {
        this.mark = start;
        target = this.subscriptAttributeTarget(Ctx.Store);
      }
      if (target !== null && this.expect(Tok.COLON) !== null) {
        const b = this.expression();
        if (b !== null) {
          const c = this.optionalAssignedValue();
          if (!this.err) {
            const s = new AnnAssign(NodeKind.AnnAssign, 0, 0, 0, 0);
            s.target = target;
            s.annotation = b;
            s.value = c;
            s.simple = false;
            return this.at<AnnAssign>(s, start);
          }
        }
      }
      if (this.err) return null;
      this.mark = start;
    }
    {
      const targets = new Array<Node>();
      let more = true;
      while (more) {
        const save = this.mark;
        const z = this.starTargets();
        if (z !== null && this.expect(Tok.EQUAL) !== null) {
          targets.push(z);
        } else {
          if (this.err) return null;
          this.mark = save;
          more = false;
        }
      }
      if (targets.length > 0) {
        const b = this.annotatedRhs();
        if (b !== null && !this.check(Tok.EQUAL)) {
          if (this.err) return null;
          const s = new Assign(NodeKind.Assign, 0, 0, 0, 0);
          s.targets = targets;
          s.value = b;
          return this.at<Assign>(s, start);
        }
      }
      if (this.err) return null;
      this.mark = start;
    }
    {
      const a = this.singleTarget();
      if (a !== null) {
        const op = this.augassign();
        if (op >= 0) {
          const c = this.annotatedRhs();
          if (c === null) {
            // Past the cut: no invalid_assignment for `x += <bad>`.
            if (!this.err) this.mark = start;
            return null;
          }
          const s = new AugAssign(NodeKind.AugAssign, 0, 0, 0, 0);
          s.target = a;
          s.op = <BinOp>op;
          s.value = c;
          return this.at<AugAssign>(s, start);
        }
      }
      if (this.err) return null;
      this.mark = start;
    }
    if (this.callInvalidRules) {
      this.invalidAssignment();
      if (this.err) return null;
      this.mark = start;
    }
    return null;
  }

  // ['=' annotated_rhs]
  private optionalAssignedValue(): Node | null {
    const save = this.mark;
    if (this.expect(Tok.EQUAL) !== null) {
      const d = this.annotatedRhs();
      if (d !== null) return d;
      if (this.err) return null;
    }
    this.mark = save;
    return null;
  }

  // annotated_rhs: yield_expr | star_expressions
  annotatedRhs(): Node | null {
    const y = this.yieldExpr();
    if (y !== null || this.err) return y;
    return this.starExpressions();
  }

  // augassign: '+=' | '-=' | ... ; the BinOp, or -1.
  private augassign(): i32 {
    const t = this.peek();
    if (t === null) return -1;
    let op: i32 = -1;
    switch (t.kind) {
      case Tok.PLUSEQUAL: op = BinOp.ADD; break;
      case Tok.MINEQUAL: op = BinOp.SUBTRACT; break;
      case Tok.STAREQUAL: op = BinOp.MULTIPLY; break;
      case Tok.ATEQUAL: op = BinOp.MATRIX_MULTIPLY; break;
      case Tok.SLASHEQUAL: op = BinOp.TRUE_DIVIDE; break;
      case Tok.PERCENTEQUAL: op = BinOp.REMAINDER; break;
      case Tok.AMPEREQUAL: op = BinOp.AND; break;
      case Tok.VBAREQUAL: op = BinOp.OR; break;
      case Tok.CIRCUMFLEXEQUAL: op = BinOp.XOR; break;
      case Tok.LEFTSHIFTEQUAL: op = BinOp.LSHIFT; break;
      case Tok.RIGHTSHIFTEQUAL: op = BinOp.RSHIFT; break;
      case Tok.DOUBLESTAREQUAL: op = BinOp.POWER; break;
      case Tok.DOUBLESLASHEQUAL: op = BinOp.FLOOR_DIVIDE; break;
      default: break;
    }
    if (op >= 0) this.mark++;
    return op;
  }

  // invalid_assignment
  private invalidAssignment(): void {
    const start = this.mark;
    // invalid_ann_assign_target ':' expression
    {
      const a = this.invalidAnnAssignTarget();
      if (a !== null && this.expect(Tok.COLON) !== null && this.expression() !== null) {
        this.raiseNode(a, "only single target (not " + exprName(a) + ") can be annotated");
        return;
      }
      if (this.err) return;
    }
    this.mark = start;
    // star_named_expression ',' star_named_expressions* ':' expression
    {
      const a = this.starNamedExpression();
      if (a !== null && this.expect(Tok.COMMA) !== null) {
        for (;;) {
          const save = this.mark;
          if (this.starNamedExpressions() === null) {
            if (this.err) return;
            this.mark = save;
            break;
          }
        }
        if (this.expect(Tok.COLON) !== null && this.expression() !== null) {
          this.raiseNode(a, "only single target (not tuple) can be annotated");
          return;
        }
      }
      if (this.err) return;
    }
    this.mark = start;
    // expression ':' expression
    {
      const a = this.expression();
      if (a !== null && this.expect(Tok.COLON) !== null && this.expression() !== null) {
        this.raiseNode(a, "illegal target for annotation");
        return;
      }
      if (this.err) return;
    }
    this.mark = start;
    // (star_targets '=')* star_expressions '='
    {
      this.skipStarTargetsAssignments();
      if (this.err) return;
      const a = this.starExpressions();
      if (a !== null && this.expect(Tok.EQUAL) !== null) {
        const bad = invalidTarget(a, TargetsType.STAR_TARGETS);
        if (bad !== null) this.raiseNode(bad, "cannot assign to " + exprName(bad));
        return;
      }
      if (this.err) return;
    }
    this.mark = start;
    // (star_targets '=')* yield_expr '='
    {
      this.skipStarTargetsAssignments();
      if (this.err) return;
      const a = this.yieldExpr();
      if (a !== null && this.expect(Tok.EQUAL) !== null) {
        this.raiseNode(a, "assignment to yield expression not possible");
        return;
      }
      if (this.err) return;
    }
    this.mark = start;
    // star_expressions augassign (yield_expr | star_expressions)
    {
      const a = this.starExpressions();
      if (a !== null && this.augassign() >= 0 && this.annotatedRhs() !== null) {
        this.raiseNode(a, "'" + exprName(a) + "' is an illegal expression for augmented assignment");
        return;
      }
      if (this.err) return;
    }
    this.mark = start;
  }

  // (star_targets '=')*
  private skipStarTargetsAssignments(): void {
    let more = true;
    while (more) {
      const save = this.mark;
      const z = this.starTargets();
      if (z === null || this.expect(Tok.EQUAL) === null) {
        if (!this.err) this.mark = save;
        more = false;
      }
    }
  }

  // invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
  private invalidAnnAssignTarget(): Node | null {
    const start = this.mark;
    const l = this.list();
    if (l !== null || this.err) return l;
    this.mark = start;
    const t = this.tuple();
    if (t !== null || this.err) return t;
    this.mark = start;
    if (this.expect(Tok.LPAR) !== null) {
      if (!this.enter()) return null;
      const a = this.invalidAnnAssignTarget();
      this.leave();
      if (a !== null && this.expect(Tok.RPAR) !== null) return a;
    }
    if (!this.err) this.mark = start;
    return null;
  }

  // ---- simple statements ----

  // return_stmt: 'return' [star_expressions]
  private returnStmt(): Node | null {
    const start = this.begin();
    if (this.expect(Tok.RETURN) === null) return null;
    const v = this.starExpressions();
    if (this.err) return null;
    const r = new Return(NodeKind.Return, 0, 0, 0, 0);
    r.value = v;
    return this.at<Return>(r, start);
  }

  // raise_stmt: 'raise' expression ['from' expression] | 'raise'
  private raiseStmt(): Node | null {
    const start = this.begin();
    if (this.expect(Tok.RAISE) === null) return null;
    const r = new Raise(NodeKind.Raise, 0, 0, 0, 0);
    const a = this.expression();
    if (a !== null) {
      r.exc = a;
      const save = this.mark;
      if (this.expect(Tok.FROM) !== null) {
        const b = this.expression();
        if (b !== null) r.cause = b;
        else if (this.err) return null;
        else this.mark = save;
      }
    }
    if (this.err) return null;
    return this.at<Raise>(r, start);
  }

  // global_stmt / nonlocal_stmt: ('global' | 'nonlocal') ','.NAME+
  private nameListStmt(kind: NodeKind): Node | null {
    const start = this.begin();
    this.mark++;
    const n = new NameList(kind, 0, 0, 0, 0);
    for (;;) {
      const save = this.mark;
      if (n.names.length > 0 && this.expect(Tok.COMMA) === null) break;
      const t = this.expect(Tok.NAME);
      if (t === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      n.names.push(this.text(t));
    }
    if (this.err) return null;
    if (n.names.length == 0) {
      this.mark = start;
      return null;
    }
    return this.at<NameList>(n, start);
  }

  // del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
  private delStmt(): Node | null {
    const start = this.begin();
    if (this.expect(Tok.DEL) === null) return null;
    const a = this.delTargets();
    if (a !== null) {
      const k = this.peekKind();
      if (k == Tok.SEMI || k == Tok.NEWLINE) {
        const d = new Delete(NodeKind.Delete, 0, 0, 0, 0);
        d.targets = a;
        return this.at<Delete>(d, start);
      }
    }
    if (this.err) return null;
    this.mark = start;
    if (this.callInvalidRules) {
      // invalid_del_stmt: 'del' star_expressions
      this.mark++;
      const e = this.starExpressions();
      if (e !== null) {
        const bad = invalidTarget(e, TargetsType.DEL_TARGETS);
        if (bad !== null) this.raiseNode(bad, "cannot delete " + exprName(bad));
        if (this.err) return null;
      }
      if (this.err) return null;
      this.mark = start;
    }
    return null;
  }

  // assert_stmt: 'assert' expression [',' expression]
  private assertStmt(): Node | null {
    const start = this.begin();
    if (this.expect(Tok.ASSERT) === null) return null;
    const a = this.expression();
    if (a === null) {
      if (!this.err) this.mark = start;
      return null;
    }
    const s = new Assert(NodeKind.Assert, 0, 0, 0, 0);
    s.test = a;
    const save = this.mark;
    if (this.expect(Tok.COMMA) !== null) {
      const b = this.expression();
      if (b !== null) s.msg = b;
      else if (this.err) return null;
      else this.mark = save;
    }
    if (this.err) return null;
    return this.at<Assert>(s, start);
  }

  // import_stmt (memo): invalid_import | import_name | import_from
  private importStmt(): Node | null {
    if (this.err) return null;
    const m = this.memoGet(Rule.IMPORT_STMT);
    if (m !== null) {
      this.mark = m.end;
      return m.node;
    }
    const start = this.begin();
    if (start < 0) return null;
    let res: Node | null = null;
    if (this.callInvalidRules) {
      // invalid_import: 'import' ','.dotted_name+ 'from' dotted_name
      const imp = this.expect(Tok.IMPORT);
      let names = 0;
      if (imp !== null) {
        for (;;) {
          const save = this.mark;
          if (names > 0 && this.expect(Tok.COMMA) === null) break;
          if (this.dottedName() === null) {
            this.mark = save;
            break;
          }
          names++;
        }
      }
      if (this.err) return null;
      if (names > 0 && this.expect(Tok.FROM) !== null && this.dottedName() !== null) {
        this.raiseStartingFrom(imp!.line, imp!.col, "Did you mean to use 'from ... import ...' instead?");
        return null;
      }
      if (this.err) return null;
      this.mark = start;
    }
    res = this.importName();
    if (res === null && !this.err) {
      this.mark = start;
      res = this.importFrom();
    }
    if (this.err) return null;
    if (res === null) this.mark = start;
    this.memoPut(Rule.IMPORT_STMT, start, res);
    return res;
  }

  // import_name: 'import' dotted_as_names
  private importName(): Node | null {
    const start = this.begin();
    if (this.expect(Tok.IMPORT) === null) return null;
    const names = new Array<Alias>();
    for (;;) {
      const save = this.mark;
      if (names.length > 0 && this.expect(Tok.COMMA) === null) break;
      const a = this.dottedAsName();
      if (a === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      names.push(a);
    }
    if (this.err) return null;
    if (names.length == 0) {
      this.mark = start;
      return null;
    }
    const s = new Import(NodeKind.Import, 0, 0, 0, 0);
    s.names = names;
    return this.at<Import>(s, start);
  }

  // dotted_as_name: dotted_name ['as' NAME]
  private dottedAsName(): Alias | null {
    const start = this.begin();
    if (start < 0) return null;
    const name = this.dottedName();
    if (name === null) return null;
    const a = new Alias(name, 0, 0, 0, 0);
    const save = this.mark;
    if (this.expect(Tok.AS) !== null) {
      const t = this.expect(Tok.NAME);
      if (t !== null) a.asname = this.text(t);
      else if (this.err) return null;
      else this.mark = save;
    }
    this.aliasPos(a, start);
    return a;
  }

  private aliasPos(a: Alias, start: i32): void {
    const s = unchecked(this.tokens[start]);
    const e = this.lastNonWhitespaceToken();
    a.line = s.line;
    a.col = s.col;
    a.endLine = e.endLine;
    a.endCol = e.endCol;
  }

  // dotted_name: dotted_name '.' NAME | NAME
  private dottedName(): string | null {
    const t = this.expect(Tok.NAME);
    if (t === null) return null;
    let name = this.text(t);
    for (;;) {
      const save = this.mark;
      if (this.expect(Tok.DOT) === null) break;
      const u = this.expect(Tok.NAME);
      if (u === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      name += "." + this.text(u);
    }
    return this.err ? null : name;
  }

  // import_from:
  //   | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  //   | 'from' ('.' | '...')+ 'import' import_from_targets
  private importFrom(): Node | null {
    const start = this.begin();
    if (this.expect(Tok.FROM) === null) return null;
    let level = 0;
    for (;;) {
      if (this.expect(Tok.DOT) !== null) level += 1;
      else if (this.expect(Tok.ELLIPSIS) !== null) level += 3;
      else break;
    }
    if (this.err) return null;
    const afterDots = this.mark;
    const module = this.dottedName();
    if (module !== null && this.expect(Tok.IMPORT) !== null) {
      const names = this.importFromTargets();
      if (names !== null) {
        const s = new ImportFrom(NodeKind.ImportFrom, 0, 0, 0, 0);
        s.module = module;
        s.names = names;
        s.level = level;
        return this.at<ImportFrom>(s, start);
      }
    }
    if (this.err) return null;
    this.mark = afterDots;
    if (level > 0 && this.expect(Tok.IMPORT) !== null) {
      const names = this.importFromTargets();
      if (names !== null) {
        const s = new ImportFrom(NodeKind.ImportFrom, 0, 0, 0, 0);
        s.module = null;
        s.names = names;
        s.level = level;
        return this.at<ImportFrom>(s, start);
      }
    }
    if (!this.err) this.mark = start;
    return null;
  }

  // import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !','
  //   | '*' | invalid_import_from_targets
  private importFromTargets(): Array<Alias> | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.expect(Tok.LPAR) !== null) {
      const names = this.importFromAsNames();
      if (names !== null) {
        this.expect(Tok.COMMA);
        if (this.expect(Tok.RPAR) !== null) return names;
      }
      if (this.err) return null;
    }
    this.mark = start;
    {
      const names = this.importFromAsNames();
      if (names !== null && !this.check(Tok.COMMA)) return this.err ? null : names;
      if (this.err) return null;
    }
    this.mark = start;
    if (this.expect(Tok.STAR) !== null) {
      const a = new Alias("*", 0, 0, 0, 0);
      this.aliasPos(a, start);
      return [a];
    }
    if (this.err) return null;
    if (this.callInvalidRules) {
      // invalid_import_from_targets: import_from_as_names ',' NEWLINE
      const names = this.importFromAsNames();
      if (names !== null && this.expect(Tok.COMMA) !== null && this.expect(Tok.NEWLINE) !== null) {
        {
      this.raiseSyntax("trailing comma not allowed without surrounding parentheses");
      return null;
    }
      }
      if (this.err) return null;
      this.mark = start;
    }
    return null;
  }

  // import_from_as_names: ','.import_from_as_name+
  private importFromAsNames(): Array<Alias> | null {
    const out = new Array<Alias>();
    for (;;) {
      const save = this.mark;
      if (out.length > 0 && this.expect(Tok.COMMA) === null) break;
      const a = this.importFromAsName();
      if (a === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      out.push(a);
    }
    if (this.err) return null;
    return out.length > 0 ? out : null;
  }

  // import_from_as_name: NAME ['as' NAME]
  private importFromAsName(): Alias | null {
    const start = this.begin();
    if (start < 0) return null;
    const t = this.expect(Tok.NAME);
    if (t === null) return null;
    const a = new Alias(this.text(t), 0, 0, 0, 0);
    const save = this.mark;
    if (this.expect(Tok.AS) !== null) {
      const u = this.expect(Tok.NAME);
      if (u !== null) a.asname = this.text(u);
      else if (this.err) return null;
      else this.mark = save;
    }
    this.aliasPos(a, start);
    return a;
  }

  // ---- blocks ----

  // block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
  block(): Array<Node> | null {
    if (this.err) return null;
    const m = this.memoGet(Rule.BLOCK);
    if (m !== null) {
      this.mark = m.end;
      return m.node !== null ? (<StmtSeq>m.node).stmts : null;
    }
    const start = this.begin();
    if (start < 0) return null;
    let res: Array<Node> | null = null;
    if (this.expect(Tok.NEWLINE) !== null && this.expect(Tok.INDENT) !== null) {
      const a = this.statements();
      if (a !== null && this.expect(Tok.DEDENT) !== null) res = a;
    }
    if (this.err) return null;
    if (res === null) {
      this.mark = start;
      res = this.simpleStmts();
      if (this.err) return null;
    }
    if (res === null) {
      this.mark = start;
      if (this.callInvalidRules) {
        // invalid_block: NEWLINE !INDENT
        if (this.expect(Tok.NEWLINE) !== null && !this.check(Tok.INDENT)) {
          if (this.err) return null;
          {
      this.raiseIndentation("expected an indented block");
      return null;
    }
        }
        if (this.err) return null;
        this.mark = start;
      }
    }
    let holder: StmtSeq | null = null;
    if (res !== null) {
      holder = new StmtSeq(NodeKind.Module, 0, 0, 0, 0);
      holder.stmts = res;
    }
    this.memoPut(Rule.BLOCK, start, holder);
    return res;
  }

  // `NEWLINE !INDENT` after a compound statement header: the second-pass check shared
  // by all invalid_*_stmt rules ("expected an indented block after ...").
  private missingIndentedBlock(): bool {
    const save = this.mark;
    if (this.expect(Tok.NEWLINE) !== null && !this.check(Tok.INDENT)) {
      return !this.err;
    }
    if (!this.err) this.mark = save;
    return false;
  }

  // ---- compound statements ----

  // compound_stmt
  private compoundStmt(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const t = unchecked(this.tokens[start]);
    switch (t.kind) {
      case Tok.DEF:
        return this.functionDef();
      case Tok.AT: {
        const f = this.functionDef();
        if (f !== null || this.err) return f;
        this.mark = start;
        return this.classDef();
      }
      case Tok.ASYNC: {
        let r = this.functionDef();
        if (r !== null || this.err) return r;
        this.mark = start;
        r = this.withStmt();
        if (r !== null || this.err) return r;
        this.mark = start;
        return this.forStmt();
      }
      case Tok.IF:
        return this.ifStmt();
      case Tok.CLASS:
        return this.classDef();
      case Tok.WITH:
        return this.withStmt();
      case Tok.FOR:
        return this.forStmt();
      case Tok.TRY:
        return this.tryStmt();
      case Tok.WHILE:
        return this.whileStmt();
      case Tok.NAME:
        if (this.rawText(t) == "match") return this.matchStmt();
        return null;
      default:
        return null;
    }
  }

  // decorators: ('@' named_expression NEWLINE)+
  private decorators(): Array<Node> | null {
    const out = new Array<Node>();
    for (;;) {
      const save = this.mark;
      if (this.expect(Tok.AT) === null) break;
      const f = this.namedExpression();
      if (f === null || this.expect(Tok.NEWLINE) === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      out.push(f);
    }
    if (this.err) return null;
    return out.length > 0 ? out : null;
  }

  // class_def: decorators class_def_raw | class_def_raw
  private classDef(): Node | null {
    const start = this.mark;
    const d = this.decorators();
    if (this.err) return null;
    if (d === null) this.mark = start;
    const c = this.classDefRaw();
    if (c === null) {
      if (!this.err) this.mark = start;
      return null;
    }
    if (d !== null) (<ClassDef>c).decorators = d;
    return c;
  }

  // class_def_raw: invalid_class_def_raw
  //   | 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
  private classDefRaw(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.callInvalidRules) {
      this.invalidClassDefRaw();
      if (this.err) return null;
      this.mark = start;
    }
    const kw = this.expect(Tok.CLASS);
    if (kw === null) return null;
    const name = this.expect(Tok.NAME);
    if (name !== null) {
      if (this.typeParamsRejected()) return null;
      let args: CallArgs | null = null;
      const save = this.mark;
      if (this.expect(Tok.LPAR) !== null) {
        args = this.arguments();
        if (this.err) return null;
        if (this.expect(Tok.RPAR) === null) {
          this.mark = save;
          args = null;
        }
      }
      if (this.err) return null;
      if (this.expect(Tok.COLON) !== null) {
        const body = this.block();
        if (body !== null) {
          const c = new ClassDef(NodeKind.ClassDef, 0, 0, 0, 0);
          c.name = this.text(name);
          if (args !== null) {
            c.bases = args.args;
            c.keywords = args.keywords;
          }
          c.body = body;
          return this.at<ClassDef>(c, start);
        }
      }
    }
    if (!this.err) this.mark = start;
    return null;
  }

  // invalid_class_def_raw:
  //   | 'class' NAME ['(' [arguments] ')'] NEWLINE  -> "expected ':'"
  //   | 'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
  private invalidClassDefRaw(): void {
    const start = this.mark;
    const kw = this.expect(Tok.CLASS);
    if (kw === null) return;
    if (this.expect(Tok.NAME) === null) {
      this.mark = start;
      return;
    }
    const save = this.mark;
    if (this.expect(Tok.LPAR) !== null) {
      this.arguments();
      if (this.err) return;
      if (this.expect(Tok.RPAR) === null) this.mark = save;
    }
    if (this.err) return;
    const afterHeader = this.mark;
    if (this.expect(Tok.NEWLINE) !== null) {
      this.raiseSyntax("expected ':'");
      return;
    }
    if (this.err) return;
    this.mark = afterHeader;
    if (this.expect(Tok.COLON) !== null && this.missingIndentedBlock()) {
      this.raiseIndentation("expected an indented block after class definition on line " + kw.line.toString());
      return;
    }
    if (!this.err) this.mark = start;
  }

  // function_def: decorators function_def_raw | function_def_raw
  private functionDef(): Node | null {
    const start = this.mark;
    const d = this.decorators();
    if (this.err) return null;
    if (d === null) this.mark = start;
    const f = this.functionDefRaw();
    if (f === null) {
      if (!this.err) this.mark = start;
      return null;
    }
    if (d !== null) (<FunctionDef>f).decorators = d;
    return f;
  }

  // function_def_raw: invalid_def_raw
  //   | [ASYNC] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' block
  private functionDefRaw(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.callInvalidRules) {
      this.invalidDefRaw();
      if (this.err) return null;
      this.mark = start;
    }
    const isAsync = this.expect(Tok.ASYNC) !== null;
    if (this.expect(Tok.DEF) === null) {
      if (!this.err) this.mark = start;
      return null;
    }
    const name = this.expect(Tok.NAME);
    if (name === null) {
      if (!this.err) this.mark = start;
      return null;
    }
    if (this.typeParamsRejected()) return null;
    if (this.expectForced(Tok.LPAR, "(") === null) return null;
    const params = this.params();
    if (this.err) return null;
    if (this.expect(Tok.RPAR) === null) {
      if (!this.err) this.mark = start;
      return null;
    }
    let returns: Node | null = null;
    const save = this.mark;
    if (this.expect(Tok.RARROW) !== null) {
      returns = this.expression();
      if (returns === null) {
        if (this.err) return null;
        this.mark = save;
      }
    }
    if (this.expectForced(Tok.COLON, ":") === null) return null;
    const body = this.block();
    if (body === null) {
      if (!this.err) this.mark = start;
      return null;
    }
    const f = new FunctionDef(NodeKind.FunctionDef, 0, 0, 0, 0);
    f.name = this.text(name);
    f.args = params !== null ? params : new Arguments();
    f.body = body;
    f.returns = returns;
    f.isAsync = isAsync;
    return this.at<FunctionDef>(f, start);
  }

  // invalid_def_raw: [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
  private invalidDefRaw(): void {
    const start = this.mark;
    this.expect(Tok.ASYNC);
    const kw = this.expect(Tok.DEF);
    if (kw !== null && this.expect(Tok.NAME) !== null && this.expect(Tok.LPAR) !== null) {
      this.params();
      if (this.err) return;
      if (this.expect(Tok.RPAR) !== null) {
        const save = this.mark;
        if (this.expect(Tok.RARROW) !== null) {
          if (this.expression() === null) this.mark = save;
        }
        if (this.err) return;
        if (this.expect(Tok.COLON) !== null && this.missingIndentedBlock()) {
          this.raiseIndentation("expected an indented block after function definition on line " + kw.line.toString());
          return;
        }
      }
    }
    if (!this.err) this.mark = start;
  }

  // params: invalid_parameters | parameters
  private params(): Arguments | null {
    const start = this.mark;
    if (this.callInvalidRules) {
      this.invalidParameters(false);
      if (this.err) return null;
      this.mark = start;
    }
    return this.parameters(false);
  }

  // PEP 695: parses `'[' type_param_seq ']'` when present and rejects it. Returns true
  // when an error was raised.
  private typeParamsRejected(): bool {
    const open = this.peek();
    if (open === null) return true;
    if (open.kind != Tok.LSQB) return false;
    const save = this.mark;
    this.mark++;
    let count = 0;
    for (;;) {
      const s = this.mark;
      if (count > 0 && this.expect(Tok.COMMA) === null) break;
      if (!this.typeParam()) {
        if (this.err) return true;
        this.mark = s;
        break;
      }
      count++;
    }
    if (count > 0) {
      this.expect(Tok.COMMA);
      if (this.expect(Tok.RSQB) !== null) {
        this.raiseToken(open, "type parameter lists (PEP 695) are not supported");
        return true;
      }
    }
    if (this.err) return true;
    this.mark = save;
    return false;
  }

  // type_param: NAME [':' expression] | '*' NAME | '**' NAME
  private typeParam(): bool {
    const start = this.mark;
    if (this.expect(Tok.NAME) !== null) {
      const save = this.mark;
      if (this.expect(Tok.COLON) !== null && this.expression() === null) this.mark = save;
      return !this.err;
    }
    if (this.expect(Tok.STAR) !== null || this.expect(Tok.DOUBLESTAR) !== null) {
      if (this.expect(Tok.NAME) !== null) return true;
    }
    if (!this.err) this.mark = start;
    return false;
  }

  // type_alias: "type" NAME [type_params] '=' expression  (rejected: PEP 695)
  private typeAlias(): Node | null {
    const start = this.mark;
    const kw = this.expectSoftKeyword("type");
    if (kw === null) return null;
    if (this.expect(Tok.NAME) !== null) {
      const save = this.mark;
      if (this.check(Tok.LSQB)) {
        // Parse type parameters without raising: the statement itself is rejected below.
        this.mark++;
        let ok = false;
        for (;;) {
          const s = this.mark;
          if (ok && this.expect(Tok.COMMA) === null) break;
          if (!this.typeParam()) {
            this.mark = s;
            break;
          }
          ok = true;
        }
        if (this.err) return null;
        this.expect(Tok.COMMA);
        if (!ok || this.expect(Tok.RSQB) === null) this.mark = save;
      }
      if (this.err) return null;
      if (this.expect(Tok.EQUAL) !== null && this.expression() !== null) {
        {
      this.raiseToken(kw, "type alias statements (PEP 695) are not supported");
      return null;
    }
      }
    }
    if (!this.err) this.mark = start;
    return null;
  }

  // if_stmt: invalid_if_stmt | 'if' named_expression ':' block elif_stmt
  //   | 'if' named_expression ':' block [else_block]
  private ifStmt(): Node | null {
    return this.ifOrElif(Tok.IF);
  }

  private ifOrElif(keyword: Tok): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.callInvalidRules) {
      this.invalidIfOrElif(keyword);
      if (this.err) return null;
      this.mark = start;
    }
    if (this.expect(keyword) === null) return null;
    const test = this.namedExpression();
    if (test !== null && this.expect(Tok.COLON) !== null) {
      const body = this.block();
      if (body !== null) {
        const afterBody = this.mark;
        const n = new If(NodeKind.If, 0, 0, 0, 0);
        n.test = test;
        n.body = body;
        if (this.check(Tok.ELIF)) {
          const e = this.ifOrElif(Tok.ELIF);
          if (e !== null) {
            n.orelse = [e];
            return this.at<If>(n, start);
          }
          if (this.err) return null;
          this.mark = afterBody;
        }
        if (this.err) return null;
        const orelse = this.elseBlock();
        if (this.err) return null;
        if (orelse !== null) n.orelse = orelse;
        else this.mark = afterBody;
        return this.at<If>(n, start);
      }
    }
    if (!this.err) this.mark = start;
    return null;
  }

  // invalid_if_stmt / invalid_elif_stmt:
  //   | ('if'|'elif') named_expression NEWLINE -> "expected ':'"
  //   | ('if'|'elif') named_expression ':' NEWLINE !INDENT
  private invalidIfOrElif(keyword: Tok): void {
    const start = this.mark;
    const kw = this.expect(keyword);
    if (kw === null) return;
    const test = this.namedExpression();
    if (test !== null) {
      const afterTest = this.mark;
      if (this.expect(Tok.NEWLINE) !== null) {
        this.raiseSyntax("expected ':'");
        return;
      }
      if (this.err) return;
      this.mark = afterTest;
      if (this.expect(Tok.COLON) !== null && this.missingIndentedBlock()) {
        const what = keyword == Tok.IF ? "'if'" : "'elif'";
        this.raiseIndentation("expected an indented block after " + what + " statement on line " + test.line.toString());
        return;
      }
    }
    if (!this.err) this.mark = start;
  }

  // else_block: invalid_else_stmt | 'else' &&':' block
  private elseBlock(): Array<Node> | null {
    const start = this.mark;
    if (this.callInvalidRules) {
      // invalid_else_stmt: 'else' ':' NEWLINE !INDENT
      const kw = this.expect(Tok.ELSE);
      if (kw !== null && this.expect(Tok.COLON) !== null && this.missingIndentedBlock()) {
        {
      this.raiseIndentation("expected an indented block after 'else' statement on line " + kw.line.toString());
      return null;
    }
      }
      if (this.err) return null;
      this.mark = start;
    }
    if (this.expect(Tok.ELSE) === null) return null;
    if (this.expectForced(Tok.COLON, ":") === null) return null;
    const b = this.block();
    if (b === null && !this.err) this.mark = start;
    return b;
  }

  // while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
  private whileStmt(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.callInvalidRules) {
      const kw = this.expect(Tok.WHILE);
      if (kw !== null) {
        const test = this.namedExpression();
        if (test !== null) {
          const afterTest = this.mark;
          if (this.expect(Tok.NEWLINE) !== null) {
      this.raiseSyntax("expected ':'");
      return null;
    }
          if (this.err) return null;
          this.mark = afterTest;
          if (this.expect(Tok.COLON) !== null && this.missingIndentedBlock()) {
            {
      this.raiseIndentation("expected an indented block after 'while' statement on line " + kw.line.toString());
      return null;
    }
          }
        }
      }
      if (this.err) return null;
      this.mark = start;
    }
    if (this.expect(Tok.WHILE) === null) return null;
    const test = this.namedExpression();
    if (test !== null && this.expect(Tok.COLON) !== null) {
      const body = this.block();
      if (body !== null) {
        const n = new While(NodeKind.While, 0, 0, 0, 0);
        n.test = test;
        n.body = body;
        const save = this.mark;
        const orelse = this.elseBlock();
        if (this.err) return null;
        if (orelse !== null) n.orelse = orelse;
        else this.mark = save;
        return this.at<While>(n, start);
      }
    }
    if (!this.err) this.mark = start;
    return null;
  }

  // for_stmt: invalid_for_stmt
  //   | [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
  //   | invalid_for_target
  private forStmt(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.callInvalidRules) {
      this.invalidForStmt();
      if (this.err) return null;
      this.mark = start;
    }
    const isAsync = this.expect(Tok.ASYNC) !== null;
    if (this.expect(Tok.FOR) !== null) {
      const target = this.starTargets();
      if (target !== null && this.expect(Tok.IN) !== null) {
        // Past the cut: failure from here on fails the whole statement.
        const iter = this.starExpressions();
        if (iter !== null && this.expect(Tok.COLON) !== null) {
          const body = this.block();
          if (body !== null) {
            const n = new For(NodeKind.For, 0, 0, 0, 0);
            n.target = target;
            n.iter = iter;
            n.body = body;
            n.isAsync = isAsync;
            const save = this.mark;
            const orelse = this.elseBlock();
            if (this.err) return null;
            if (orelse !== null) n.orelse = orelse;
            else this.mark = save;
            return this.at<For>(n, start);
          }
        }
        if (!this.err) this.mark = start;
        return null;
      }
    }
    if (this.err) return null;
    this.mark = start;
    if (this.callInvalidRules) {
      this.invalidForTarget();
      if (this.err) return null;
      this.mark = start;
    }
    return null;
  }

  // invalid_for_stmt:
  //   | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE -> "expected ':'"
  //   | [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
  private invalidForStmt(): void {
    const start = this.mark;
    this.expect(Tok.ASYNC);
    const kw = this.expect(Tok.FOR);
    if (kw !== null && this.starTargets() !== null && this.expect(Tok.IN) !== null && this.starExpressions() !== null) {
      const save = this.mark;
      if (this.expect(Tok.NEWLINE) !== null) {
        this.raiseSyntax("expected ':'");
        return;
      }
      if (this.err) return;
      this.mark = save;
      if (this.expect(Tok.COLON) !== null && this.missingIndentedBlock()) {
        this.raiseIndentation("expected an indented block after 'for' statement on line " + kw.line.toString());
        return;
      }
    }
    if (!this.err) this.mark = start;
  }

  // with_stmt: invalid_with_stmt_indent
  //   | [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
  //   | [ASYNC] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
  //   | invalid_with_stmt
  private withStmt(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.callInvalidRules) {
      this.invalidWithStmt(true);
      if (this.err) return null;
      this.mark = start;
    }
    const isAsync = this.expect(Tok.ASYNC) !== null;
    if (this.expect(Tok.WITH) === null) {
      if (!this.err) this.mark = start;
      return null;
    }
    const afterWith = this.mark;
    if (this.expect(Tok.LPAR) !== null) {
      const items = this.withItems();
      if (items !== null) {
        this.expect(Tok.COMMA);
        if (this.expect(Tok.RPAR) !== null && this.expect(Tok.COLON) !== null) {
          const body = this.block();
          if (body !== null) return this.makeWith(items, body, isAsync, start);
        }
      }
      if (this.err) return null;
    }
    this.mark = afterWith;
    {
      const items = this.withItems();
      if (items !== null && this.expect(Tok.COLON) !== null) {
        const body = this.block();
        if (body !== null) return this.makeWith(items, body, isAsync, start);
      }
      if (this.err) return null;
    }
    this.mark = start;
    if (this.callInvalidRules) {
      this.invalidWithStmt(false);
      if (this.err) return null;
      this.mark = start;
    }
    return null;
  }

  private makeWith(items: Array<WithItem>, body: Array<Node>, isAsync: bool, start: i32): Node {
    const w = new With(NodeKind.With, 0, 0, 0, 0);
    w.items = items;
    w.body = body;
    w.isAsync = isAsync;
    return this.at<With>(w, start);
  }

  // ','.with_item+
  private withItems(): Array<WithItem> | null {
    const out = new Array<WithItem>();
    for (;;) {
      const save = this.mark;
      if (out.length > 0 && this.expect(Tok.COMMA) === null) break;
      const w = this.withItem();
      if (w === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      out.push(w);
    }
    if (this.err) return null;
    return out.length > 0 ? out : null;
  }

  // with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
  private withItem(): WithItem | null {
    const start = this.mark;
    const e = this.expression();
    if (e === null) return null;
    const afterExpr = this.mark;
    if (this.expect(Tok.AS) !== null) {
      const t = this.starTarget();
      if (t !== null) {
        const k = this.peekKind();
        if (k == Tok.COMMA || k == Tok.RPAR || k == Tok.COLON) {
          const w = new WithItem(e);
          w.optionalVars = t;
          return w;
        }
      }
      if (this.err) return null;
    }
    this.mark = start;
    if (this.callInvalidRules) {
      // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
      if (this.expression() !== null && this.expect(Tok.AS) !== null) {
        const a = this.expression();
        if (a !== null) {
          const k = this.peekKind();
          if (k == Tok.COMMA || k == Tok.RPAR || k == Tok.COLON) {
            const bad = invalidTarget(a, TargetsType.STAR_TARGETS);
            if (bad !== null) this.raiseNode(bad, "cannot assign to " + exprName(bad));
            if (this.err) return null;
            this.mark = start;
            return null;
          }
        }
      }
      if (this.err) return null;
      this.mark = start;
    }
    this.mark = afterExpr;
    return new WithItem(e);
  }

  // invalid_with_stmt_indent (indent = true) / invalid_with_stmt (indent = false):
  //   | [ASYNC] 'with' ','.(expression ['as' star_target])+ (NEWLINE | ':' NEWLINE !INDENT)
  //   | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' (NEWLINE | ':' NEWLINE !INDENT)
  private invalidWithStmt(indent: bool): void {
    const start = this.mark;
    this.expect(Tok.ASYNC);
    const kw = this.expect(Tok.WITH);
    if (kw === null) {
      this.mark = start;
      return;
    }
    const afterWith = this.mark;
    for (let form = 0; form < 2; form++) {
      this.mark = afterWith;
      if (form == 1 && this.expect(Tok.LPAR) === null) break;
      let count = 0;
      for (;;) {
        const save = this.mark;
        if (count > 0 && this.expect(Tok.COMMA) === null) break;
        const e = form == 0 ? this.expression() : this.expressions();
        if (e === null) {
          if (this.err) return;
          this.mark = save;
          break;
        }
        const beforeAs = this.mark;
        if (this.expect(Tok.AS) !== null) {
          if (this.starTarget() === null) this.mark = beforeAs;
        }
        if (this.err) return;
        count++;
      }
      if (this.err) return;
      if (count == 0) continue;
      if (form == 1) {
        this.expect(Tok.COMMA);
        if (this.expect(Tok.RPAR) === null) continue;
      }
      if (this.err) return;
      if (indent) {
        if (this.expect(Tok.COLON) !== null && this.missingIndentedBlock()) {
          this.raiseIndentation("expected an indented block after 'with' statement on line " + kw.line.toString());
          return;
        }
      } else if (this.expect(Tok.NEWLINE) !== null) {
        this.raiseSyntax("expected ':'");
        return;
      }
      if (this.err) return;
    }
    this.mark = start;
  }

  // try_stmt: invalid_try_stmt | 'try' &&':' block finally_block
  //   | 'try' &&':' block except_block+ [else_block] [finally_block]
  //   | 'try' &&':' block except_star_block+ [else_block] [finally_block]
  private tryStmt(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.callInvalidRules) {
      this.invalidTryStmt();
      if (this.err) return null;
      this.mark = start;
    }
    if (this.expect(Tok.TRY) === null) return null;
    if (this.expectForced(Tok.COLON, ":") === null) return null;
    const body = this.block();
    if (body === null) {
      if (!this.err) this.mark = start;
      return null;
    }
    const afterBody = this.mark;
    const fin = this.finallyBlock();
    if (fin !== null) {
      const t = new Try(NodeKind.Try, 0, 0, 0, 0);
      t.body = body;
      t.finalbody = fin;
      return this.at<Try>(t, start);
    }
    if (this.err) return null;
    for (let star = 0; star < 2; star++) {
      this.mark = afterBody;
      const handlers = new Array<ExceptHandler>();
      for (;;) {
        const h = star == 0 ? this.exceptBlock() : this.exceptStarBlock();
        if (h === null) break;
        handlers.push(h);
      }
      if (this.err) return null;
      if (handlers.length == 0) continue;
      const t = new Try(star == 0 ? NodeKind.Try : NodeKind.TryStar, 0, 0, 0, 0);
      t.body = body;
      t.handlers = handlers;
      const save = this.mark;
      const orelse = this.elseBlock();
      if (this.err) return null;
      if (orelse !== null) t.orelse = orelse;
      else this.mark = save;
      const save2 = this.mark;
      const f = this.finallyBlock();
      if (this.err) return null;
      if (f !== null) t.finalbody = f;
      else this.mark = save2;
      return this.at<Try>(t, start);
    }
    this.mark = start;
    return null;
  }

  // invalid_try_stmt
  private invalidTryStmt(): void {
    const start = this.mark;
    const kw = this.expect(Tok.TRY);
    if (kw === null) return;
    if (this.expect(Tok.COLON) === null) {
      if (!this.err) this.mark = start;
      return;
    }
    const afterColon = this.mark;
    if (this.missingIndentedBlock()) {
      this.raiseIndentation("expected an indented block after 'try' statement on line " + kw.line.toString());
      return;
    }
    if (this.err) return;
    this.mark = afterColon;
    // 'try' ':' block !('except' | 'finally')
    if (this.block() !== null) {
      const k = this.peekKind();
      if (this.err) return;
      if (k != Tok.EXCEPT && k != Tok.FINALLY) {
        this.raiseSyntax("expected 'except' or 'finally' block");
        return;
      }
    }
    if (this.err) return;
    // 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
    // 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
    for (let star = 0; star < 2; star++) {
      this.mark = afterColon;
      while (this.block() !== null) {}
      if (this.err) return;
      let count = 0;
      for (;;) {
        const h = star == 0 ? this.exceptBlock() : this.exceptStarBlock();
        if (h === null) break;
        count++;
      }
      if (this.err) return;
      if (count == 0) continue;
      const a = this.expect(Tok.EXCEPT);
      if (a === null) continue;
      if (star == 0) {
        const b = this.expect(Tok.STAR);
        if (b !== null && this.expression() !== null) {
          this.optionalAsName();
          if (this.err) return;
          if (this.expect(Tok.COLON) !== null) {
            this.raiseRange(a.line, a.col, b.endLine, b.endCol, "cannot have both 'except' and 'except*' on the same 'try'");
            return;
          }
        }
      } else {
        const save = this.mark;
        if (this.expression() !== null) {
          this.optionalAsName();
        } else {
          this.mark = save;
        }
        if (this.err) return;
        if (this.expect(Tok.COLON) !== null) {
          this.raiseToken(a, "cannot have both 'except' and 'except*' on the same 'try'");
          return;
        }
      }
      if (this.err) return;
    }
    this.mark = start;
  }

  // ['as' NAME]; the name or null.
  private optionalAsName(): string | null {
    const save = this.mark;
    if (this.expect(Tok.AS) !== null) {
      const t = this.expect(Tok.NAME);
      if (t !== null) return this.text(t);
    }
    if (!this.err) this.mark = save;
    return null;
  }

  // except_block: invalid_except_stmt_indent | 'except' expression ['as' NAME] ':' block
  //   | 'except' ':' block | invalid_except_stmt
  private exceptBlock(): ExceptHandler | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.callInvalidRules) {
      this.invalidExceptStmtIndent(false);
      if (this.err) return null;
      this.mark = start;
    }
    if (this.expect(Tok.EXCEPT) !== null) {
      const afterKw = this.mark;
      const e = this.expression();
      if (e !== null) {
        const name = this.optionalAsName();
        if (this.err) return null;
        if (this.expect(Tok.COLON) !== null) {
          const b = this.block();
          if (b !== null) return this.makeHandler(e, name, b, start);
        }
      }
      if (this.err) return null;
      this.mark = afterKw;
      if (this.expect(Tok.COLON) !== null) {
        const b = this.block();
        if (b !== null) return this.makeHandler(null, null, b, start);
      }
      if (this.err) return null;
    }
    this.mark = start;
    if (this.callInvalidRules) {
      this.invalidExceptStmt();
      if (this.err) return null;
      this.mark = start;
    }
    return null;
  }

  // except_star_block: invalid_except_star_stmt_indent
  //   | 'except' '*' expression ['as' NAME] ':' block | invalid_except_stmt
  private exceptStarBlock(): ExceptHandler | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.callInvalidRules) {
      this.invalidExceptStmtIndent(true);
      if (this.err) return null;
      this.mark = start;
    }
    if (this.expect(Tok.EXCEPT) !== null && this.expect(Tok.STAR) !== null) {
      const e = this.expression();
      if (e !== null) {
        const name = this.optionalAsName();
        if (this.err) return null;
        if (this.expect(Tok.COLON) !== null) {
          const b = this.block();
          if (b !== null) return this.makeHandler(e, name, b, start);
        }
      }
    }
    if (this.err) return null;
    this.mark = start;
    if (this.callInvalidRules) {
      this.invalidExceptStmt();
      if (this.err) return null;
      this.mark = start;
    }
    return null;
  }

  private makeHandler(type: Node | null, name: string | null, body: Array<Node>, start: i32): ExceptHandler {
    const h = new ExceptHandler(0, 0, 0, 0);
    h.type = type;
    h.name = name;
    h.body = body;
    const s = unchecked(this.tokens[start]);
    const e = this.lastNonWhitespaceToken();
    h.line = s.line;
    h.col = s.col;
    h.endLine = e.endLine;
    h.endCol = e.endCol;
    return h;
  }

  // invalid_except_stmt:
  //   | 'except' '*'? expression ',' expressions ['as' NAME ] ':'
  //   | 'except' '*'? expression ['as' NAME ] NEWLINE
  //   | 'except' NEWLINE
  //   | 'except' '*' (NEWLINE | ':')
  private invalidExceptStmt(): void {
    const start = this.mark;
    const kw = this.expect(Tok.EXCEPT);
    if (kw === null) return;
    const afterKw = this.mark;
    {
      this.expect(Tok.STAR);
      const a = this.expression();
      if (a !== null && this.expect(Tok.COMMA) !== null && this.expressions() !== null) {
        this.optionalAsName();
        if (this.err) return;
        if (this.expect(Tok.COLON) !== null) {
          this.raiseStartingFrom(a.line, a.col, "multiple exception types must be parenthesized");
          return;
        }
      }
      if (this.err) return;
    }
    this.mark = afterKw;
    {
      this.expect(Tok.STAR);
      if (this.expression() !== null) {
        this.optionalAsName();
        if (this.err) return;
        if (this.expect(Tok.NEWLINE) !== null) {
          this.raiseSyntax("expected ':'");
          return;
        }
      }
      if (this.err) return;
    }
    this.mark = afterKw;
    if (this.expect(Tok.NEWLINE) !== null) {
      this.raiseSyntax("expected ':'");
      return;
    }
    if (this.err) return;
    this.mark = afterKw;
    if (this.expect(Tok.STAR) !== null) {
      const k = this.peekKind();
      if (this.err) return;
      if (k == Tok.NEWLINE || k == Tok.COLON) {
        this.mark++;
        this.raiseSyntax("expected one or more exception types");
        return;
      }
    }
    if (!this.err) this.mark = start;
  }

  // invalid_except_stmt_indent / invalid_except_star_stmt_indent:
  //   | 'except' ['*'] expression ['as' NAME ] ':' NEWLINE !INDENT
  //   | 'except' ':' NEWLINE !INDENT   (not for except*)
  private invalidExceptStmtIndent(star: bool): void {
    const start = this.mark;
    const kw = this.expect(Tok.EXCEPT);
    if (kw === null) return;
    const afterKw = this.mark;
    if (!star || this.expect(Tok.STAR) !== null) {
      if (this.expression() !== null) {
        this.optionalAsName();
        if (this.err) return;
        if (this.expect(Tok.COLON) !== null && this.missingIndentedBlock()) {
          this.raiseIndentation(
            "expected an indented block after '" + (star ? "except*" : "except") + "' statement on line " + kw.line.toString(),
          );
          return;
        }
      }
    }
    if (this.err) return;
    if (!star) {
      this.mark = afterKw;
      if (this.expect(Tok.COLON) !== null && this.missingIndentedBlock()) {
        this.raiseIndentation("expected an indented block after 'except' statement on line " + kw.line.toString());
        return;
      }
    }
    if (!this.err) this.mark = start;
  }

  // finally_block: invalid_finally_stmt | 'finally' &&':' block
  private finallyBlock(): Array<Node> | null {
    const start = this.mark;
    if (this.callInvalidRules) {
      const kw = this.expect(Tok.FINALLY);
      if (kw !== null && this.expect(Tok.COLON) !== null && this.missingIndentedBlock()) {
        {
      this.raiseIndentation("expected an indented block after 'finally' statement on line " + kw.line.toString());
      return null;
    }
      }
      if (this.err) return null;
      this.mark = start;
    }
    if (this.expect(Tok.FINALLY) === null) return null;
    if (this.expectForced(Tok.COLON, ":") === null) return null;
    const b = this.block();
    if (b === null && !this.err) this.mark = start;
    return b;
  }

  // ---- match statement ----

  // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt
  private matchStmt(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.expectSoftKeyword("match") !== null) {
      const subject = this.subjectExpr();
      if (
        subject !== null &&
        this.expect(Tok.COLON) !== null &&
        this.expect(Tok.NEWLINE) !== null &&
        this.expect(Tok.INDENT) !== null
      ) {
        const cases = new Array<MatchCase>();
        for (;;) {
          const c = this.caseBlock();
          if (c === null) break;
          cases.push(c);
        }
        if (this.err) return null;
        if (cases.length > 0 && this.expect(Tok.DEDENT) !== null) {
          const m = new Match(NodeKind.Match, 0, 0, 0, 0);
          m.subject = subject;
          m.cases = cases;
          return this.at<Match>(m, start);
        }
      }
    }
    if (this.err) return null;
    this.mark = start;
    if (this.callInvalidRules) {
      // invalid_match_stmt:
      //   | "match" subject_expr NEWLINE -> "expected ':'"
      //   | "match" subject_expr ':' NEWLINE !INDENT
      const kw = this.expectSoftKeyword("match");
      if (kw !== null && this.subjectExpr() !== null) {
        const save = this.mark;
        if (this.expect(Tok.NEWLINE) !== null) {
      this.raiseSyntax("expected ':'");
      return null;
    }
        if (this.err) return null;
        this.mark = save;
        if (this.expect(Tok.COLON) !== null && this.missingIndentedBlock()) {
          {
      this.raiseIndentation("expected an indented block after 'match' statement on line " + kw.line.toString());
      return null;
    }
        }
      }
      if (this.err) return null;
      this.mark = start;
    }
    return null;
  }

  // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  private subjectExpr(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const value = this.starNamedExpression();
    if (value !== null && this.expect(Tok.COMMA) !== null) {
      const elts: Array<Node> = [value];
      const save = this.mark;
      const rest = this.starNamedExpressions();
      if (this.err) return null;
      if (rest !== null) for (let i = 0; i < rest.length; i++) elts.push(rest[i]);
      else this.mark = save;
      const t = new Sequence(NodeKind.Tuple, 0, 0, 0, 0);
      t.elts = elts;
      return this.at<Sequence>(t, start);
    }
    if (this.err) return null;
    this.mark = start;
    return this.namedExpression();
  }

  // case_block: invalid_case_block | "case" patterns guard? ':' block
  private caseBlock(): MatchCase | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.callInvalidRules) {
      // invalid_case_block:
      //   | "case" patterns guard? NEWLINE -> "expected ':'"
      //   | "case" patterns guard? ':' NEWLINE !INDENT
      const kw = this.expectSoftKeyword("case");
      if (kw !== null && this.patterns() !== null) {
        this.guard();
        if (this.err) return null;
        const save = this.mark;
        if (this.expect(Tok.NEWLINE) !== null) {
      this.raiseSyntax("expected ':'");
      return null;
    }
        if (this.err) return null;
        this.mark = save;
        if (this.expect(Tok.COLON) !== null && this.missingIndentedBlock()) {
          {
      this.raiseIndentation("expected an indented block after 'case' statement on line " + kw.line.toString());
      return null;
    }
        }
      }
      if (this.err) return null;
      this.mark = start;
    }
    if (this.expectSoftKeyword("case") !== null) {
      const p = this.patterns();
      if (p !== null) {
        const g = this.guard();
        if (this.err) return null;
        if (this.expect(Tok.COLON) !== null) {
          const b = this.block();
          if (b !== null) {
            const c = new MatchCase(p);
            c.guard = g;
            c.body = b;
            return c;
          }
        }
      }
    }
    if (!this.err) this.mark = start;
    return null;
  }

  // guard: 'if' named_expression
  private guard(): Node | null {
    const save = this.mark;
    if (this.expect(Tok.IF) !== null) {
      const g = this.namedExpression();
      if (g !== null) return g;
    }
    if (!this.err) this.mark = save;
    return null;
  }

  // patterns: open_sequence_pattern | pattern
  private patterns(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const seq = this.openSequencePattern();
    if (seq !== null) {
      const s = new MatchSequence(NodeKind.MatchSequence, 0, 0, 0, 0);
      s.patterns = seq;
      return this.at<MatchSequence>(s, start);
    }
    if (this.err) return null;
    this.mark = start;
    return this.pattern();
  }

  // pattern: as_pattern | or_pattern
  private pattern(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (!this.enter()) return null;
    let res = this.asPattern();
    if (res === null && !this.err) {
      this.mark = start;
      res = this.orPattern();
    }
    this.leave();
    return this.err ? null : res;
  }

  // as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
  private asPattern(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const p = this.orPattern();
    if (p !== null && this.expect(Tok.AS) !== null) {
      const target = this.patternCaptureTarget();
      if (target !== null) {
        const m = new MatchAs(NodeKind.MatchAs, 0, 0, 0, 0);
        m.pattern = p;
        m.name = target;
        return this.at<MatchAs>(m, start);
      }
    }
    if (this.err) return null;
    this.mark = start;
    if (this.callInvalidRules) {
      // invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' !NAME expression
      if (this.orPattern() !== null && this.expect(Tok.AS) !== null) {
        const t = this.peek();
        if (t === null) return null;
        if (t.kind == Tok.NAME && this.rawText(t) == "_") {
          {
      this.raiseToken(t, "cannot use '_' as a target");
      return null;
    }
        }
        if (t.kind != Tok.NAME) {
          const e = this.expression();
          if (e !== null) {
      this.raiseNode(e, "invalid pattern target");
      return null;
    }
        }
      }
      if (this.err) return null;
      this.mark = start;
    }
    return null;
  }

  // or_pattern: '|'.closed_pattern+
  private orPattern(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const out = new Array<Node>();
    for (;;) {
      const save = this.mark;
      if (out.length > 0 && this.expect(Tok.VBAR) === null) break;
      const p = this.closedPattern();
      if (p === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      out.push(p);
    }
    if (this.err) return null;
    if (out.length == 0) return null;
    if (out.length == 1) return out[0];
    const m = new MatchOr(NodeKind.MatchOr, 0, 0, 0, 0);
    m.patterns = out;
    return this.at<MatchOr>(m, start);
  }

  // closed_pattern (memo): literal | capture | wildcard | value | group | sequence
  //   | mapping | class
  private closedPattern(): Node | null {
    if (this.err) return null;
    const m = this.memoGet(Rule.CLOSED_PATTERN);
    if (m !== null) {
      this.mark = m.end;
      return m.node;
    }
    const start = this.begin();
    if (start < 0) return null;
    let res = this.literalPattern();
    if (res === null && !this.err) {
      this.mark = start;
      res = this.capturePattern();
    }
    if (res === null && !this.err) {
      this.mark = start;
      res = this.wildcardPattern();
    }
    if (res === null && !this.err) {
      this.mark = start;
      res = this.valuePattern();
    }
    if (res === null && !this.err) {
      this.mark = start;
      res = this.groupPattern();
    }
    if (res === null && !this.err) {
      this.mark = start;
      res = this.sequencePattern();
    }
    if (res === null && !this.err) {
      this.mark = start;
      res = this.mappingPattern();
    }
    if (res === null && !this.err) {
      this.mark = start;
      res = this.classPattern();
    }
    if (this.err) return null;
    if (res === null) this.mark = start;
    this.memoPut(Rule.CLOSED_PATTERN, start, res);
    return res;
  }

  // literal_pattern: signed_number !('+' | '-') | complex_number | strings
  //   | 'None' | 'True' | 'False'
  private literalPattern(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const t = unchecked(this.tokens[start]);
    if (t.kind == Tok.NONE || t.kind == Tok.TRUE || t.kind == Tok.FALSE) {
      this.mark++;
      const s = new MatchSingleton(NodeKind.MatchSingleton, 0, 0, 0, 0);
      s.value = t.kind == Tok.NONE ? ConstKind.None : t.kind == Tok.TRUE ? ConstKind.True : ConstKind.False;
      return this.at<MatchSingleton>(s, start);
    }
    const e = this.literalExprValue();
    if (e === null) return null;
    const v = new MatchValue(NodeKind.MatchValue, 0, 0, 0, 0);
    v.value = e;
    return this.at<MatchValue>(v, start);
  }

  // The expression alternatives shared by literal_pattern and literal_expr:
  // signed_number !('+' | '-') | complex_number | strings
  private literalExprValue(): Node | null {
    const start = this.mark;
    const n = this.signedNumber();
    if (n !== null) {
      const k = this.peekKind();
      if (this.err) return null;
      if (k != Tok.PLUS && k != Tok.MINUS) return n;
    }
    if (this.err) return null;
    this.mark = start;
    const c = this.complexNumber();
    if (c !== null || this.err) return c;
    this.mark = start;
    const t = this.peek();
    if (t !== null && (t.kind == Tok.STRING || t.kind == Tok.FSTRING_START)) return this.strings();
    return null;
  }

  // literal_expr: the above plus None/True/False as constants.
  private literalExpr(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const e = this.literalExprValue();
    if (e !== null || this.err) return e;
    this.mark = start;
    const t = unchecked(this.tokens[start]);
    if (t.kind == Tok.NONE || t.kind == Tok.TRUE || t.kind == Tok.FALSE) {
      this.mark++;
      const ck = t.kind == Tok.NONE ? ConstKind.None : t.kind == Tok.TRUE ? ConstKind.True : ConstKind.False;
      return this.at<Constant>(newConstant(ck), start);
    }
    return null;
  }

  // complex_number: signed_real_number ('+' | '-') imaginary_number
  private complexNumber(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const real = this.signedRealNumber();
    if (real === null) return null;
    const t = this.peek();
    if (t !== null && (t.kind == Tok.PLUS || t.kind == Tok.MINUS)) {
      this.mark++;
      const imag = this.imaginaryNumber();
      if (imag !== null) {
        const b = new BinOpNode(NodeKind.BinOp, 0, 0, 0, 0);
        b.left = real;
        b.op = t.kind == Tok.PLUS ? BinOp.ADD : BinOp.SUBTRACT;
        b.right = imag;
        return this.at<BinOpNode>(b, start);
      }
    }
    if (!this.err) this.mark = start;
    return null;
  }

  // signed_number: NUMBER | '-' NUMBER
  private signedNumber(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.expect(Tok.MINUS) !== null) {
      const n = this.numberToken();
      if (n === null) {
        if (!this.err) this.mark = start;
        return null;
      }
      const u = new UnaryOpNode(NodeKind.UnaryOp, 0, 0, 0, 0);
      u.op = UnaryOp.USUB;
      u.operand = n;
      return this.at<UnaryOpNode>(u, start);
    }
    return this.numberToken();
  }

  // signed_real_number: real_number | '-' real_number
  private signedRealNumber(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.expect(Tok.MINUS) !== null) {
      const n = this.realNumber();
      if (n === null) {
        if (!this.err) this.mark = start;
        return null;
      }
      const u = new UnaryOpNode(NodeKind.UnaryOp, 0, 0, 0, 0);
      u.op = UnaryOp.USUB;
      u.operand = n;
      return this.at<UnaryOpNode>(u, start);
    }
    return this.realNumber();
  }

  // real_number: NUMBER (must not be imaginary)
  private realNumber(): Node | null {
    const n = this.numberToken();
    if (n === null) return null;
    if (n.constKind == ConstKind.Imag) {
      this.raiseNode(n, "real number required in complex literal");
      return null;
    }
    return n;
  }

  // imaginary_number: NUMBER (must be imaginary)
  private imaginaryNumber(): Node | null {
    const n = this.numberToken();
    if (n === null) return null;
    if (n.constKind != ConstKind.Imag) {
      this.raiseNode(n, "imaginary number required in complex literal");
      return null;
    }
    return n;
  }

  // capture_pattern: pattern_capture_target
  private capturePattern(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const name = this.patternCaptureTarget();
    if (name === null) return null;
    const m = new MatchAs(NodeKind.MatchAs, 0, 0, 0, 0);
    m.name = name;
    return this.at<MatchAs>(m, start);
  }

  // pattern_capture_target: !"_" NAME !('.' | '(' | '=')
  private patternCaptureTarget(): string | null {
    const start = this.mark;
    const t = this.peek();
    if (t === null || t.kind != Tok.NAME) return null;
    if (this.rawText(t) == "_") return null;
    const name = this.text(t);
    this.mark++;
    const k = this.peekKind();
    if (this.err) return null;
    if (k == Tok.DOT || k == Tok.LPAR || k == Tok.EQUAL) {
      this.mark = start;
      return null;
    }
    return name;
  }

  // wildcard_pattern: "_"
  private wildcardPattern(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.expectSoftKeyword("_") === null) return null;
    return this.at<MatchAs>(new MatchAs(NodeKind.MatchAs, 0, 0, 0, 0), start);
  }

  // value_pattern: attr !('.' | '(' | '=')
  private valuePattern(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const a = this.attr();
    if (a === null) return null;
    const k = this.peekKind();
    if (this.err) return null;
    if (k == Tok.DOT || k == Tok.LPAR || k == Tok.EQUAL) {
      this.mark = start;
      return null;
    }
    const v = new MatchValue(NodeKind.MatchValue, 0, 0, 0, 0);
    v.value = a;
    return this.at<MatchValue>(v, start);
  }

  // attr: name_or_attr '.' NAME  (at least one dot)
  private attr(): Node | null {
    const start = this.mark;
    const n = this.nameOrAttr();
    if (n === null) return null;
    if (n.kind != NodeKind.Attribute) {
      this.mark = start;
      return null;
    }
    return n;
  }

  // name_or_attr: attr | NAME
  private nameOrAttr(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    let res: Node | null = this.nameToken();
    if (res === null) return null;
    const depthAtStart = this.depth;
    while (this.enter()) {
      const save = this.mark;
      if (this.expect(Tok.DOT) === null) break;
      const t = this.expect(Tok.NAME);
      if (t === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      const a = new Attribute(NodeKind.Attribute, 0, 0, 0, 0);
      a.value = res!;
      a.attr = this.text(t);
      res = this.at<Attribute>(a, start);
    }
    this.depth = depthAtStart;
    return this.err ? null : res;
  }

  // group_pattern: '(' pattern ')'
  private groupPattern(): Node | null {
    const start = this.mark;
    if (this.expect(Tok.LPAR) === null) return null;
    const p = this.pattern();
    if (p !== null && this.expect(Tok.RPAR) !== null) return p;
    if (!this.err) this.mark = start;
    return null;
  }

  // sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
  private sequencePattern(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const t = unchecked(this.tokens[start]);
    if (t.kind != Tok.LSQB && t.kind != Tok.LPAR) return null;
    this.mark++;
    const save = this.mark;
    let ps = t.kind == Tok.LSQB ? this.maybeSequencePattern() : this.openSequencePattern();
    if (this.err) return null;
    if (ps === null) {
      this.mark = save;
      ps = [];
    }
    if (this.expect(t.kind == Tok.LSQB ? Tok.RSQB : Tok.RPAR) === null) {
      if (!this.err) this.mark = start;
      return null;
    }
    const s = new MatchSequence(NodeKind.MatchSequence, 0, 0, 0, 0);
    s.patterns = ps;
    return this.at<MatchSequence>(s, start);
  }

  // open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
  private openSequencePattern(): Array<Node> | null {
    const start = this.mark;
    const first = this.maybeStarPattern();
    if (first === null) return null;
    if (this.expect(Tok.COMMA) === null) {
      if (!this.err) this.mark = start;
      return null;
    }
    const out: Array<Node> = [first];
    const save = this.mark;
    const rest = this.maybeSequencePattern();
    if (this.err) return null;
    if (rest !== null) for (let i = 0; i < rest.length; i++) out.push(rest[i]);
    else this.mark = save;
    return out;
  }

  // maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
  private maybeSequencePattern(): Array<Node> | null {
    const out = new Array<Node>();
    for (;;) {
      const save = this.mark;
      if (out.length > 0 && this.expect(Tok.COMMA) === null) break;
      const p = this.maybeStarPattern();
      if (p === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      out.push(p);
    }
    if (this.err) return null;
    if (out.length == 0) return null;
    this.expect(Tok.COMMA);
    return this.err ? null : out;
  }

  // maybe_star_pattern: star_pattern | pattern
  private maybeStarPattern(): Node | null {
    const start = this.mark;
    const s = this.starPattern();
    if (s !== null || this.err) return s;
    this.mark = start;
    return this.pattern();
  }

  // star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
  private starPattern(): Node | null {
    if (this.err) return null;
    const m = this.memoGet(Rule.STAR_PATTERN);
    if (m !== null) {
      this.mark = m.end;
      return m.node;
    }
    const start = this.begin();
    if (start < 0) return null;
    let res: Node | null = null;
    if (this.expect(Tok.STAR) !== null) {
      const name = this.patternCaptureTarget();
      if (name !== null) {
        const s = new MatchStar(NodeKind.MatchStar, 0, 0, 0, 0);
        s.name = name;
        res = this.at<MatchStar>(s, start);
      } else if (!this.err && this.expectSoftKeyword("_") !== null) {
        res = this.at<MatchStar>(new MatchStar(NodeKind.MatchStar, 0, 0, 0, 0), start);
      }
    }
    if (this.err) return null;
    if (res === null) this.mark = start;
    this.memoPut(Rule.STAR_PATTERN, start, res);
    return res;
  }

  // mapping_pattern: '{' '}' | '{' double_star_pattern ','? '}'
  //   | '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}'
  private mappingPattern(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    if (this.expect(Tok.LBRACE) === null) return null;
    const m = new MatchMapping(NodeKind.MatchMapping, 0, 0, 0, 0);
    if (this.expect(Tok.RBRACE) !== null) return this.at<MatchMapping>(m, start);
    const afterBrace = this.mark;
    {
      const rest = this.doubleStarPattern();
      if (rest !== null) {
        this.expect(Tok.COMMA);
        if (this.expect(Tok.RBRACE) !== null) {
          m.rest = rest;
          return this.at<MatchMapping>(m, start);
        }
      }
      if (this.err) return null;
    }
    this.mark = afterBrace;
    const items = this.itemsPattern();
    if (items !== null) {
      const afterItems = this.mark;
      if (this.expect(Tok.COMMA) !== null) {
        const rest = this.doubleStarPattern();
        if (rest !== null) {
          this.expect(Tok.COMMA);
          if (this.expect(Tok.RBRACE) !== null) {
            for (let i = 0; i < items.length; i++) {
              m.keys.push(items[i].key);
              m.patterns.push(items[i].pattern);
            }
            m.rest = rest;
            return this.at<MatchMapping>(m, start);
          }
        }
      }
      if (this.err) return null;
      this.mark = afterItems;
      this.expect(Tok.COMMA);
      if (this.expect(Tok.RBRACE) !== null) {
        for (let i = 0; i < items.length; i++) {
          m.keys.push(items[i].key);
          m.patterns.push(items[i].pattern);
        }
        return this.at<MatchMapping>(m, start);
      }
    }
    if (this.err) return null;
    this.mark = start;
    return null;
  }

  // items_pattern: ','.key_value_pattern+
  private itemsPattern(): Array<KeyPattern> | null {
    const out = new Array<KeyPattern>();
    for (;;) {
      const save = this.mark;
      if (out.length > 0 && this.expect(Tok.COMMA) === null) break;
      const kp = this.keyValuePattern();
      if (kp === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      out.push(kp);
    }
    if (this.err) return null;
    return out.length > 0 ? out : null;
  }

  // key_value_pattern: (literal_expr | attr) ':' pattern
  private keyValuePattern(): KeyPattern | null {
    const start = this.mark;
    let key = this.literalExpr();
    if (key === null && !this.err) {
      this.mark = start;
      key = this.attr();
    }
    if (key !== null && this.expect(Tok.COLON) !== null) {
      const p = this.pattern();
      if (p !== null) return new KeyPattern(key, p);
    }
    if (!this.err) this.mark = start;
    return null;
  }

  // double_star_pattern: '**' pattern_capture_target
  private doubleStarPattern(): string | null {
    const start = this.mark;
    if (this.expect(Tok.DOUBLESTAR) === null) return null;
    const name = this.patternCaptureTarget();
    if (name === null && !this.err) this.mark = start;
    return name;
  }

  // class_pattern: name_or_attr '(' ')' | name_or_attr '(' positional_patterns ','? ')'
  //   | name_or_attr '(' keyword_patterns ','? ')'
  //   | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
  //   | invalid_class_pattern
  private classPattern(): Node | null {
    const start = this.begin();
    if (start < 0) return null;
    const cls = this.nameOrAttr();
    if (cls === null) return null;
    if (this.expect(Tok.LPAR) === null) {
      if (!this.err) this.mark = start;
      return null;
    }
    const afterParen = this.mark;
    const m = new MatchClass(NodeKind.MatchClass, 0, 0, 0, 0);
    m.cls = cls;
    if (this.expect(Tok.RPAR) !== null) return this.at<MatchClass>(m, start);
    // positional_patterns ','? ')'
    const positional = this.positionalPatterns();
    if (positional !== null) {
      const afterPos = this.mark;
      this.expect(Tok.COMMA);
      if (this.expect(Tok.RPAR) !== null) {
        m.patterns = positional;
        return this.at<MatchClass>(m, start);
      }
      if (this.err) return null;
      this.mark = afterPos;
    }
    if (this.err) return null;
    // keyword_patterns ','? ')'
    this.mark = afterParen;
    {
      const kws = this.keywordPatterns();
      if (kws !== null) {
        this.expect(Tok.COMMA);
        if (this.expect(Tok.RPAR) !== null) {
          for (let i = 0; i < kws.length; i++) {
            m.kwdAttrs.push(kws[i].name);
            m.kwdPatterns.push(kws[i].pattern);
          }
          return this.at<MatchClass>(m, start);
        }
      }
      if (this.err) return null;
    }
    // positional_patterns ',' keyword_patterns ','? ')'
    this.mark = afterParen;
    {
      const pos = this.positionalPatterns();
      if (pos !== null && this.expect(Tok.COMMA) !== null) {
        const kws = this.keywordPatterns();
        if (kws !== null) {
          this.expect(Tok.COMMA);
          if (this.expect(Tok.RPAR) !== null) {
            m.patterns = pos;
            for (let i = 0; i < kws.length; i++) {
              m.kwdAttrs.push(kws[i].name);
              m.kwdPatterns.push(kws[i].pattern);
            }
            return this.at<MatchClass>(m, start);
          }
        }
      }
      if (this.err) return null;
    }
    this.mark = start;
    if (this.callInvalidRules) {
      // invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
      // invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns
      if (this.nameOrAttr() !== null && this.expect(Tok.LPAR) !== null) {
        const save = this.mark;
        if (!(this.positionalPatterns() !== null && this.expect(Tok.COMMA) !== null)) this.mark = save;
        if (this.err) return null;
        if (this.keywordPatterns() !== null && this.expect(Tok.COMMA) !== null) {
          const bad = this.positionalPatterns();
          if (bad !== null) {
            const first = bad[0];
            const last = bad[bad.length - 1];
            {
      this.raiseRange(first.line, first.col, last.endLine, last.endCol, "positional patterns follow keyword patterns");
      return null;
    }
          }
        }
      }
      if (this.err) return null;
      this.mark = start;
    }
    return null;
  }

  // positional_patterns: ','.pattern+
  private positionalPatterns(): Array<Node> | null {
    const out = new Array<Node>();
    for (;;) {
      const save = this.mark;
      if (out.length > 0 && this.expect(Tok.COMMA) === null) break;
      const p = this.pattern();
      if (p === null) {
        if (this.err) return null;
        this.mark = save;
        break;
      }
      out.push(p);
    }
    if (this.err) return null;
    return out.length > 0 ? out : null;
  }

  // keyword_patterns: ','.keyword_pattern+   (keyword_pattern: NAME '=' pattern)
  private keywordPatterns(): Array<NamePattern> | null {
    const out = new Array<NamePattern>();
    for (;;) {
      const save = this.mark;
      if (out.length > 0 && this.expect(Tok.COMMA) === null) break;
      const t = this.expect(Tok.NAME);
      let ok = false;
      if (t !== null && this.expect(Tok.EQUAL) !== null) {
        const p = this.pattern();
        if (p !== null) {
          out.push(new NamePattern(this.text(t), p));
          ok = true;
        }
      }
      if (this.err) return null;
      if (!ok) {
        this.mark = save;
        break;
      }
    }
    if (this.err) return null;
    return out.length > 0 ? out : null;
  }
}

function hasDocstring(body: Array<Node>): bool {
  if (body.length == 0) return false;
  const s = body[0];
  if (s.kind != NodeKind.ExprStmt) return false;
  const v = (<ExprStmt>s).value;
  return v.kind == NodeKind.Constant && (<Constant>v).constKind == ConstKind.Str;
}
