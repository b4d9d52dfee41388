// Test entry: exposes the parser and the AST dumper to the vitest harness through a
// tiny pointer-based interface (the harness writes UTF-16 source into inputBuffer and
// reads UTF-16 output back from memory).
import { parse, lastParseError, ParseMode } from "../../assembly/parser/parser";
import { dumpAst } from "./astdump";

let input = new StaticArray<u16>(0);
let output = "";
let errKind = 0;
let errLine = 0;
let errCol = 0;
let errEndLine = 0;
let errEndCol = 0;

// Returns a buffer for `len` UTF-16 code units of source text.
export function inputBuffer(len: i32): usize {
  input = new StaticArray<u16>(len);
  return changetype<usize>(input);
}

// Parses the input; returns 1 with the dump as output, or 0 with the error message as
// output and the location in the err* getters. mode: 0 exec, 1 eval, 2 single.
export function run(mode: i32, len: i32, positions: i32): i32 {
  const src = String.UTF16.decodeUnsafe(changetype<usize>(input), <usize>len << 1);
  const tree = parse(src, <ParseMode>mode);
  if (tree !== null) {
    output = dumpAst(tree, positions != 0);
    return 1;
  }
  const e = lastParseError()!;
  output = e.msg;
  errKind = e.kind;
  errLine = e.line;
  errCol = e.col;
  errEndLine = e.endLine;
  errEndCol = e.endCol;
  return 0;
}

export function outputPtr(): usize {
  return changetype<usize>(output);
}

export function outputLen(): i32 {
  return output.length;
}

export function errorKind(): i32 {
  return errKind;
}
export function errorLine(): i32 {
  return errLine;
}
export function errorCol(): i32 {
  return errCol;
}
export function errorEndLine(): i32 {
  return errEndLine;
}
export function errorEndCol(): i32 {
  return errEndCol;
}
