def return_in_finally():
    try:
        return "try"
    finally:
        return "finally wins"
print(return_in_finally())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f"broke at {i}"
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def order():
    log = []
    try:
        try:
            log.append("inner try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(order())
def value_snapshot():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_snapshot())
