# Compiler conformance corpus: each "#### name" line opens a snippet; "[eval]" / "[single]"
# after the name select compile()'s mode (default exec), "[O1]" / "[O2]" its optimize level.
# regen.py records CPython 3.12.1's code objects for every snippet into fixtures.json;
# test/compiler/compiler.test.ts checks that Sidewinder's compiler produces the same.

#### empty_module

#### pass_only
pass

#### docstring_module
"""Module docstring."""
x = 1

#### docstring_only
"doc"

#### assign_simple
x = 1
y = x + 2

#### assign_chain
a = b = c = 0

#### assign_tuple_unpack
a, b = 1, 2
a, b = b, a
a, b, c = c, b, a
(x, y), z = (1, 2), 3

#### assign_starred
a, *b = [1, 2, 3]
*a, b = range(5)
a, *b, c = "hello"
[x, *y] = z

#### assign_attr_subscr
o.x = 1
o.x.y = 2
d[k] = v
d[1:2] = v
d[1:2:3] = v
d[i, j] = v

#### augassign_all
x += 1
x -= 1
x *= 2
x /= 2
x //= 2
x %= 2
x **= 2
x <<= 1
x >>= 1
x &= 1
x |= 1
x ^= 1
x @= m

#### augassign_targets
o.a += 1
d[k] += 1
d[1:2] += [3]
def f(o, d):
    o.a *= 2
    d[0] -= 1

#### delete_stmts
del x
del x, y
del o.a
del d[k]
del d[1:2]
def f():
    a = 1
    del a
    global g
    del g

#### binops
r = a + b - c * d / e // f % g ** h << i >> j & k | l ^ m @ n

#### unaryops
r = -a
r = +a
r = ~a
r = not a

#### compare_ops
r = a < b
r = a <= b
r = a == b
r = a != b
r = a > b
r = a >= b
r = a is b
r = a is not b
r = a in b
r = a not in b

#### compare_chain
r = a < b < c
r = a < b <= c != d
if a < b < c:
    pass

#### boolops
r = a and b
r = a or b
r = a and b and c
r = a or b and c or d
r = not (a and b)

#### ifexp
r = a if b else c
r = (a if b else c) if d else e

#### constants_misc
a = None
b = True
c = False
d = ...
e = 1.5
f = 2j
g = "s"
h = b"bytes"
i = 10**20
j = 0x7fffffffffffffffffff
k = 1_000_000

#### fold_arith
a = 1 + 2
b = 2 * 3 - 1
c = 7 // 2
d = -7 // 2
e = 7 % -3
f = 2 ** 10
g = 2 ** -1
h = 1 / 3
i = 10 / 2
j = -(5)
k = ~5
l = not 1
m = 1 << 10
n = -17 >> 2
o = 0xff & 0x0f | 0x100 ^ 3
p = 1.5 * 2
q = 7.5 // 2
r = -7.5 % 2
s = 2.0 ** 0.5

#### fold_strings
a = "ab" + "cd"
b = "ab" * 3
c = 3 * "x"
d = b"ab" + b"c"
e = "abc"[1]
f = "abc"[-1]
g = (1, 2) + (3,)
h = (1, 2) * 2
i = (1, 2, 3)[0]
j = b"abc"[0]
k = "x" * 5000

#### fold_limits
a = 2 ** 200
b = 1 << 200
c = 10 ** 40
d = (1,) * 300
e = "ab" * 3000
f = 1 / 0
g = 1 % 0
h = 1 << -1
i = 2 ** 128

#### fold_complex
a = 1 + 2j
b = 2j * 2j
c = 1 / 2j
d = (1 + 2j) ** 2
e = -(3j)
f = 1.5 - 1j

#### fold_bool_arith
a = True + 1
b = True & False
c = True | 1
d = -True
e = ~True
f = +True
g = True * "ab"

#### fold_tuples
a = (1, 2, 3)
b = ()
c = (1,)
d = ((1, 2), (3, 4))
e = (1, "a", None, ...)
f = (x, 1)
g = (1, (2, x))

#### fold_in_lists
r = x in [1, 2, 3]
r = x not in {1, 2, 3}
r = x in [a, b]
r = x in {a, b}
for i in [1, 2, 3]:
    pass
for i in [a, b]:
    pass
r = [i for i in [1, 2]]

#### fold_not_compare
r = not a is b
r = not a is not b
r = not a in b
r = not a not in b
r = not a == b
r = not a < b

#### fold_debug
if __debug__:
    x = 1
r = __debug__

#### percent_format
a = "%s" % (x,)
b = "%s and %r" % (x, y)
c = "%5s|%-5s|%.3s|%a" % (a, b, c, d)
d = "100%%: %s" % (x,)
e = "%d" % (x,)
f = "%s" % x
g = "%s %s" % (x,)
h = "%s" % (x, y)
i = "%s" % (*x,)

