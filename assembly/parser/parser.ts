// The parser's public entry: Python 3.12 source -> AST (ast.ts) or a SyntaxError.
// parse() runs CPython's two-pass scheme: a fast pass without the invalid_* rules and,
// only if it fails, a second pass with them to find CPython's specific message; then
// the location rules of _PyPegen_set_syntax_error. All parser state lives in a Parser
// object; the module-level `lastError` is only the channel for reporting the failure.
import { Lexer } from "../lexer/lexer";
import { Node } from "./ast";
import { ParseMode, SyntaxErrorInfo, ErrorKind } from "./core";
import { Parser } from "./statements";

export { ParseMode, SyntaxErrorInfo, ErrorKind } from "./core";

let lastError: SyntaxErrorInfo | null = null;

// Parses `source` as a module (Exec), an expression (Eval) or one interactive statement
// (Single). Returns a ModuleNode (kind Module or Interactive) or an ExpressionNode, or
// null with the error available from lastParseError().
export function parse(source: string, mode: ParseMode): Node | null {
  lastError = null;
  const lx = new Lexer(source, mode == ParseMode.Exec);
  const p = new Parser(lx, mode);
  const res = run(p);
  if (res === null) {
    let e = p.error;
    if (e === null) e = new SyntaxErrorInfo(ErrorKind.SyntaxError, "invalid syntax", 0, 0, 0, 0);
    lastError = e;
  }
  return res;
}

export function lastParseError(): SyntaxErrorInfo | null {
  return lastError;
}

function startRule(p: Parser): Node | null {
  if (p.mode == ParseMode.Eval) return p.evalInput();
  if (p.mode == ParseMode.Single) return p.interactive();
  return p.file();
}

function run(p: Parser): Node | null {
  if (p.lx.fatalMessage !== null) {
    p.error = new SyntaxErrorInfo(ErrorKind.SyntaxError, p.lx.fatalMessage!, 0, 0, 0, 0);
    return null;
  }
  const res = startRule(p);
  if (res !== null) {
    if (p.mode == ParseMode.Single && badSingleStatement(p)) {
      p.raiseSyntax("multiple statements found while compiling a single statement");
      return null;
    }
    return res;
  }
  if (p.fill == 0) p.fillToken();
  const lastToken = p.tokens[p.fill - 1];
  // An error raised in the first pass (tokenizer, literal decoding, forced tokens) stands;
  // CPython's second pass returns at once because its error indicator is still set.
  if (!p.err) {
    p.mark = 0;
    p.callInvalidRules = true;
    p.memo.clear();
    startRule(p);
  }
  p.setSyntaxError(lastToken);
  return null;
}

// After an interactive statement only blank space and comments may follow.
function badSingleStatement(p: Parser): bool {
  const lx = p.lx;
  let i = lx.cur;
  for (;;) {
    let c = lx.charAt(i);
    while (c == 0x20 || c == 0x09 || c == 0x0a || c == 0x0c) c = lx.charAt(++i);
    if (c < 0) return false;
    if (c != 0x23) return true;
    while (c >= 0 && c != 0x0a) c = lx.charAt(++i);
  }
  return false;
}
