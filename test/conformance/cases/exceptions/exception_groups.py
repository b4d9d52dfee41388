eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t"), ValueError("v2")])
print(type(eg).__name__, eg.message, len(eg.exceptions), str(eg))
try:
    raise eg
except* ValueError as g:
    print("ValueErrors:", [str(x) for x in g.exceptions])
except* TypeError as g:
    print("TypeErrors:", [str(x) for x in g.exceptions])
match, rest = eg.split(ValueError)
print([str(x) for x in match.exceptions], [str(x) for x in rest.exceptions])
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(type(e).__name__, e)