#### fstrings
a = f"{x}"
b = f"a{x}b"
c = f"{x!r} {y!s} {z!a}"
d = f"{x:>10}"
e = f"{x:{width}.{prec}}"
f = f"plain"
g = f"{x=}"
h = f"{'nested' + f'{y}'}"

#### fstring_many
s = f"{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}{k}{l}{m}{n}{o}{p}{q}{r}{s}{t}{u}{v}"

#### list_set_dict_displays
a = []
b = [1, 2]
c = [1, 2, 3, 4]
d = [x, y, z]
e = {1, 2}
f = {1, 2, 3}
g = {x, y}
h = {}
i = {1: 2}
j = {1: 2, 3: 4}
k = {x: y, z: w}
l = {"a": x, "b": y}

#### starred_displays
a = [*x]
b = [1, *x, 2]
c = (*x, *y)
d = {*x, 1}
e = {**x}
f = {**x, "a": 1}
g = {"a": 1, **x, "b": 2}
h = [*x, *y, *z]

#### big_displays
a = [x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15, x16, x17, x18, x19, x20, x21, x22, x23, x24, x25, x26, x27, x28, x29, x30, x31]
b = {k0: v0, k1: v1, k2: v2, k3: v3, k4: v4, k5: v5, k6: v6, k7: v7, k8: v8, k9: v9, k10: v10, k11: v11, k12: v12, k13: v13, k14: v14, k15: v15, k16: v16}
c = {"k0": v0, "k1": v1, "k2": v2, "k3": v3, "k4": v4, "k5": v5, "k6": v6, "k7": v7, "k8": v8, "k9": v9, "k10": v10, "k11": v11, "k12": v12, "k13": v13, "k14": v14, "k15": v15, "k16": v16}

#### subscripts
a = x[0]
b = x[1:2]
c = x[1:]
d = x[:2]
e = x[:]
f = x[::2]
g = x[1:2:3]
h = x[i, j]
k = x[1:2, 3]
l = x[...]

#### calls_simple
f()
f(1)
f(1, 2)
f(a, b=1)
f(a=1, b=2)
f(*args)
f(*args, **kwargs)
f(**kwargs)
f(1, *args)
f(a, *b, c, *d)
f(x=1, **k)
f(**k, x=1)
f(*a, x=1)
print("hello", end="")

#### calls_methods
o.m()
o.m(1, 2)
o.m(a=1)
o.m(*a)
o.m(**k)
o.a.b.m(x)
a.b.c

#### calls_big
f(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30)
o.m(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30)
f(k0=0, k1=1, k2=2, k3=3, k4=4, k5=5, k6=6, k7=7, k8=8, k9=9, k10=10, k11=11, k12=12, k13=13, k14=14, k15=15, k16=16)

#### calls_multiline
result = obj.method(
    1,
    2,
)
value = (obj
    .attr
    .other)
f(a,
  b)

#### import_forms
import os
import os.path
import os.path as p
import a.b.c as d
from os import path
from os import path as p, sep
from . import x
from .. import y
from .mod import z
from pkg.sub import *

#### future_division
from __future__ import division
x = 1 / 2

#### future_annotations
from __future__ import annotations
x: int = 1
y: list[int]
def f(a: int, b: "str" = "s", *c: tuple, d: dict[str, int] = {}, **e: float) -> None:
    pass
class C:
    attr: Callable[[int], str] | None = None

#### future_annotations_exprs
from __future__ import annotations
a: x.y.z
b: (1, 2)
c: -1 + 2 * 3 ** -4
d: lambda x, *, y=1: x
e: [i for i in range(3) if i]
f: {k: v for k, v in m}
g: a if b else c
h: not a and b or c
i: a < b <= c is not d
j: f(*a, **k, x=1)
k: x[1:2, ::3]
l: {1, 2}
m: {"a": 1, **d}
n: ...
o: f"x{y!r:>{w}}"
p: b"bytes"
q: 1.5
r: (yield)
s: await x

#### annotations_module
x: int
y: int = 5
z.attr: int
w[0]: int
(v): int = 1

#### annotations_class
class C:
    x: int
    y: str = "a"
    __private: int = 1
    def m(self):
        z: int = 1
        self.a: int = 2

#### annotations_function
def f(a: int, /, b: str, *args: list, c: bool = True, **kw: dict) -> float:
    x: int
    y: int = 1
    return 1.0

#### if_else
if a:
    x = 1
elif b:
    x = 2
else:
    x = 3

#### if_nested
if a:
    if b:
        f()
    else:
        g()
else:
    h()

#### if_const
if True:
    x = 1
if False:
    y = 1
if 0:
    z = 1
else:
    z = 2
if "":
    w = 1
if None:
    pass

#### if_boolop_conditions
if a and b:
    f()
if a or b:
    f()
if not a:
    f()
if (a and b) or c:
    f()
if a and (b or c):
    f()
if not (a or b):
    f()

#### if_ifexp_condition
if (a if b else c):
    f()

#### if_none_checks
if x is None:
    f()
if x is not None:
    f()
if None is x:
    f()
r = x is None

