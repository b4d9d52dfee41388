for cls in [KeyError, IndexError, ZeroDivisionError, FileNotFoundError, UnicodeDecodeError, RecursionError,
            StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit, NotImplementedError, ModuleNotFoundError,
            UnboundLocalError, OverflowError, TimeoutError, AssertionError]:
    print([c.__name__ for c in cls.__mro__])
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyboardInterrupt, Exception), issubclass(Exception, BaseException))
print(issubclass(UnicodeError, ValueError), issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception), issubclass(BufferError, Exception))
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionError, OSError), EnvironmentError is OSError, IOError is OSError)
