// The BaseException layout and the builtin exception hierarchy (CPython 3.12's tree).
// Extra attributes of particular exception kinds (StopIteration.value, SystemExit.code,
// SyntaxError.lineno, KeyError's args, …) live in the instance dict, set by their __init__.
import { Value, NONE, NULL } from "./value";
import { PyType, Kind, T } from "./type";
import { PyDict } from "./dict";
import { PyCode } from "./code";

export class PyBaseException extends PyObject {
  args: Value = NULL; // a tuple
  traceback: Value = NONE; // PyTraceback or None
  cause: Value = NONE;
  context: Value = NONE;
  notes: Value = NULL;
  suppressContext: bool = false;

  constructor(cls: PyType) {
    super();
    this.cls = cls;
    this.gcVals = (<u32>offsetof<PyBaseException>("args") << 16) | 5;
  }
}

// One traceback entry: a code object and the instruction that was executing.
export class PyTraceback extends PyObject {
  next: Value = NONE;
  frame: Value = NONE; // the frame object, built on first access to tb_frame
  code: PyCode;
  lasti: i32; // code unit index
  lineno: i32;
  // What tb_frame needs once the frame record is gone: the frame's slots and globals, and
  // the traceback entry of its caller (the entry prepended when unwinding reached it).
  slots: ValueArray | null = null;
  globals: PyDict | null = null;
  back: PyTraceback | null = null;

  constructor(code: PyCode, lasti: i32, lineno: i32) {
    super();
    this.cls = T.traceback;
    this.code = code;
    this.lasti = lasti;
    this.lineno = lineno;
    this.gcVals = (<u32>offsetof<PyTraceback>("next") << 16) | 2;
  }
}

export class ExceptionTypes {
  BaseException: PyType = changetype<PyType>(0);
  BaseExceptionGroup: PyType = changetype<PyType>(0);
  GeneratorExit: PyType = changetype<PyType>(0);
  KeyboardInterrupt: PyType = changetype<PyType>(0);
  SystemExit: PyType = changetype<PyType>(0);
  Exception: PyType = changetype<PyType>(0);
  ArithmeticError: PyType = changetype<PyType>(0);
  FloatingPointError: PyType = changetype<PyType>(0);
  OverflowError: PyType = changetype<PyType>(0);
  ZeroDivisionError: PyType = changetype<PyType>(0);
  AssertionError: PyType = changetype<PyType>(0);
  AttributeError: PyType = changetype<PyType>(0);
  BufferError: PyType = changetype<PyType>(0);
  EOFError: PyType = changetype<PyType>(0);
  ExceptionGroup: PyType = changetype<PyType>(0);
  ImportError: PyType = changetype<PyType>(0);
  ModuleNotFoundError: PyType = changetype<PyType>(0);
  LookupError: PyType = changetype<PyType>(0);
  IndexError: PyType = changetype<PyType>(0);
  KeyError: PyType = changetype<PyType>(0);
  MemoryError: PyType = changetype<PyType>(0);
  NameError: PyType = changetype<PyType>(0);
  UnboundLocalError: PyType = changetype<PyType>(0);
  OSError: PyType = changetype<PyType>(0);
  FileNotFoundError: PyType = changetype<PyType>(0);
  ReferenceError: PyType = changetype<PyType>(0);
  RuntimeError: PyType = changetype<PyType>(0);
  NotImplementedError: PyType = changetype<PyType>(0);
  RecursionError: PyType = changetype<PyType>(0);
  StopAsyncIteration: PyType = changetype<PyType>(0);
  StopIteration: PyType = changetype<PyType>(0);
  SyntaxError: PyType = changetype<PyType>(0);
  IndentationError: PyType = changetype<PyType>(0);
  TabError: PyType = changetype<PyType>(0);
  SystemError: PyType = changetype<PyType>(0);
  TypeError: PyType = changetype<PyType>(0);
  ValueError: PyType = changetype<PyType>(0);
  UnicodeError: PyType = changetype<PyType>(0);
  UnicodeDecodeError: PyType = changetype<PyType>(0);
  UnicodeEncodeError: PyType = changetype<PyType>(0);
  Warning: PyType = changetype<PyType>(0);
  // every builtin exception type by name, in definition order (for the builtins module)
  all: Array<PyType> = [];
}

export const E = new ExceptionTypes();

