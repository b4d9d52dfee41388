def first[T](items: list[T]) -> T:
    return items[0]
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
type Pair = tuple[int, int]
print(first([3, 2, 1]), Box("x").get(), Pair.__name__, Pair.__value__)
print(first.__type_params__, Box.__type_params__)
