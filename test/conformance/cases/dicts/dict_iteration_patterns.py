prices = {"apple": 1.25, "bread": 2.5, "milk": 0.99}
for name in prices:
    print(name, end=" ")
print()
for name, price in prices.items():
    print(f"{name:>6}: {price:5.2f}")
print(sum(prices.values()), max(prices, key=prices.get), min(prices.items(), key=lambda kv: kv[1]))
print(sorted(prices, key=lambda k: -prices[k]))
inverted = dict(zip(prices.values(), prices.keys()))
print(inverted)
print(list(enumerate(prices)))
