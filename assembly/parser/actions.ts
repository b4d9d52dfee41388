// AST helpers used by the parser's actions that need no parser state: expression
// contexts for targets, the expression names CPython puts in its error messages, and
// the search for the first invalid assignment/deletion target
// (CPython's _PyPegen_set_expr_context, _PyPegen_get_expr_name, _PyPegen_get_invalid_target).
import {
  Node,
  NodeKind,
  Ctx,
  ConstKind,
  Name,
  Attribute,
  Subscript,
  Starred,
  Sequence,
  Constant,
  Compare,
} from "./ast";
import { CmpOp } from "../common/operators";

// Sets the context of a target in place (targets are always freshly built nodes).
export function setExprContext(e: Node, ctx: Ctx): Node {
  switch (e.kind) {
    case NodeKind.Name:
      (<Name>e).ctx = ctx;
      break;
    case NodeKind.Attribute:
      (<Attribute>e).ctx = ctx;
      break;
    case NodeKind.Subscript:
      (<Subscript>e).ctx = ctx;
      break;
    case NodeKind.Starred: {
      const s = <Starred>e;
      s.ctx = ctx;
      setExprContext(s.value, ctx);
      break;
    }
    case NodeKind.List:
    case NodeKind.Tuple: {
      const q = <Sequence>e;
      q.ctx = ctx;
      for (let i = 0; i < q.elts.length; i++) setExprContext(q.elts[i], ctx);
      break;
    }
    default:
      break;
  }
  return e;
}

export function exprName(e: Node): string {
  switch (e.kind) {
    case NodeKind.Attribute:
      return "attribute";
    case NodeKind.Subscript:
      return "subscript";
    case NodeKind.Starred:
      return "starred";
    case NodeKind.Name:
      return "name";
    case NodeKind.List:
      return "list";
    case NodeKind.Tuple:
      return "tuple";
    case NodeKind.Lambda:
      return "lambda";
    case NodeKind.Call:
      return "function call";
    case NodeKind.BoolOp:
    case NodeKind.BinOp:
    case NodeKind.UnaryOp:
      return "expression";
    case NodeKind.GeneratorExp:
      return "generator expression";
    case NodeKind.Yield:
    case NodeKind.YieldFrom:
      return "yield expression";
    case NodeKind.Await:
      return "await expression";
    case NodeKind.ListComp:
      return "list comprehension";
    case NodeKind.SetComp:
      return "set comprehension";
    case NodeKind.DictComp:
      return "dict comprehension";
    case NodeKind.Dict:
      return "dict literal";
    case NodeKind.Set:
      return "set display";
    case NodeKind.JoinedStr:
    case NodeKind.FormattedValue:
      return "f-string expression";
    case NodeKind.Constant: {
      const k = (<Constant>e).constKind;
      if (k == ConstKind.None) return "None";
      if (k == ConstKind.False) return "False";
      if (k == ConstKind.True) return "True";
      if (k == ConstKind.Ellipsis) return "ellipsis";
      return "literal";
    }
    case NodeKind.Compare:
      return "comparison";
    case NodeKind.IfExp:
      return "conditional expression";
    case NodeKind.NamedExpr:
      return "named expression";
    default:
      return "expression";
  }
}

export const enum TargetsType {
  STAR_TARGETS,
  DEL_TARGETS,
  FOR_TARGETS,
}

// The first sub-expression of `e` that cannot be a target, or null if all can.
export function invalidTarget(e: Node | null, type: TargetsType): Node | null {
  if (e === null) return null;
  switch (e.kind) {
    case NodeKind.List:
    case NodeKind.Tuple: {
      const elts = (<Sequence>e).elts;
      for (let i = 0; i < elts.length; i++) {
        const child = invalidTarget(elts[i], type);
        if (child !== null) return child;
      }
      return null;
    }
    case NodeKind.Starred:
      if (type == TargetsType.DEL_TARGETS) return e;
      return invalidTarget((<Starred>e).value, type);
    case NodeKind.Compare:
      // `for a in b` parses `a in b` as a comparison; look at its left side.
      if (type == TargetsType.FOR_TARGETS) {
        const c = <Compare>e;
        if (c.ops[0] == CmpOp.IN) return invalidTarget(c.left, type);
        return null;
      }
      return e;
    case NodeKind.Name:
    case NodeKind.Subscript:
    case NodeKind.Attribute:
      return null;
    default:
      return e;
  }
}

// `print x` / `exec x`: CPython suggests the call form.
export function isLegacyStatementName(e: Node): bool {
  if (e.kind != NodeKind.Name) return false;
  const id = (<Name>e).id;
  return id == "print" || id == "exec";
}
