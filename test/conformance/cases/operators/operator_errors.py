tests = [
    ("1 + 'a'", lambda: 1 + "a"),
    ("'a' - 'b'", lambda: "a" - "b"),
    ("[] * []", lambda: [] * []),
    ("{} + {}", lambda: {} + {}),
    ("None < 1", lambda: None < 1),
    ("1 << 1.0", lambda: 1 << 1.0),
    ("1.5 & 1", lambda: 1.5 & 1),
    ("~'a'", lambda: ~"a"),
    ("-[]", lambda: -[]),
    ("'a' ** 2", lambda: "a" ** 2),
    ("{1} + {2}", lambda: {1} + {2}),
    ("(1,) - (1,)", lambda: (1,) - (1,)),
    ("1 @ 2", lambda: 1 @ 2),
    ("'a' > None", lambda: "a" > None),
    ("[1] >= (1,)", lambda: [1] >= (1,)),
    ("b'a' + 'a'", lambda: b"a" + "a"),
    ("3 % 'x'", lambda: 3 % "x"),
    ("'%d' % 'x'", lambda: "%d" % "x"),
]
for label, fn in tests:
    try:
        print(label, "=", fn())
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
