class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"
print(Box[int], Box["x"], Box[1, 2])
print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__)
try:
    object[int]
except TypeError as e:
    print(type(e).__name__, e)
