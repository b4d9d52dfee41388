class Item:
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item
        return self
    def remove(self, name, qty):
        item = self.items[name]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} {name} left")
        item.qty -= qty
        if item.qty == 0:
            del self.items[name]
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(sorted(self.items.values(), key=lambda i: -i.value))
    def __contains__(self, name):
        return name in self.items
inv = Inventory().add(Item("bolt", 0.25, 100)).add(Item("nut", 0.1, 250)).add(Item("gear", 12.5, 4)).add(Item("bolt", 0.25, 20))
print(len(inv), list(inv))
print(round(sum(i.value for i in inv), 2), "gear" in inv)
inv.remove("gear", 4)
try:
    inv.remove("nut", 1000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    inv.remove("widget", 1)
except KeyError as e:
    print(type(e).__name__, e)
print(len(inv), [i.name for i in inv], "gear" in inv)
