// Argument parsing for builtins (the vectorcall convention of vm/call.ts): positional
// arguments, then keyword values named by kwnames. Messages follow CPython's
// Argument Clinic wording.
import { Value, NULL, objOf } from "../objects/value";
import { PyStr } from "../objects/str";
import { PyTuple } from "../objects/tuple";
import { E } from "../objects/exceptions";
import { raise } from "./errors";

export class Args {
  values: StaticArray<u64>;
  constructor(n: i32) {
    this.values = new StaticArray<u64>(n);
  }

  // @ts-ignore: decorator
  @inline get(i: i32): Value {
    return unchecked(this.values[i]);
  }

  has(i: i32): bool {
    return unchecked(this.values[i]) != NULL;
  }
}

// Parameter lists that str and bytes methods of the same signature share.
export const SEP_MAXSPLIT_PARAMS = ["sep", "maxsplit"];
export const KEEPENDS_PARAMS = ["keepends"];
export const TABSIZE_PARAMS = ["tabsize"];
export const ENCODING_ERRORS_PARAMS = ["encoding", "errors"];

// Bind into `names` slots: the first `posOnly` are positional-only, slots from `kwOnlyFrom`
// on are keyword-only, at least `required` must be given. false with TypeError on mismatch.
export function parseArgs(
  fname: string, args: usize, nargs: i32, kwnames: PyTuple | null, names: Array<string>,
  required: i32, posOnly: i32, kwOnlyFrom: i32, out: Args,
): bool {
  const nkw = kwnames !== null ? kwnames.length : 0;
  const npos = nargs - nkw;
  const n = names.length;
  for (let i = 0; i < n; i++) unchecked((out.values[i] = NULL));
  const maxPos = kwOnlyFrom < n ? kwOnlyFrom : n;
  if (npos > maxPos) {
    if (nkw == 0 && required == maxPos) {
      raise(E.TypeError, fname + "() takes exactly " + maxPos.toString() + " argument" + (maxPos == 1 ? "" : "s") + " (" + npos.toString() + " given)");
    } else {
      raise(E.TypeError, fname + "() takes at most " + maxPos.toString() + " argument" + (maxPos == 1 ? "" : "s") + " (" + npos.toString() + " given)");
    }
    return false;
  }
  for (let i = 0; i < npos; i++) unchecked((out.values[i] = load<u64>(args + (<usize>i << 3))));
  for (let k = 0; k < nkw; k++) {
    const key = changetype<PyStr>(objOf(kwnames!.get(k))).s;
    let found = -1;
    for (let i = posOnly; i < n; i++) {
      if (names[i] == key) {
        found = i;
        break;
      }
    }
    if (found < 0) {
      raise(E.TypeError, "'" + key + "' is an invalid keyword argument for " + fname + "()");
      return false;
    }
    if (unchecked(out.values[found]) != NULL) {
      raise(E.TypeError, "argument for " + fname + "() given by name ('" + key + "') and position (" + (found + 1).toString() + ")");
      return false;
    }
    unchecked((out.values[found] = load<u64>(args + (<usize>(npos + k) << 3))));
  }
  for (let i = 0; i < required; i++) {
    if (unchecked(out.values[i]) == NULL) {
      if (i < posOnly || npos + nkw == 0 && required == 1) {
        raise(E.TypeError, fname + "() takes " + (required == maxPos ? "exactly " : "at least ") + required.toString() + " argument" + (required == 1 ? "" : "s") + " (" + npos.toString() + " given)");
      } else {
        raise(E.TypeError, fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1).toString() + ")");
      }
      return false;
    }
  }
  return true;
}

// No keywords allowed: TypeError "f() takes no keyword arguments".
export function noKeywords(fname: string, kwnames: PyTuple | null): bool {
  if (kwnames !== null && kwnames.length > 0) {
    raise(E.TypeError, fname + "() takes no keyword arguments");
    return false;
  }
  return true;
}

// Positional count check for functions with simple signatures.
export function checkPositional(fname: string, nargs: i32, min: i32, max: i32): bool {
  if (nargs >= min && nargs <= max) return true;
  if (min == max) {
    if (min == 0) raise(E.TypeError, fname + "() takes no arguments (" + nargs.toString() + " given)");
    else if (min == 1) raise(E.TypeError, fname + "() takes exactly one argument (" + nargs.toString() + " given)");
    else raise(E.TypeError, fname + " expected " + min.toString() + " arguments, got " + nargs.toString());
  } else if (nargs < min) {
    raise(E.TypeError, fname + " expected at least " + min.toString() + " argument" + (min == 1 ? "" : "s") + ", got " + nargs.toString());
  } else {
    raise(E.TypeError, fname + " expected at most " + max.toString() + " argument" + (max == 1 ? "" : "s") + ", got " + nargs.toString());
  }
  return false;
}

// ---- method argument counts (after self) ----

// The argument-count checks below take the owner type's name and the method's name apart and
// build "owner.name" only on the error path, so a successful call allocates nothing. nargs
// counts self.

// @ts-ignore: decorator
@inline function noKwnames(kwnames: PyTuple | null): bool {
  return kwnames === null || kwnames.length == 0;
}

/** METH_NOARGS: "str.upper() takes no arguments (1 given)". */
export function methodNoArgs(owner: string, name: string, nargs: i32, kwnames: PyTuple | null): bool {
  if (nargs == 1 && noKwnames(kwnames)) return true;
  const q = owner + "." + name;
  return noKeywords(q, kwnames) && checkPositional(q, nargs - 1, 0, 0);
}

/** METH_O: "str.join() takes exactly one argument (2 given)". */
export function methodOneArg(owner: string, name: string, nargs: i32, kwnames: PyTuple | null): bool {
  if (nargs == 2 && noKwnames(kwnames)) return true;
  const q = owner + "." + name;
  return noKeywords(q, kwnames) && checkPositional(q, nargs - 1, 1, 1);
}

/** Argument Clinic, positional only: "center expected at least 1 argument, got 0". */
export function methodPositional(owner: string, name: string, nargs: i32, kwnames: PyTuple | null, min: i32, max: i32): bool {
  if (nargs - 1 >= min && nargs - 1 <= max && noKwnames(kwnames)) return true;
  return (kwnames === null || noKeywords(owner + "." + name, kwnames)) && checkPositional(name, nargs - 1, min, max);
}

/**
 * PyArg_ParseTuple: "count() takes at least 1 argument (0 given)". Keywords are refused with
 * the qualified name, as a direct method call reports them ("str.count() takes no keyword
 * arguments").
 */
export function methodVarargs(owner: string, name: string, nargs: i32, kwnames: PyTuple | null, min: i32, max: i32): bool {
  if (!noKwnames(kwnames) && !(kwnames === null || noKeywords(owner + "." + name, kwnames))) return false;
  const n = nargs - 1;
  if (n < min) {
    raise(E.TypeError, name + "() takes at least " + min.toString() + " argument" + (min == 1 ? "" : "s") + " (" + n.toString() + " given)");
    return false;
  }
  if (n > max) {
    raise(E.TypeError, name + "() takes at most " + max.toString() + " argument" + (max == 1 ? "" : "s") + " (" + n.toString() + " given)");
    return false;
  }
  return true;
}
