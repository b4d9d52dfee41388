s = "ab" * 50000
print(len(s), s[:6], s[-4:])
parts = [str(i) for i in range(1000)]
joined = ",".join(parts)
print(len(joined), joined[:20], joined[-15:])
print(joined.count(","), joined.split(",")[500])
big = "x" * 100000 + "y"
print(big.find("y"), big.rfind("x"), "xy" in big)