// "Name:Parent" pairs in CPython's definition order; parents come first.
const HIERARCHY: string =
  "BaseExceptionGroup:BaseException GeneratorExit:BaseException KeyboardInterrupt:BaseException " +
  "SystemExit:BaseException Exception:BaseException ArithmeticError:Exception " +
  "FloatingPointError:ArithmeticError OverflowError:ArithmeticError ZeroDivisionError:ArithmeticError " +
  "AssertionError:Exception AttributeError:Exception BufferError:Exception EOFError:Exception " +
  "ExceptionGroup:BaseExceptionGroup ImportError:Exception ModuleNotFoundError:ImportError " +
  "LookupError:Exception IndexError:LookupError KeyError:LookupError MemoryError:Exception " +
  "NameError:Exception UnboundLocalError:NameError OSError:Exception BlockingIOError:OSError " +
  "ChildProcessError:OSError ConnectionError:OSError BrokenPipeError:ConnectionError " +
  "ConnectionAbortedError:ConnectionError ConnectionRefusedError:ConnectionError " +
  "ConnectionResetError:ConnectionError FileExistsError:OSError FileNotFoundError:OSError " +
  "InterruptedError:OSError IsADirectoryError:OSError NotADirectoryError:OSError " +
  "PermissionError:OSError ProcessLookupError:OSError TimeoutError:OSError ReferenceError:Exception " +
  "RuntimeError:Exception NotImplementedError:RuntimeError RecursionError:RuntimeError " +
  "StopAsyncIteration:Exception StopIteration:Exception SyntaxError:Exception " +
  "IndentationError:SyntaxError TabError:IndentationError SystemError:Exception TypeError:Exception " +
  "ValueError:Exception UnicodeError:ValueError UnicodeDecodeError:UnicodeError " +
  "UnicodeEncodeError:UnicodeError UnicodeTranslateError:UnicodeError Warning:Exception " +
  "BytesWarning:Warning DeprecationWarning:Warning EncodingWarning:Warning FutureWarning:Warning " +
  "ImportWarning:Warning PendingDeprecationWarning:Warning ResourceWarning:Warning " +
  "RuntimeWarning:Warning SyntaxWarning:Warning UnicodeWarning:Warning UserWarning:Warning";

// Builds the hierarchy; `make` creates one builtin type (objects/typeinit.ts).
export function initExceptionTypes(base: PyType, make: (name: string, kind: Kind, base: PyType) => PyType): void {
  E.BaseException = base;
  E.all.push(base);
  const pairs = HIERARCHY.split(" ");
  const made = new Map<string, PyType>();
  made.set("BaseException", base);
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i].split(":");
    const t = make(pair[0], Kind.EXCEPTION, made.get(pair[1]));
    made.set(pair[0], t);
    E.all.push(t);
  }
  E.BaseExceptionGroup = made.get("BaseExceptionGroup");
  E.GeneratorExit = made.get("GeneratorExit");
  E.KeyboardInterrupt = made.get("KeyboardInterrupt");
  E.SystemExit = made.get("SystemExit");
  E.Exception = made.get("Exception");
  E.ArithmeticError = made.get("ArithmeticError");
  E.FloatingPointError = made.get("FloatingPointError");
  E.OverflowError = made.get("OverflowError");
  E.ZeroDivisionError = made.get("ZeroDivisionError");
  E.AssertionError = made.get("AssertionError");
  E.AttributeError = made.get("AttributeError");
  E.BufferError = made.get("BufferError");
  E.EOFError = made.get("EOFError");
  E.ExceptionGroup = made.get("ExceptionGroup");
  E.ImportError = made.get("ImportError");
  E.ModuleNotFoundError = made.get("ModuleNotFoundError");
  E.LookupError = made.get("LookupError");
  E.IndexError = made.get("IndexError");
  E.KeyError = made.get("KeyError");
  E.MemoryError = made.get("MemoryError");
  E.NameError = made.get("NameError");
  E.UnboundLocalError = made.get("UnboundLocalError");
  E.OSError = made.get("OSError");
  E.FileNotFoundError = made.get("FileNotFoundError");
  E.ReferenceError = made.get("ReferenceError");
  E.RuntimeError = made.get("RuntimeError");
  E.NotImplementedError = made.get("NotImplementedError");
  E.RecursionError = made.get("RecursionError");
  E.StopAsyncIteration = made.get("StopAsyncIteration");
  E.StopIteration = made.get("StopIteration");
  E.SyntaxError = made.get("SyntaxError");
  E.IndentationError = made.get("IndentationError");
  E.TabError = made.get("TabError");
  E.SystemError = made.get("SystemError");
  E.TypeError = made.get("TypeError");
  E.ValueError = made.get("ValueError");
  E.UnicodeError = made.get("UnicodeError");
  E.UnicodeDecodeError = made.get("UnicodeDecodeError");
  E.UnicodeEncodeError = made.get("UnicodeEncodeError");
  E.Warning = made.get("Warning");
}
