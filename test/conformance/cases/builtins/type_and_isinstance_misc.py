print(isinstance(1, (int, str)), isinstance("a", (int, (list, str))), isinstance([], ()), issubclass(bool, (int,)))
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | float))
print(int | str, type(int | str).__name__)
print(type(1.0).__mro__, type(True).__mro__)