#### while_loops
while a:
    f()
while True:
    if g():
        break
i = 0
while i < 10:
    i += 1
else:
    done()

#### while_continue
while a:
    if b:
        continue
    f()

#### for_loops
for i in range(10):
    f(i)
for i, j in pairs:
    f(i, j)
for x in y:
    pass
else:
    g()

#### for_break_continue
for x in y:
    if x:
        break
    if z:
        continue
    f(x)
else:
    h()

#### for_nested
for i in a:
    for j in b:
        if j:
            break
        f(i, j)

#### for_in_function
def f(items):
    total = 0
    for item in items:
        total += item
    return total

#### for_multiline
for (a,
     b) in items:
    pass

#### return_forms
def f():
    return
def g():
    return 1
def h(x):
    return x
def i(x):
    return (x,
            1)
def j():
    return None
def k(x):
    if x:
        return 1
    return 2

#### function_defaults
def f(a, b=1, c=2):
    pass
def g(a, *, b, c=3):
    pass
def h(a=1, *, b=2):
    pass
def i(a, /, b, *, c):
    pass
def j(*args, **kwargs):
    pass

#### function_docstring
def f():
    """Doc."""
    return 1
def g():
    "doc"
def h():
    x = "not doc"

#### function_decorators
@dec
def f():
    pass
@dec1
@dec2(arg)
def g():
    pass
@a.b.c
class C:
    pass

#### nested_functions
def outer():
    x = 1
    def inner():
        return x
    return inner

#### closures_nonlocal
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

#### closures_cell_args
def f(a, b):
    def g():
        return a + b
    return g
def h(a):
    a = a + 1
    return lambda: a

#### closure_deep
def a():
    x = 1
    def b():
        def c():
            return x
        return c
    return b

#### global_stmt
g = 0
def f():
    global g
    g = 1
    return g
def h():
    global g, k
    k = g

#### lambdas
f = lambda: 0
g = lambda x: x + 1
h = lambda x, y=1, *a, z, **k: (x, y, a, z, k)
i = lambda: (yield)
j = lambda x: lambda y: x + y

#### generators
def gen():
    yield 1
    yield
    x = yield 2
def gen2():
    yield from range(3)
def gen3(n):
    for i in range(n):
        yield i
    return 5

#### generator_expressions
g = (x for x in y)
h = (x * 2 for x in y if x)
i = (x + z for x in y for z in w)
s = sum(x for x in range(10))

#### list_comprehensions
a = [x for x in y]
b = [x for x in y if x]
c = [x * z for x in y for z in w]
d = [x for x in y if x if z]
e = [[j for j in i] for i in m]

#### set_dict_comprehensions
a = {x for x in y}
b = {x: x * 2 for x in y}
c = {k: v for k, v in items if v}

#### comprehension_in_function
def f(y):
    a = [x for x in y]
    b = {x for x in y}
    c = {x: 1 for x in y}
    return a, b, c

#### comprehension_scope_conflicts
x = 1
a = [x for x in range(3)]
def f():
    x = 1
    a = [x for x in range(3)]
    return x

#### comprehension_closure
def f():
    a = [lambda: i for i in range(3)]
    return a
def g(n):
    return [lambda: n + i for i in range(3)]

#### comprehension_in_class
class C:
    y = 2
    a = [x for x in range(3)]
    b = [y for x in range(3)]

#### comprehension_walrus
def f(data):
    if any((n := x) > 3 for x in data):
        return n
    return [last := x for x in data]
r = [y := i for i in range(3)]

#### comprehension_temp_var
r = [y for x in a for y in [x * 2]]

#### comprehension_nested_genexp
r = [sum(x for x in row) for row in m]

#### class_simple
class C:
    pass
class D(C):
    x = 1
    def m(self):
        return self.x
class E(C, D, metaclass=M, other=1):
    pass

#### class_super
class C(B):
    def __init__(self):
        super().__init__()
    def m(self, x):
        return super().m(x)
    def attr(self):
        return super().attr
    def two(self):
        return super(C, self).m()

#### class_dunder_class
class C:
    def m(self):
        return __class__
    def n(self):
        return self.__class__

#### class_private_names
class C:
    __x = 1
    def m(self):
        self.__y = 2
        return self.__x + __z
    def __n(self):
        pass
class _:
    __a = 1
class __D:
    __b = 1

#### class_nested
class Outer:
    class Inner:
        def m(self):
            pass
    def f(self):
        class Local:
            pass
        return Local

#### class_in_function
def f():
    class C:
        x = 1
        def m(self):
            return x
    return C

#### class_docstring
class C:
    "Doc."
    x = 1

#### class_global_name
def f():
    global C
    class C:
        pass

#### qualnames
def f():
    def g():
        def h():
            pass
        return h
    class K:
        def m(self):
            return lambda: 0
    return g, K
class A:
    def b(self):
        def c():
            pass
        return (x for x in c())

#### try_except_basic
try:
    f()
except:
    g()

#### try_except_typed
try:
    f()
