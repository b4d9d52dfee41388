print((1 + 2j) / (3 + 4j), (1e300 + 1e300j) / (1e300 + 1e300j), 1j / 1e-300 if False else 1j / 2)
print((4 + 2j) / 2, (4 + 2j) / 2j, 1 / 1j, 1 / (1 + 1j))
print(complex(1, 1) / complex(float("inf"), 0))
try:
    1j / 0j
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (1 + 1j) / 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
