// THE opcode table: every opcode of the Sidewinder VM is defined here, once.
// src/tools/gen-opcodes.ts derives from it the AssemblyScript enum and metadata
// (assembly/bytecode/opcodes.gen.ts), the host-side tables (src/opcodes.gen.ts) and the
// INSTRUMENTED_ twins of every row that names a monitoring event.
//
// Semantics follow CPython 3.12 (Python/bytecodes.c) where the name is the same.
// Stack effects are written as expressions in `oparg`, valid both in TypeScript and in
// AssemblyScript: `pop` items are consumed and `push` items produced on the fall-through
// path; `jump` gives "pop/push" on the branch path when it differs.
//
// Code units are 16 bits: (oparg << 8) | opcode. EXTENDED_ARG prefixes widen oparg.
// `cache` inline-cache units follow the instruction and are skipped by the dispatch loop.

export type Format =
  | "none" // no argument (oparg ignored)
  | "arg" // plain integer argument
  | "const" // index into co_consts
  | "name" // index into co_names
  | "name1" // index into co_names in oparg >> 1, flag in bit 0
  | "local" // index into localsplus
  | "free" // index into localsplus (cell/free part)
  | "jump_fwd" // relative forward jump: target = next instruction + oparg (code units)
  | "jump_back" // relative backward jump: target = next instruction - oparg
  | "cmp" // CmpOp
  | "binop"; // BinOp

export type Flag =
  | "CAN_RAISE"
  | "IS_JUMP"
  | "IS_TERMINATOR" // control never falls through
  | "PSEUDO" // compiler-only: never appears in assembled code
  | "WRAPPER"; // INSTRUMENTED_LINE / INSTRUMENTED_INSTRUCTION: re-dispatch a displaced opcode

// sys.monitoring.events, index = bit position (CPython 3.12 order).
export const EVENTS = [
  "PY_START",
  "PY_RESUME",
  "PY_RETURN",
  "PY_YIELD",
  "CALL",
  "LINE",
  "INSTRUCTION",
  "JUMP",
  "BRANCH",
  "STOP_ITERATION",
  "RAISE",
  "EXCEPTION_HANDLED",
  "PY_UNWIND",
  "PY_THROW",
  "RERAISE",
  "C_RETURN",
  "C_RAISE",
] as const;
export type EventName = (typeof EVENTS)[number];

export interface OpRow {
  name: string;
  format: Format;
  pop: string;
  push: string;
  jump?: string; // "pop/push" on the taken branch
  cache?: number;
  flags?: Flag[];
  // The event the INSTRUMENTED_ twin fires. RESUME fires PY_START or PY_RESUME by oparg.
  event?: EventName;
  doc: string;
}

const R: Flag[] = ["CAN_RAISE"];