except ValueError:
    g()
except (TypeError, KeyError) as e:
    h(e)
except Exception as e:
    raise
else:
    i()

#### try_finally
try:
    f()
finally:
    g()

#### try_except_finally
try:
    f()
except E as e:
    g(e)
else:
    h()
finally:
    i()

#### try_in_function_return
def f():
    try:
        return g()
    finally:
        h()
def k():
    try:
        return 1
    except:
        return 2

#### try_in_loop_break
def f():
    for x in y:
        try:
            if x:
                break
            continue
        finally:
            g()

#### try_nested
try:
    try:
        f()
    except A:
        g()
except B:
    h()

#### try_star
try:
    f()
except* ValueError:
    g()
except* TypeError as e:
    h(e)

#### try_star_finally
try:
    f()
except* OSError:
    g()
else:
    h()
finally:
    i()

#### raise_forms
def f():
    raise
def g():
    raise ValueError
def h():
    raise ValueError("x") from None
def i(e):
    raise RuntimeError() from e

#### with_simple
with open(f) as fh:
    data = fh.read()
with lock:
    pass
with a as x, b as y:
    f(x, y)
with a, b:
    pass

#### with_in_function
def f():
    with ctx() as c:
        return c.value

#### with_break
def f():
    for x in y:
        with ctx():
            if x:
                break
            continue

#### with_tuple_target
with cm() as (a, b):
    pass

#### assert_stmts
assert x
assert x, "message"
assert (x, y)
def f(x):
    assert x > 0, x

#### match_literals
match x:
    case 1:
        a()
    case "s":
        b()
    case None:
        c()
    case True:
        d()
    case -1:
        e()
    case 1+2j:
        f()
    case _:
        g()

#### match_capture
match x:
    case y:
        f(y)

#### match_sequence
match x:
    case []:
        a()
    case [1, 2]:
        b()
    case [a, b, *rest]:
        c(a, b, rest)
    case (first, *_):
        d(first)
    case [*_, last]:
        e(last)
    case [_, _, *_]:
        f()

#### match_mapping
match x:
    case {}:
        a()
    case {"k": v}:
        b(v)
    case {"a": 1, "b": bb, **rest}:
        c(bb, rest)
    case {C.K: v}:
        d(v)

#### match_class
match p:
    case Point(x=0, y=0):
        a()
    case Point(0, y):
        b(y)
    case Point(x, y=yy):
        c(x, yy)
    case int():
        d()
    case str(s):
        e(s)

#### match_or_as
match x:
    case 1 | 2 | 3:
        a()
    case [1, y] | [y, 1]:
        b(y)
    case (1 | 2) as z:
        c(z)
    case [a, b] | (b, a):
        d(a, b)

#### match_guard
match x:
    case [a, b] if a > b:
        f()
    case [a, b]:
        g()
    case _ if cond:
        h()

#### match_value_attr
match color:
    case Color.RED:
        a()
    case Color.GREEN | Color.BLUE:
        b()

#### match_in_function
def f(cmd):
    match cmd.split():
        case ["go", direction]:
            return direction
        case ["quit"]:
            return None
    return 0

#### match_single_default
match x:
    case _:
        f()

#### match_nested_patterns
match x:
    case {"a": [1, {"b": c}]}:
        f(c)
    case Point(x=[1, *r]):
        g(r)

#### walrus
if (n := len(a)) > 10:
    print(n)
while (line := f()):
    g(line)
def h():
    if (y := k()):
        return y

#### async_function
async def f():
    await g()
    x = await h()
    return x

#### async_for_with
async def f():
    async for x in g():
        print(x)
    else:
        h()
    async with a as b:
        print(b)
    async with c, d:
        pass

#### async_comprehension
async def f():
    a = [x async for x in g()]
    b = [await x for x in y]
    c = (x async for x in g())
    return a, b, c

#### async_generator
async def agen():
    yield 1
    await x
    yield 2

#### async_with_return
async def f():
    async with ctx() as c:
        return c

#### async_for_break
async def f():
    async for x in g():
        if x:
            break
        continue

#### interesting_line_numbers
x = (
    1
    +
    2
)
def f(
    a,
    b,
):
    return (
        a
        + b
    )

#### multiline_call_attribute
x = foo.bar(
    1).baz(
    2)

#### unreachable_code
def f():
    return 1
    x = 2
def g():
    raise E
    y = 3
def h():
    while True:
        pass
    z = 1

#### constant_statements
1
"string"
None
...
x

#### expression_statements
f()
a + b
a.b
a[b]
-a

#### nonlocal_nested
def a():
    x = 0
    def b():
        nonlocal x
        def c():
            nonlocal x
            x += 1
        c()
    b()
    return x

#### locals_unbound_checks
def f(c):
    if c:
        x = 1
    return x
def g():
    x = 1
    del x
    return x
def h(c):
    for i in c:
        pass
    return i

