"""Re-record test/unit/fixtures/unicodedb-digests.json from CPython 3.12.1.

Run from the repository root:

    PYENV_VERSION=3.12.1 python3.12 test/unit/unicodedb.regen.py

For every block of 4096 code points, a 32-bit FNV-1a digest over each code point's property
bits (computed as src/tools/gen-unicodedb.py defines them, from CPython's own str methods) and
its full upper/lower/title/casefold mappings. test/unit/unicodedb.test.ts computes the same
digests from the generated tables.
"""

import importlib.util
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BLOCK = 4096

spec = importlib.util.spec_from_file_location("gen_unicodedb", os.path.join(ROOT, "src", "tools", "gen-unicodedb.py"))
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)


def fnv(h, x):
    for shift in (0, 8, 16, 24):
        h ^= (x >> shift) & 0xFF
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def main():
    if sys.version_info[:3] != (3, 12, 1):
        print("warning: expected CPython 3.12.1, running " + sys.version.split()[0], file=sys.stderr)
    digests = []
    for start in range(0, gen.MAX_CP, BLOCK):
        h = 0x811C9DC5
        for cp in range(start, start + BLOCK):
            c = chr(cp)
            h = fnv(h, gen.properties(cp))
            for m in (c.upper(), c.lower(), c.title(), c.casefold()):
                h = fnv(h, len(m))
                for ch in m:
                    h = fnv(h, ord(ch))
        digests.append("%08x" % h)
    out = {
        "python": sys.version.split()[0],
        "unicode": unicodedata.unidata_version,
        "block": BLOCK,
        "digests": digests,
    }
    path = os.path.join(HERE, "fixtures", "unicodedb-digests.json")
    with open(path, "w") as fh:
        json.dump(out, fh, indent=0)
        fh.write("\n")
    print("wrote " + path)


main()
