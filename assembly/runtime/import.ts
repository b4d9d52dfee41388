// The import system: sys.modules, builtin (native) modules, frozen modules compiled into
// the wasm, and .py files the host provides (found along sys.path). Packages are folders
// with __init__.py; relative imports resolve against __package__ / __name__.
import { Value, NULL, NONE, ERR, fromObj, objOf, isPtr, isSmallInt, smallOf } from "../objects/value";
import { T, Kind, typeOf } from "../objects/type";
import { PyStr, intern, strValue, newStr } from "../objects/str";
import { PyTuple, PyList } from "../objects/tuple";
import { PyDict } from "../objects/dict";
import { PyModule } from "../objects/function";
import { E } from "../objects/exceptions";
import { ParseMode } from "../parser/parser";
import { N } from "./names";
import { ts } from "./state";
import { raise, typeError, errorMatches, clearError } from "./errors";
import { getAttr, setAttr, isTrue } from "./abstract";
import { getIter, iterNext } from "./iter";
import { compileSource, execCode, builtinsModuleValue } from "./exec";
import { readHostFile } from "../host/files";
import { findNativeModule } from "../modules/registry";
import { sysPath } from "../modules/sys";

function moduleDict(m: Value): PyDict | null {
  if (isPtr(m) && objOf(m).dict !== null) return changetype<PyDict>(objOf(m).dict);
  return null;
}

export function newModule(name: string, file: string | null): PyModule {
  const d = new PyDict();
  d.setStr(N.__name__, strValue(name));
  d.setStr(N.__doc__, NONE);
  d.setStr(N.__package__, NONE);
  d.setStr(N.__loader__, NONE);
  d.setStr(N.__spec__, NONE);
  if (file !== null) d.setStr(N.__file__, strValue(file!));
  return new PyModule(d);
}

// Resolve `level` leading dots against the importing module's package.
function resolveName(name: string, globals: PyDict, level: i32): string | null {
  if (level == 0) return name;
  let pkg = "";
  const p = globals.getStr(N.__package__);
  if (p != NULL && p != NONE && isPtr(p) && typeOf(p).kind == Kind.STR) pkg = changetype<PyStr>(objOf(p)).s;
  else {
    const n = globals.getStr(N.__name__);
    if (n == NULL || !isPtr(n)) {
      raise(E.KeyError, "'__name__' not in globals");
      return null;
    }
    pkg = changetype<PyStr>(objOf(n)).s;
    if (globals.getStr(N.__path__) == NULL) {
      const dot = pkg.lastIndexOf(".");
      pkg = dot < 0 ? "" : pkg.substring(0, dot);
    }
  }
  if (pkg.length == 0) {
    raise(E.ImportError, "attempted relative import with no known parent package");
    return null;
  }
  for (let i = 1; i < level; i++) {
    const dot = pkg.lastIndexOf(".");
    if (dot < 0) {
      raise(E.ImportError, "attempted relative import beyond top-level package");
      return null;
    }
    pkg = pkg.substring(0, dot);
  }
  return name.length > 0 ? pkg + "." + name : pkg;
}

// Load one module by its full dotted name (its parent is already imported). ERR if missing.
function loadModule(full: string, parentPath: Array<string> | null): Value {
  const existing = ts.modules.getStr(intern(full));
  if (existing != NULL) return existing;
  const native = findNativeModule(full);
  if (native != NULL) {
    ts.modules.setStr(intern(full), native);
    return native;
  }
  const leaf = full.lastIndexOf(".") >= 0 ? full.substring(full.lastIndexOf(".") + 1) : full;
  const dirs = parentPath !== null ? parentPath! : sysPath();
  for (let i = 0; i < dirs.length; i++) {
    const dir = dirs[i];
    const prefix = dir.length == 0 ? "" : dir.endsWith("/") ? dir : dir + "/";
    const pkgInit = prefix + leaf + "/__init__.py";
    let src = readHostFile(pkgInit);
    if (src !== null) return execModule(full, pkgInit, src!, prefix + leaf);
    const file = prefix + leaf + ".py";
    src = readHostFile(file);
    if (src !== null) return execModule(full, file, src!, null);
  }
  raise(E.ModuleNotFoundError, "No module named '" + full + "'");
  const d = new PyDict();
  d.setStr(N.name, strValue(full));
  objOf(ts.curExc).dict = d;
  return ERR;
}

function execModule(full: string, file: string, source: string, pkgDir: string | null): Value {
  const m = newModule(full, file);
  const d = m.mdict;
  if (pkgDir !== null) {
    const path = new PyList();
    path.append(strValue(pkgDir!));
    d.setStr(N.__path__, fromObj(path));
    d.setStr(N.__package__, strValue(full));
  } else {
    const dot = full.lastIndexOf(".");
    d.setStr(N.__package__, strValue(dot < 0 ? "" : full.substring(0, dot)));
  }
  d.setStr(N.__builtins__, builtinsModuleValue());
  const key = intern(full);
  ts.modules.setStr(key, fromObj(m));
  const code = compileSource(source, file, ParseMode.Exec);
  if (code === null || execCode(code!, d, d) == ERR) {
    ts.modules.delItem(fromObj(key));
    return ERR;
  }
  // the module may have replaced itself in sys.modules
  const final = ts.modules.getStr(key);
  return final != NULL ? final : fromObj(m);
}