#### many_locals
def f():
    v0 = v1 = v2 = v3 = v4 = v5 = v6 = v7 = v8 = v9 = 0
    w0 = w1 = w2 = w3 = w4 = w5 = w6 = w7 = w8 = w9 = 0
    x0 = x1 = x2 = x3 = x4 = x5 = x6 = x7 = x8 = x9 = 0
    y0 = y1 = y2 = y3 = y4 = y5 = y6 = y7 = y8 = y9 = 0
    z0 = z1 = z2 = z3 = z4 = z5 = z6 = z7 = z8 = z9 = 0
    u0 = u1 = u2 = u3 = u4 = u5 = u6 = u7 = u8 = u9 = 0
    t0 = t1 = t2 = t3 = t4 = t5 = t6 = t7 = t8 = t9 = 0
    if v0:
        s = 1
    return s + t9

#### many_constants
x = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50]
def f():
    return (c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22, c23, c24, c25, c26, c27, c28, c29)

#### long_function_extended_args
def f(x):
    if x:
        a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]
        b = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]
        c = [a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b]
        d = [a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b]
        e = [a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b]
        f = [a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b]
        g = [a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b]
        h = [a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b, a, b]
    return x

#### interactive_like
x = 1; y = 2; z = x + y

#### swap_patterns
a, b = b, a
a, b, c = c, a, b
def f(a, b, c):
    a, b = b, a
    a, b, c = b, c, a
    return a, b, c

#### string_escapes
s = "tab\there\nnewline \u00e9 \U0001f600 'quote' \"dq\" \\"
b = b"\x00\xff"
r = r"raw\n"

#### unicode_identifiers
café = 1
naïve = café + 1
def 函数(参数):
    return 参数

#### print_hello
print("Hello, world!")

#### builtins_calls
x = len([1, 2, 3])
y = sorted(x, key=lambda v: -v, reverse=True)
z = dict(a=1, **y)
isinstance(x, (int, str))

#### err_return_outside_function
return 1

#### err_return_in_class
class C:
    return

#### err_break_outside_loop
break

#### err_continue_outside_loop
if x:
    continue

#### err_break_in_function_in_loop
for x in y:
    def f():
        break

#### err_yield_outside_function
yield 1

#### err_yield_in_class
class C:
    yield 2

#### err_yield_from_outside
yield from x

#### err_await_outside_function
await x

#### err_await_in_sync_function
def f():
    await x

#### err_async_for_outside
def f():
    async for x in y:
        pass

#### err_async_with_outside
def f():
    async with x:
        pass

#### err_yield_from_in_async
async def f():
    yield from x

#### err_return_value_async_gen
async def f():
    yield 1
    return 2

#### err_param_and_global
def f(x):
    global x

#### err_param_and_nonlocal
def f(x):
    nonlocal x

#### err_no_binding_nonlocal
def f():
    nonlocal x

#### err_nonlocal_module
nonlocal x

#### err_nonlocal_global
def f():
    x = 1
    def g():
        global x
        nonlocal x

#### err_used_prior_global
def f():
    print(x)
    global x

#### err_assigned_before_global
def f():
    x = 1
    global x

#### err_used_prior_nonlocal
def f():
    x = 1
    def g():
        print(x)
        nonlocal x

#### err_annotated_global
def f():
    global x
    x: int = 1

#### err_duplicate_argument
def f(a, a):
    pass

#### err_duplicate_argument_lambda
f = lambda a, b, a: 0

#### err_duplicate_kwonly
def f(a, *, a):
    pass

#### err_multiple_starred
a, *b, *c = d

#### err_too_many_star
a, b = 1, 2
*a, = b

#### err_starred_alone
*a = b

#### err_import_star_in_function
def f():
    from os import *

#### err_walrus_in_comprehension_iter
[x for x in (y := [1, 2])]

#### err_walrus_rebind_iter
[i := 0 for i in range(3)]

#### err_walrus_in_class_comp
class C:
    [(y := i) for i in range(3)]

#### err_yield_in_comprehension
def f():
    return [(yield x) for x in y]

#### err_default_except_not_last
try:
    f()
except:
    g()
except ValueError:
    h()

#### err_break_in_except_star
for x in y:
    try:
        f()
    except* E:
        break

#### err_return_in_except_star
def f():
    try:
        g()
    except* E:
        return 1

#### err_future_late
x = 1
from __future__ import annotations

#### err_future_unknown
from __future__ import nothing

#### err_future_braces
from __future__ import braces

#### err_match_irrefutable
match x:
    case y:
        pass
    case 1:
        pass

#### err_match_wildcard_not_last
match x:
    case _:
        pass
    case 1:
        pass

#### err_match_duplicate_capture
match x:
    case [a, a]:
        pass

#### err_match_or_different_names
match x:
    case [a] | [b]:
        pass

#### err_match_mapping_duplicate
match x:
    case {"a": 1, "a": 2}:
        pass

#### err_match_repeated_kw
match x:
    case C(a=1, a=2):
        pass

#### err_keyword_repeated
f(a=1, a=2)

#### err_async_comprehension_outside
def f():
    return [x async for x in y]

