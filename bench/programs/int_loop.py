# Integer loop arithmetic: a linear congruential generator feeding shifts, masks,
# floor division, modulo and comparisons; every value stays well inside 64 bits.
N = 800000  # bench:scale -- loop iterations


def churn(iterations):
    state = 12345
    acc = 0
    odd = 0
    for i in range(iterations):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        low = state & 0xFFFF
        high = state >> 16
        if low > high:
            acc += (low - high) // 3
        else:
            acc -= (high - low) % 7
        if state % 3 == 1:
            odd += 1
        acc ^= i & 0xFF
    return state, acc, odd


state, acc, odd = churn(N)
print("int_loop", state, acc, odd)