function packagePath(m: Value): Array<string> | null {
  const d = moduleDict(m);
  if (d === null) return null;
  const p = d.getStr(N.__path__);
  if (p == NULL || !isPtr(p) || typeOf(p).kind != Kind.LIST) return null;
  const l = changetype<PyList>(objOf(p));
  const out = new Array<string>();
  for (let i = 0; i < l.length; i++) {
    const e = l.get(i);
    if (isPtr(e) && typeOf(e).kind == Kind.STR) out.push(changetype<PyStr>(objOf(e)).s);
  }
  return out;
}

// Import a dotted name, each parent first; returns the leaf module.
export function importDotted(full: string): Value {
  const parts = full.split(".");
  let mod: Value = NULL;
  let name = "";
  for (let i = 0; i < parts.length; i++) {
    name = i == 0 ? parts[0] : name + "." + parts[i];
    let path: Array<string> | null = null;
    if (mod != NULL) {
      path = packagePath(mod);
      if (path === null) {
        const existing = ts.modules.getStr(intern(name));
        if (existing != NULL) {
          mod = existing;
          continue;
        }
        return raise(E.ModuleNotFoundError, "No module named '" + name + "'; '" + parts.slice(0, i).join(".") + "' is not a package");
      }
    }
    const child = loadModule(name, path);
    if (child == ERR) return ERR;
    if (mod != NULL) {
      const pd = moduleDict(mod);
      if (pd !== null) pd.setStr(intern(parts[i]), child);
    }
    mod = child;
  }
  return mod;
}

// IMPORT_NAME / __import__(name, globals, locals, fromlist, level)
export function importModule(name: PyStr, globals: PyDict, fromlist: Value, levelV: Value): Value {
  const level = isSmallInt(levelV) ? <i32>smallOf(levelV) : 0;
  if (level < 0) return raise(E.ValueError, "level must be >= 0");
  const full = resolveName(name.s, globals, level);
  if (full === null) return ERR;
  if (full!.length == 0) return raise(E.ValueError, "Empty module name");
  const leaf = importDotted(full!);
  if (leaf == ERR) return ERR;
  let hasFrom = fromlist != NONE && fromlist != NULL;
  if (hasFrom) {
    const t = isTrue(fromlist);
    if (t < 0) return ERR;
    hasFrom = t != 0;
  }
  if (!hasFrom) {
    if (level == 0 && name.s.indexOf(".") >= 0) {
      return ts.modules.getStr(intern(name.s.split(".")[0]));
    }
    if (level > 0 && name.s.length > 0 && name.s.indexOf(".") >= 0) {
      const top = full!.substring(0, full!.length - name.s.length + name.s.indexOf("."));
      const m = ts.modules.getStr(intern(top));
      return m != NULL ? m : leaf;
    }
    return level > 0 ? leaf : ts.modules.getStr(intern(full!.split(".")[0]));
  }
  // from package import submodule: import submodules named in the fromlist
  const path = packagePath(leaf);
  if (path !== null) {
    const it = getIter(fromlist);
    if (it == ERR) return ERR;
    while (true) {
      const item = iterNext(it);
      if (item == ERR) return ERR;
      if (item == NULL) break;
      if (!(isPtr(item) && typeOf(item).kind == Kind.STR)) continue;
      const n = changetype<PyStr>(objOf(item)).s;
      if (n == "*") continue;
      const d = moduleDict(leaf);
      if (d !== null && d.getStr(intern(n)) == NULL) {
        const sub = importDotted(full! + "." + n);
        if (sub == ERR) {
          if (errorMatches(E.ModuleNotFoundError)) {
            clearError();
            continue;
          }
          return ERR;
        }
      }
    }
  }
  return leaf;
}

// from module import *
export function importStar(locals: PyDict | null, module: Value): i32 {
  if (locals === null) {
    raise(E.SystemError, "no locals found during 'import *'");
    return -1;
  }
  const d = moduleDict(module);
  if (d === null) return 0;
  const all = d.getStr(N.__all__);
  if (all != NULL) {
    const it = getIter(all);
    if (it == ERR) return -1;
    while (true) {
      const n = iterNext(it);
      if (n == ERR) return -1;
      if (n == NULL) return 0;
      if (!(isPtr(n) && typeOf(n).kind == Kind.STR)) {
        typeError("Item in " + "module.__all__ must be str, not " + typeOf(n).name);
        return -1;
      }
      const v = getAttr(module, changetype<PyStr>(objOf(n)));
      if (v == ERR) return -1;
      if (locals.setItem(n, v) < 0) return -1;
    }
  }
  for (let i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
    const k = d.keyAt(i);
    if (isPtr(k) && typeOf(k).kind == Kind.STR && changetype<PyStr>(objOf(k)).s.startsWith("_")) continue;
    if (locals.setItem(k, d.valueAt(i)) < 0) return -1;
  }
  return 0;
}