#### err_debug_assign
def f(__debug__):
    pass

#### err_nonlocal_after_assign
def f():
    x = 1
    def g():
        x = 2
        nonlocal x

#### flow_try_finally_combos
def f(x):
    for i in x:
        try:
            try:
                if i:
                    return i
                elif i is None:
                    break
                else:
                    continue
            finally:
                g()
        except E:
            h()
        finally:
            k()
    return 0

#### flow_with_in_try
def f():
    try:
        with a() as b:
            return b
    except E as e:
        return e
    finally:
        cleanup()

#### flow_return_in_finally
def f():
    try:
        return 1
    finally:
        return 2

#### flow_break_in_finally
def f():
    for x in y:
        try:
            pass
        finally:
            break

#### flow_continue_in_finally
def f():
    for x in y:
        try:
            g()
        finally:
            continue

#### flow_except_name_cleanup
def f():
    try:
        g()
    except E as e:
        return e
def h():
    for x in y:
        try:
            g()
        except E as e:
            break

#### flow_while_true_return
def f():
    while True:
        x = g()
        if x:
            return x

#### flow_while_else_break
def f(n):
    while n:
        n -= 1
        if n == 5:
            break
    else:
        return -1
    return n

#### flow_nested_loops_else
def f(a, b):
    for x in a:
        for y in b:
            if x == y:
                break
        else:
            continue
        break
    else:
        return None
    return x

#### flow_conditional_expressions_chain
def f(a, b, c):
    return a if b else c if a else b

#### flow_and_or_values
def f(a, b, c):
    x = a and b or c
    y = a or b and c
    return x, y

#### flow_is_none_jumps
def f(x):
    if x is None:
        return 1
    if x is not None and x.y is None:
        return 2
    while x is not None:
        x = x.next
    return 3

#### flow_const_conditions_loop
def f():
    while 1:
        g()
def h():
    while 0:
        g()
    return 1

#### flow_generator_try
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        pass
    finally:
        print("done")

#### flow_generator_with
def gen(path):
    with open(path) as f:
        for line in f:
            yield line

#### flow_generator_return_in_loop
def gen(xs):
    for x in xs:
        if x:
            return
        yield x

#### flow_yield_in_expression
def gen():
    x = (yield) + (yield 1)
    print((yield x))
    return [(yield i) for i in range(3)] if False else None

