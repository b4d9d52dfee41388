try:
    compile("x = 1\ny = (2 +\n", "myfile.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text))
    print(str(e))
    print(e.args[0], e.args[1][0], e.args[1][1], e.args[1][2])
try:
    compile("a = 1 +* 2", "<expr>", "exec")
except SyntaxError as e:
    print(str(e), repr(e.text), e.offset)
print(issubclass(SyntaxError, Exception), issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
e = SyntaxError("custom", ("f.py", 3, 4, "bad line", 3, 8))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))
print(str(SyntaxError("no details")), SyntaxError("m").lineno)