export const OPCODES: OpRow[] = [
  // ---- stack manipulation ----
  { name: "NOP", format: "none", pop: "0", push: "0", doc: "do nothing" },
  { name: "CACHE", format: "none", pop: "0", push: "0", doc: "an inline-cache unit; never executed" },
  { name: "EXTENDED_ARG", format: "arg", pop: "0", push: "0", doc: "prefix: oparg of the next instruction |= this oparg << 8" },
  { name: "POP_TOP", format: "none", pop: "1", push: "0", doc: "drop TOS" },
  { name: "PUSH_NULL", format: "none", pop: "0", push: "1", doc: "push the NULL marker (calls of non-methods)" },
  { name: "COPY", format: "arg", pop: "0", push: "1", doc: "push STACK[-oparg]" },
  { name: "SWAP", format: "arg", pop: "0", push: "0", doc: "swap TOS with STACK[-oparg]" },

  // ---- constants, locals, names ----
  { name: "LOAD_CONST", format: "const", pop: "0", push: "1", doc: "push co_consts[oparg]" },
  { name: "LOAD_FAST", format: "local", pop: "0", push: "1", doc: "push local oparg (known bound)" },
  { name: "LOAD_FAST_CHECK", format: "local", pop: "0", push: "1", flags: R, doc: "push local oparg; UnboundLocalError if unbound" },
  { name: "LOAD_FAST_AND_CLEAR", format: "local", pop: "0", push: "1", doc: "push local oparg (or NULL) and unbind it (PEP 709 save)" },
  { name: "STORE_FAST", format: "local", pop: "1", push: "0", doc: "local oparg = TOS" },
  { name: "STORE_FAST_MAYBE_NULL", format: "local", pop: "1", push: "0", flags: ["PSEUDO"], doc: "STORE_FAST that may store NULL (PEP 709 restore)" },
  { name: "DELETE_FAST", format: "local", pop: "0", push: "0", flags: R, doc: "unbind local oparg" },
  { name: "MAKE_CELL", format: "free", pop: "0", push: "0", doc: "wrap local oparg in a new cell" },
  { name: "LOAD_CLOSURE", format: "free", pop: "0", push: "1", doc: "push the cell in slot oparg" },
  { name: "LOAD_DEREF", format: "free", pop: "0", push: "1", flags: R, doc: "push the contents of the cell in slot oparg" },
  { name: "STORE_DEREF", format: "free", pop: "1", push: "0", doc: "store TOS into the cell in slot oparg" },
  { name: "DELETE_DEREF", format: "free", pop: "0", push: "0", flags: R, doc: "empty the cell in slot oparg" },
  { name: "COPY_FREE_VARS", format: "arg", pop: "0", push: "0", doc: "copy the function's oparg closure cells into the frame" },
  { name: "LOAD_NAME", format: "name", pop: "0", push: "1", flags: R, doc: "push name from locals, globals or builtins" },
  { name: "STORE_NAME", format: "name", pop: "1", push: "0", flags: R, doc: "locals[name] = TOS" },
  { name: "DELETE_NAME", format: "name", pop: "0", push: "0", flags: R, doc: "del locals[name]" },
  { name: "LOAD_GLOBAL", format: "name1", pop: "0", push: "1 + (oparg & 1)", cache: 2, flags: R, doc: "push global co_names[oparg>>1]; bit 0 also pushes NULL first" },
  { name: "STORE_GLOBAL", format: "name", pop: "1", push: "0", flags: R, doc: "globals[name] = TOS" },
  { name: "DELETE_GLOBAL", format: "name", pop: "0", push: "0", flags: R, doc: "del globals[name]" },
  { name: "LOAD_LOCALS", format: "none", pop: "0", push: "1", flags: R, doc: "push the locals mapping (class bodies)" },
  { name: "LOAD_FROM_DICT_OR_GLOBALS", format: "name", pop: "1", push: "1", flags: R, doc: "TOS = TOS[name] or global/builtin name" },
  { name: "LOAD_FROM_DICT_OR_DEREF", format: "free", pop: "1", push: "1", flags: R, doc: "TOS = TOS[name of cell] or the cell's contents" },
  { name: "LOAD_BUILD_CLASS", format: "none", pop: "0", push: "1", flags: R, doc: "push builtins.__build_class__" },
  { name: "LOAD_ASSERTION_ERROR", format: "none", pop: "0", push: "1", doc: "push AssertionError" },
  { name: "SETUP_ANNOTATIONS", format: "none", pop: "0", push: "0", flags: R, doc: "create __annotations__ in locals if missing" },

  // ---- attributes and items ----
  { name: "LOAD_ATTR", format: "name1", pop: "1", push: "1 + (oparg & 1)", cache: 3, flags: R, doc: "TOS = TOS.name; bit 0: method form pushes (meth, self) or (NULL, attr)" },
  { name: "STORE_ATTR", format: "name", pop: "2", push: "0", cache: 3, flags: R, doc: "TOS.name = STACK[-2]" },
  { name: "DELETE_ATTR", format: "name", pop: "1", push: "0", flags: R, doc: "del TOS.name" },
  { name: "LOAD_SUPER_ATTR", format: "arg", pop: "3", push: "1 + (oparg & 1)", flags: R, event: "CALL", doc: "super(cls, self).co_names[oparg>>2]; bit 0 method form, bit 1 two-arg super()" },
  { name: "BINARY_SUBSCR", format: "none", pop: "2", push: "1", flags: R, doc: "TOS = STACK[-2][TOS]" },
  { name: "STORE_SUBSCR", format: "none", pop: "3", push: "0", flags: R, doc: "STACK[-2][TOS] = STACK[-3]" },
  { name: "DELETE_SUBSCR", format: "none", pop: "2", push: "0", flags: R, doc: "del STACK[-2][TOS]" },
  { name: "BINARY_SLICE", format: "none", pop: "3", push: "1", flags: R, doc: "container[start:end]" },
  { name: "STORE_SLICE", format: "none", pop: "4", push: "0", flags: R, doc: "container[start:end] = value" },

  // ---- operators ----
  { name: "UNARY_NEGATIVE", format: "none", pop: "1", push: "1", flags: R, doc: "-TOS" },
  { name: "UNARY_NOT", format: "none", pop: "1", push: "1", flags: R, doc: "not TOS" },
  { name: "UNARY_INVERT", format: "none", pop: "1", push: "1", flags: R, doc: "~TOS" },
  { name: "BINARY_OP", format: "binop", pop: "2", push: "1", flags: R, doc: "STACK[-2] op TOS (BinOp oparg, in-place forms >= INPLACE)" },
  { name: "COMPARE_OP", format: "cmp", pop: "2", push: "1", flags: R, doc: "rich comparison CmpOp oparg" },
  { name: "IS_OP", format: "arg", pop: "2", push: "1", doc: "is (oparg 1: is not)" },
  { name: "CONTAINS_OP", format: "arg", pop: "2", push: "1", flags: R, doc: "in (oparg 1: not in)" },
  { name: "CALL_INTRINSIC_1", format: "arg", pop: "1", push: "1", flags: R, doc: "intrinsic function oparg of one argument" },
  { name: "CALL_INTRINSIC_2", format: "arg", pop: "2", push: "1", flags: R, doc: "intrinsic function oparg of two arguments" },

  // ---- building ----
  { name: "BUILD_TUPLE", format: "arg", pop: "oparg", push: "1", flags: R, doc: "tuple of the top oparg items" },
  { name: "BUILD_LIST", format: "arg", pop: "oparg", push: "1", flags: R, doc: "list of the top oparg items" },
  { name: "BUILD_SET", format: "arg", pop: "oparg", push: "1", flags: R, doc: "set of the top oparg items" },
  { name: "BUILD_MAP", format: "arg", pop: "oparg * 2", push: "1", flags: R, doc: "dict of oparg key/value pairs" },
  { name: "BUILD_CONST_KEY_MAP", format: "arg", pop: "oparg + 1", push: "1", flags: R, doc: "dict from oparg values and a tuple of keys" },
  { name: "BUILD_STRING", format: "arg", pop: "oparg", push: "1", flags: R, doc: "concatenate oparg strings" },
  { name: "BUILD_SLICE", format: "arg", pop: "oparg", push: "1", flags: R, doc: "slice of 2 or 3 items" },
  { name: "LIST_APPEND", format: "arg", pop: "1", push: "0", flags: R, doc: "STACK[-oparg-1].append(TOS)" },
  { name: "SET_ADD", format: "arg", pop: "1", push: "0", flags: R, doc: "STACK[-oparg-1].add(TOS)" },
  { name: "MAP_ADD", format: "arg", pop: "2", push: "0", flags: R, doc: "STACK[-oparg-2][STACK[-2]] = TOS" },
  { name: "LIST_EXTEND", format: "arg", pop: "1", push: "0", flags: R, doc: "STACK[-oparg-1].extend(TOS)" },
  { name: "SET_UPDATE", format: "arg", pop: "1", push: "0", flags: R, doc: "STACK[-oparg-1].update(TOS)" },
  { name: "DICT_UPDATE", format: "arg", pop: "1", push: "0", flags: R, doc: "STACK[-oparg-1].update(TOS)" },
  { name: "DICT_MERGE", format: "arg", pop: "1", push: "0", flags: R, doc: "like DICT_UPDATE but duplicate keys raise (calls)" },
  { name: "UNPACK_SEQUENCE", format: "arg", pop: "1", push: "oparg", flags: R, doc: "push the oparg items of TOS, last first" },
  { name: "UNPACK_EX", format: "arg", pop: "1", push: "(oparg & 0xFF) + (oparg >> 8) + 1", flags: R, doc: "starred unpack: low byte before, high byte after the star" },
  { name: "FORMAT_VALUE", format: "arg", pop: "1 + ((oparg & 4) >> 2)", push: "1", flags: R, doc: "f-string piece: conversion in bits 0-1, bit 2 has a format spec" },

  // ---- functions and calls ----
  { name: "MAKE_FUNCTION", format: "arg", pop: "1 + (oparg & 1) + ((oparg >> 1) & 1) + ((oparg >> 2) & 1) + ((oparg >> 3) & 1)", push: "1", flags: R, doc: "function from a code object; flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure" },
  { name: "KW_NAMES", format: "const", pop: "0", push: "0", doc: "the next CALL's keyword names are co_consts[oparg]" },
  { name: "CALL", format: "arg", pop: "2 + oparg", push: "1", cache: 1, flags: R, event: "CALL", doc: "call (callable|NULL, self|callable, oparg args)" },
  { name: "CALL_FUNCTION_EX", format: "arg", pop: "3 + (oparg & 1)", push: "1", flags: R, event: "CALL", doc: "call with *args tuple and (bit 0) **kwargs dict" },
  { name: "RETURN_VALUE", format: "none", pop: "1", push: "0", flags: ["IS_TERMINATOR"], event: "PY_RETURN", doc: "return TOS" },
  { name: "RETURN_CONST", format: "const", pop: "0", push: "0", flags: ["IS_TERMINATOR"], event: "PY_RETURN", doc: "return co_consts[oparg]" },
  { name: "RESUME", format: "arg", pop: "0", push: "0", flags: R, event: "PY_START", doc: "frame (re)entry: 0 start, 1 after yield, 2 after yield from, 3 after await; checks the monitoring version" },

  // ---- control flow ----
  { name: "JUMP_FORWARD", format: "jump_fwd", pop: "0", push: "0", flags: ["IS_JUMP", "IS_TERMINATOR"], event: "JUMP", doc: "ip += oparg" },
  { name: "JUMP_BACKWARD", format: "jump_back", pop: "0", push: "0", flags: ["IS_JUMP", "IS_TERMINATOR", "CAN_RAISE"], event: "JUMP", doc: "ip -= oparg; polls the budget" },
  { name: "JUMP_BACKWARD_NO_INTERRUPT", format: "jump_back", pop: "0", push: "0", flags: ["IS_JUMP", "IS_TERMINATOR"], doc: "ip -= oparg without polling (yield from loop)" },
  { name: "POP_JUMP_IF_FALSE", format: "jump_fwd", pop: "1", push: "0", flags: ["IS_JUMP", "CAN_RAISE"], event: "BRANCH", doc: "pop; jump if false" },
  { name: "POP_JUMP_IF_TRUE", format: "jump_fwd", pop: "1", push: "0", flags: ["IS_JUMP", "CAN_RAISE"], event: "BRANCH", doc: "pop; jump if true" },
  { name: "POP_JUMP_IF_NONE", format: "jump_fwd", pop: "1", push: "0", flags: ["IS_JUMP"], event: "BRANCH", doc: "pop; jump if None" },
  { name: "POP_JUMP_IF_NOT_NONE", format: "jump_fwd", pop: "1", push: "0", flags: ["IS_JUMP"], event: "BRANCH", doc: "pop; jump if not None" },
  { name: "GET_ITER", format: "none", pop: "1", push: "1", flags: R, doc: "TOS = iter(TOS)" },
  { name: "FOR_ITER", format: "jump_fwd", pop: "1", push: "2", jump: "1/0", cache: 1, flags: ["IS_JUMP", "CAN_RAISE"], event: "BRANCH", doc: "push next(TOS); when exhausted pop the iterator and jump past the END_FOR at the target" },
  { name: "END_FOR", format: "none", pop: "2", push: "0", event: "STOP_ITERATION", doc: "end of a for loop reached by a returning generator: pop value and iterator" },

  // ---- generators ----
  { name: "GET_YIELD_FROM_ITER", format: "none", pop: "1", push: "1", flags: R, doc: "iter() for yield from (generators pass through)" },
  { name: "YIELD_VALUE", format: "arg", pop: "1", push: "1", flags: R, event: "PY_YIELD", doc: "yield TOS; the sent value replaces it on resumption" },
  { name: "SEND", format: "jump_fwd", pop: "2", push: "2", cache: 1, flags: ["IS_JUMP", "CAN_RAISE"], doc: "send TOS into STACK[-2]; when it returns jump with the value" },
  { name: "END_SEND", format: "none", pop: "2", push: "1", event: "STOP_ITERATION", doc: "drop the receiver below TOS" },
  { name: "CLEANUP_THROW", format: "none", pop: "3", push: "2", flags: R, doc: "handle StopIteration from a throw() into a sub-iterator" },
  { name: "GET_AWAITABLE", format: "arg", pop: "1", push: "1", flags: R, doc: "TOS = awaitable iterator of TOS" },
  { name: "GET_AITER", format: "none", pop: "1", push: "1", flags: R, doc: "TOS = TOS.__aiter__()" },
  { name: "GET_ANEXT", format: "none", pop: "1", push: "2", flags: R, doc: "push awaitable of TOS.__anext__()" },
  { name: "END_ASYNC_FOR", format: "none", pop: "2", push: "0", flags: R, doc: "end async for on StopAsyncIteration, else re-raise" },
  { name: "BEFORE_ASYNC_WITH", format: "none", pop: "1", push: "2", flags: R, doc: "push __aexit__ bound and awaitable of __aenter__()" },

  // ---- exceptions ----
  { name: "RAISE_VARARGS", format: "arg", pop: "oparg", push: "0", flags: ["CAN_RAISE", "IS_TERMINATOR"], doc: "raise (0: re-raise, 1: exc, 2: exc from cause)" },
  { name: "RERAISE", format: "arg", pop: "1", push: "0", flags: ["CAN_RAISE", "IS_TERMINATOR"], doc: "re-raise TOS; oparg 1 restores lasti from STACK[-2]" },
  { name: "PUSH_EXC_INFO", format: "none", pop: "1", push: "2", doc: "push the previous handled exception under the new one" },
  { name: "POP_EXCEPT", format: "none", pop: "1", push: "0", doc: "restore the handled exception from TOS" },
  { name: "CHECK_EXC_MATCH", format: "none", pop: "2", push: "2", flags: R, doc: "TOS = isinstance-match of STACK[-2] against TOS" },
  { name: "CHECK_EG_MATCH", format: "none", pop: "2", push: "2", flags: R, doc: "split an exception group for except*" },
  { name: "WITH_EXCEPT_START", format: "none", pop: "4", push: "5", flags: R, doc: "call __exit__(type, value, tb) during exception handling" },
  { name: "BEFORE_WITH", format: "none", pop: "1", push: "2", flags: R, doc: "push bound __exit__ and the result of __enter__()" },

  // ---- imports ----
  { name: "IMPORT_NAME", format: "name", pop: "2", push: "1", flags: R, doc: "__import__(name, fromlist=TOS, level=STACK[-2])" },
  { name: "IMPORT_FROM", format: "name", pop: "0", push: "1", flags: R, doc: "push TOS.name (from-import)" },

  // ---- pattern matching ----
  { name: "GET_LEN", format: "none", pop: "0", push: "1", flags: R, doc: "push len(TOS)" },
  { name: "MATCH_CLASS", format: "arg", pop: "3", push: "1", flags: R, doc: "class pattern with oparg positional sub-patterns: tuple of attributes or None" },
  { name: "MATCH_MAPPING", format: "none", pop: "0", push: "1", doc: "push whether TOS is a mapping" },
  { name: "MATCH_SEQUENCE", format: "none", pop: "0", push: "1", doc: "push whether TOS is a sequence" },
  { name: "MATCH_KEYS", format: "none", pop: "0", push: "1", flags: R, doc: "push tuple of values for keys TOS in STACK[-2], or None" },

  // ---- pseudo-instructions: the compiler's, resolved by the assembler ----
  { name: "SETUP_FINALLY", format: "jump_fwd", pop: "0", push: "0", jump: "0/1", flags: ["PSEUDO", "IS_JUMP"], doc: "push a handler block (exception table)" },
  { name: "SETUP_CLEANUP", format: "jump_fwd", pop: "0", push: "0", jump: "0/2", flags: ["PSEUDO", "IS_JUMP"], doc: "handler block that also saves lasti" },
  { name: "SETUP_WITH", format: "jump_fwd", pop: "0", push: "0", jump: "0/1", flags: ["PSEUDO", "IS_JUMP"], doc: "handler block for a with statement" },
  { name: "POP_BLOCK", format: "none", pop: "0", push: "0", flags: ["PSEUDO"], doc: "pop a handler block" },
  { name: "JUMP", format: "jump_fwd", pop: "0", push: "0", flags: ["PSEUDO", "IS_JUMP", "IS_TERMINATOR"], doc: "unconditional jump, direction chosen by the assembler" },
  { name: "JUMP_NO_INTERRUPT", format: "jump_fwd", pop: "0", push: "0", flags: ["PSEUDO", "IS_JUMP", "IS_TERMINATOR"], doc: "unconditional jump without budget poll" },

  // ---- wrappers: instrumentation that displaces any opcode ----
  { name: "INSTRUMENTED_INSTRUCTION", format: "none", pop: "0", push: "0", flags: ["WRAPPER"], event: "INSTRUCTION", doc: "fire INSTRUCTION, then run the displaced opcode" },
  { name: "INSTRUMENTED_LINE", format: "none", pop: "0", push: "0", flags: ["WRAPPER"], event: "LINE", doc: "fire LINE when a new line starts, then run the displaced opcode" },
];