#### flow_long_jump
def f(x):
    while x:
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
        x = g(x, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
    return x

#### comp_cell_in_function
def f(xs):
    return [lambda: x for x in xs]
def g(xs):
    x = 0
    fs = [lambda: x for x in xs]
    return fs, x

#### comp_free_outer
def f(y):
    return [x + y for x in range(3)]
def g(y):
    def h():
        return [x + y for x in range(3)]
    return h

#### comp_in_class_with_outer_free
def f():
    v = 1
    class C:
        a = [v for i in range(2)]
        b = [i for i in range(v)]
    return C

#### comp_in_class_uses_class_name
class C:
    k = 1
    a = [k for _ in range(3)]

#### comp_nested_inlined
def f(m):
    return [[x * y for x in row] for y, row in m]

#### comp_module_hidden
a = [x for x in range(3)]
b = {x: y for x, y in items}
x = 5
c = [x for x in range(x)]

#### class_free_var_method_same_name
def f():
    x = 1
    class C:
        x = 2
        def m(self):
            return x
    return C

#### class_closure_and_classcell
def deco(c):
    return c
@deco
class C:
    def m(self):
        return super().m() + __class__.x

#### lambda_default_closure
def f(a):
    return lambda b=a: a + b

#### super_shadowed
def f():
    super = 1
    class C:
        def m(self):
            return super.x
class D:
    def m(self, super):
        return super().x
class E:
    def m():
        return super().x
class F:
    def m(self, *args):
        return super().m(*args)

#### super_variants
class C(B):
    def a(self):
        return super().x.y
    def b(self):
        return super(C, self).x
    def c(self):
        return super().__class__
    def d(self, **k):
        return super().m(k=1)
    def e(cls):
        super().e()
        return super()

#### import_originated_method
import mod
from pkg import thing
mod.func()
thing.method()
x = mod
x.func()
def f():
    mod.func()

#### chained_comparison_jumps
def f(a, b, c):
    if a < b < c:
        return 1
    if not (a < b < c):
        return 2
    while a < b < c:
        a += 1
    return a < b < c

#### boolop_in_condition_with_const
def f(x):
    if x and True:
        return 1
    if x or False:
        return 2
    if True or x:
        return 3
    return 4

#### unpack_build_tuple_opt
def f(a, b, c):
    x, = a,
    x, y = a, b
    x, y, z = a, b, c
    w, x, y, z = a, b, c, a
    return x, y, z, w

#### return_const_folding
def f():
    return (1, 2)
def g():
    return -1
def h():
    return "a" * 2

#### assert_with_constants
def f():
    assert True
    assert False, "never"
    assert 0

#### del_in_loop_locals
def f(xs):
    for x in xs:
        del x
    return x

#### nested_function_defaults_annotations
def outer(a=1, *, b=2):
    def inner(c: int = a, *, d: str = b) -> bool:
        return c
    return inner

#### kwonly_defaults_mangled
class C:
    def m(self, *, __x=1, y=2):
        return __x

#### generator_in_class_body
class C:
    vals = list(x * 2 for x in range(3))

#### yield_in_lambda_generator
f = lambda: (yield 1)
g = lambda x: (yield from x)

#### star_args_in_class_bases
class C(*bases, **kw):
    pass
class D(A, *bases, metaclass=M):
    pass

#### call_with_genexp_arg
f(x for x in y)
o.m(x for x in y)

#### global_in_class
class C:
    global g
    g = 1
    def m(self):
        return g

#### nonlocal_in_class_method
def f():
    x = 1
    class C:
        def m(self):
            nonlocal x
            x = 2
    return C

#### dunder_names_not_mangled
class C:
    def __init__(self):
        self.__dict__ = {}
        self.__x__ = 1
        __name = 2
        return __name

#### slices_store_del
x[a:b] = y
x[a:b:c] = y
del x[a:b]
x[a:] += y

#### exception_in_comprehension_cleanup
def f(xs):
    try:
        return [1 / x for x in xs]
    except ZeroDivisionError:
        return None

#### deep_nesting_blocks
def f():
    for a in x:
        for b in y:
            while c:
                try:
                    with d:
                        if e:
                            continue
                        if g:
                            break
                        return 1
                except E:
                    pass

#### match_complex_flows
def f(x):
    match x:
        case {"type": "a", "value": int(v)} if v > 0:
            return v
        case {"type": "b", **rest}:
            return rest
        case [1, *mid, 2] | [2, *mid, 1]:
            return mid
        case Point(x=0) | Point(y=0) as p:
            return p
        case str() | bytes():
            return "text"
    return None

#### match_star_wildcards
match x:
    case [a, *_]:
        pass
    case [*_, b]:
        pass
    case [a, *_, b]:
        pass
    case [*_]:
        pass

#### match_or_captures_reorder
match x:
    case (a, b, c) | (c, b, a) | (b, a, c):
        f(a, b, c)

#### match_class_many
match x:
    case C(1, 2, a=3, b=4):
        pass
    case C(_, _, a=_):
        pass

#### match_mapping_keys_kinds
match x:
    case {1: a, "b": b, None: c, True: d, -1: e, 2.5: f, b"k": g}:
        pass

#### match_sequence_strings
match x:
    case "abc":
        pass
    case ["a", "b"]:
        pass
    case (1, 2, 3, 4, 5):
        pass

#### oneline_defs
def f(): pass
def g(): return 1
def h(): yield 1
async def a(): pass
class C: pass
lam = lambda: 0

#### module_comp_uses_import
import re
a = [x for x in d if re.match(x)]
b = re.match(x)
def f():
    return [x for x in d if re.match(x)]

#### eval_simple [eval]
a + b * 2

#### eval_lambda [eval]
lambda x: x + 1

#### eval_comprehension [eval]
[x for x in y if x]

#### eval_constant [eval]
-1

#### single_expression [single]
1 + 2

#### single_statement [single]
x = f()

#### single_compound [single]
if x:
    y
    z = 1

#### single_annotation [single]
x: int = 1

#### str_surrogate_pair_escapes
a = "\ud83d\ude00"
b = "\U0001f600"

#### optimize_1 [O1]
"""Doc."""
assert x, "m"
if __debug__:
    f()
def g():
    """Doc."""
    assert y

#### optimize_2 [O2]
"""Doc."""
assert x
def g():
    """Doc."""
    return 1
class C:
    "Doc."
    x = __debug__


#### fstring_join_path
s = f"{a0}{a1}{a2}{a3}{a4}{a5}{a6}{a7}{a8}{a9}{a10}{a11}{a12}{a13}{a14}{a15}{a16}{a17}{a18}{a19}{a20}{a21}{a22}{a23}{a24}{a25}{a26}{a27}{a28}{a29}{a30}{a31}{a32}{a33}"

#### big_starred_list
a = [x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15, x16, x17, x18, x19, x20, x21, x22, x23, x24, x25, x26, x27, x28, x29, x30, x31, *rest]
b = (*rest, y0, y1, y2, y3, y4, y5, y6, y7, y8, y9, y10, y11, y12, y13, y14, y15, y16, y17, y18, y19, y20, y21, y22, y23, y24, y25, y26, y27, y28, y29, y30, y31)

#### big_const_list_set
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39]
b = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39}
c = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39)

