"""Re-records the parser fixtures from CPython 3.12.1.

Run from the repository root:  PYENV_VERSION=3.12.1 python3.12 test/parser/regen.py

Writes test/parser/fixtures/{valid,invalid,examples}.json:
- valid/examples: ast.dump(tree) and ast.dump(tree, include_attributes=True) with column
  offsets converted from CPython's UTF-8 byte offsets to code points (the parser's unit);
- invalid: the SyntaxError's type name, msg, lineno, offset, end_lineno and end_offset
  (None stays null).
The sources come from corpus.py and from the oracle examples vendored in test/oracle/examples.
"""
import ast
import glob
import importlib.util
import json
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
EXAMPLES = [os.path.join(ROOT, "test", "oracle", "examples")]
OUT = os.path.join(HERE, "fixtures")


def load_corpus():
    spec = importlib.util.spec_from_file_location("corpus", os.path.join(HERE, "corpus.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def entries(items):
    for item in items:
        if isinstance(item, tuple):
            yield item[0], item[1]
        else:
            yield item, "exec"


def dump_with_positions(source, mode):
    """ast.dump with attributes, columns counted in code points."""
    tree = ast.parse(source, mode=mode)
    lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")

    def convert(lineno, col):
        if lineno is None or col is None or lineno - 1 >= len(lines):
            return col
        raw = lines[lineno - 1].encode("utf-8", "surrogatepass")
        return len(raw[:col].decode("utf-8", "replace"))

    for node in ast.walk(tree):
        if getattr(node, "lineno", None) is not None and hasattr(node, "col_offset"):
            node.col_offset = convert(node.lineno, node.col_offset)
            if getattr(node, "end_col_offset", None) is not None:
                node.end_col_offset = convert(node.end_lineno, node.end_col_offset)
    return ast.dump(tree, include_attributes=True)


def record_valid(source, mode):
    return {
        "src": source,
        "mode": mode,
        "dump": ast.dump(ast.parse(source, mode=mode)),
        "pos": dump_with_positions(source, mode),
    }


def record_invalid(source, mode):
    try:
        ast.parse(source, mode=mode)
    except SyntaxError as e:
        return {
            "src": source,
            "mode": mode,
            "type": type(e).__name__,
            "msg": e.msg,
            "lineno": e.lineno,
            "offset": e.offset,
            "end_lineno": e.end_lineno,
            "end_offset": e.end_offset,
        }
    return None


def write(name, data):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {path} ({len(data)} entries)")


def main():
    if sys.version_info[:3] != (3, 12, 1):
        sys.exit("run with CPython 3.12.1 (PYENV_VERSION=3.12.1 python3.12)")
    warnings.simplefilter("ignore")
    corpus = load_corpus()
    problems = []

    valid = []
    seen = set()
    for source, mode in entries(corpus.VALID):
        if (source, mode) in seen:
            continue
        seen.add((source, mode))
        try:
            valid.append(record_valid(source, mode))
        except (SyntaxError, ValueError) as e:
            problems.append(f"VALID entry fails: {source!r}: {e}")
    write("valid.json", valid)

    invalid = []
    seen = set()
    for source, mode in entries(corpus.INVALID):
        if (source, mode) in seen:
            continue
        seen.add((source, mode))
        rec = record_invalid(source, mode)
        if rec is None:
            problems.append(f"INVALID entry parses: {source!r}")
        else:
            invalid.append(rec)
    write("invalid.json", invalid)

    examples = []
    folder = next((d for d in EXAMPLES if os.path.isdir(d)), None)
    if folder is None:
        problems.append("oracle examples folder not found")
    else:
        for path in sorted(glob.glob(os.path.join(folder, "*.py"))):
            with open(path, encoding="utf-8") as f:
                source = f.read()
            rec = record_valid(source, "exec")
            rec["file"] = os.path.basename(path)
            examples.append(rec)
    write("examples.json", examples)

    for p in problems:
        print("warning:", p)


main()
