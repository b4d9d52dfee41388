# Implicit line joining inside (), [], {}; indentation is irrelevant there.
values = [
    1,
        2,
  3,
]
print(values)
d = {
  'a': 1,
          'b': (2,
   3),
}
print(d)
result = (1
          + 2
  * 3)
print(result)
call = max(
    4,
    9,
    2
)
print(call)
t = (
)
print(t)
print(len([

]))