#### big_dict_with_unpack
d = {k0: v0, k1: v1, k2: v2, k3: v3, k4: v4, k5: v5, k6: v6, k7: v7, k8: v8, k9: v9, k10: v10, k11: v11, k12: v12, k13: v13, k14: v14, k15: v15, k16: v16, k17: v17, k18: v18, k19: v19, **extra, 's0': w0, 's1': w1, 's2': w2, 's3': w3, 's4': w4, 's5': w5, 's6': w6, 's7': w7, 's8': w8, 's9': w9, 's10': w10, 's11': w11, 's12': w12, 's13': w13, 's14': w14, 's15': w15, 's16': w16, 's17': w17, 's18': w18, 's19': w19}

#### big_kwargs_with_unpack
f(k0=v0, k1=v1, k2=v2, k3=v3, k4=v4, k5=v5, k6=v6, k7=v7, k8=v8, k9=v9, k10=v10, k11=v11, k12=v12, k13=v13, k14=v14, k15=v15, k16=v16, k17=v17, k18=v18, k19=v19, **extra)
g(*a, k0=0, k1=1, k2=2, **extra)

#### many_kwargs_method
o.m(k0=0, k1=1, k2=2, k3=3, k4=4, k5=5, k6=6, k7=7, k8=8, k9=9, k10=10, k11=11, k12=12, k13=13, k14=14, k15=15)

#### err_too_many_nested_blocks
def f():
    for x0 in y:
        for x1 in y:
            for x2 in y:
                for x3 in y:
                    for x4 in y:
                        for x5 in y:
                            for x6 in y:
                                for x7 in y:
                                    for x8 in y:
                                        for x9 in y:
                                            for x10 in y:
                                                for x11 in y:
                                                    for x12 in y:
                                                        for x13 in y:
                                                            for x14 in y:
                                                                for x15 in y:
                                                                    for x16 in y:
                                                                        for x17 in y:
                                                                            for x18 in y:
                                                                                for x19 in y:
                                                                                    for x20 in y:
                                                                                        pass

#### single_function_def [single]
def f():
    x
    return x

#### single_print_nested [single]
for i in range(3):
    i

#### async_decorated
@deco
async def f(x=1, *, y: int = 2) -> int:
    async with a:
        return await b

#### class_kwargs_starred
class C(A, *B, metaclass=M, **kw):
    x = 1

#### fstring_nested_spec
s = f"{x:{y:{z}}}"
t = f"{x!r:^{width}}"

#### lambda_in_defaults
def f(key=lambda x: x, *, cmp=lambda a, b: a < b):
    return key, cmp

#### comprehension_async_in_genexp
async def f():
    return (await x async for x in y)

#### genexp_in_class
class C:
    x = 5
    g = (i for i in range(x))
    h = [(i, x) for i in range(3)]

#### del_nested_targets
del (a, b), [c]
del a.b[c].d

#### star_in_index
x[*a]
x[1, *a] = 2

#### walrus_in_comprehension_function
def f(xs):
    ys = [y for x in xs if (y := x * 2) > 2]
    return ys, y

#### nonlocal_walrus_comprehension
def f():
    total = 0
    def g(xs):
        nonlocal total
        return [total := total + x for x in xs]
    return g

#### global_walrus_comprehension
def f(xs):
    global last
    return [last := x for x in xs]

#### try_except_reraise_named
def f():
    try:
        g()
    except E as e:
        try:
            h()
        except F as e:
            pass
        raise

#### with_multiple_and_exception
def f():
    with a() as x, b() as y, c():
        raise E(x, y)

#### match_class_nested_or
match x:
    case Point(x=0 | 1, y=(2 | 3) as yy):
        f(yy)
    case [Point(), *_] | {'p': Point()}:
        g()

#### match_in_loop
def f(items):
    for it in items:
        match it:
            case 0:
                continue
            case 1:
                break
            case [x, *_]:
                return x
    return None

#### while_complex_condition
def f(a, b):
    while a and not b or a < b < 10:
        a += 1
    return a

#### conditional_imports
try:
    import fast as impl
except ImportError:
    import slow as impl
else:
    from fast import extra

#### string_implicit_concat
s = ('abc'
     'def'
     f'{x}ghi')
b = (b'a'
     b'b')

#### numbers_literals
a = 0b1010
b = 0o777
c = 0xDEAD_BEEF
d = 1e10
e = 1.5e-3
f = 10j
g = 1_0.0_1
h = 0.0
i = -0.0
j = 1e400
k = 00

#### negative_zero_constants
a = -0.0
b = 0.0
c = (-0.0, 0.0)
d = -0j
e = 0j

#### constant_dedup_types
a = (1, 1.0, True)
b = 1
c = 1.0
d = True
e = (1,)
f = (1.0,)

#### err_keyword_debug
f(__debug__=1)

#### err_del_debug
del __debug__

#### err_attr_debug
x.__debug__ = 1

#### err_starred_expression_here
x = *a

#### err_return_async_generator_value
async def f():
    yield
    return 1

#### err_yield_in_genexp
g = ((yield) for x in y)

#### err_annotated_nonlocal
def f():
    x = 1
    def g():
        nonlocal x
        x: int = 2

#### err_dunder_class_free_in_class
class C:
    def f(self):
        nonlocal __class__
