assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], {"detail": 42}
except AssertionError as e:
    print(e.args[0]["detail"])
calls = []
def msg():
    calls.append("msg called")
    return "m"
assert True, msg()
print(calls)
x = 5
try:
    assert x < 0, f"x={x} should be negative"
except AssertionError as e:
    print(e)
