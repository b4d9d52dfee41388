s = "line1\nline2\r\nline3\rline4\n\nline6"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines())
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("no newline".splitlines())
print("x\n\ny".split("\n"))
