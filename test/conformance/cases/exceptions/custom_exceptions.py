class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name
class WithStr(Exception):
    def __str__(self):
        return "custom __str__"
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
try:
    raise NotFound("widget")
except AppError as e:
    print(type(e).__name__, e, e.name, e.args, isinstance(e, Exception))
print(str(WithStr("ignored")), repr(WithStr("ignored")))
e = NoSuperInit(1, 2)
print(e.args, str(e), repr(e), e.a)
class Code(Exception):
    def __init__(self, code, msg="default"):
        super().__init__(code, msg)
        self.code = code
try:
    raise Code(404)
except Code as e:
    print(e, e.code, repr(e))
try:
    raise AppError
except AppError as e:
    print("raised class, got instance:", type(e).__name__, e.args)
