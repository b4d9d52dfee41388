print("raising KeyboardInterrupt-like BaseException subclass")
class Stop(BaseException):
    pass
raise Stop("custom base exception")
