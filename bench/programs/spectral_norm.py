# Spectral norm of the infinite matrix A[i][j] = 1/((i+j)(i+j+1)/2+i+1) by power
# iteration: nested loops over lists of floats, small function calls in the inner loop.
N = 30  # bench:scale -- power-iteration rounds over a 120x120 matrix


def entry(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def times(vec):
    n = len(vec)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(i, j) * vec[j]
        out.append(total)
    return out


def times_transposed(vec):
    n = len(vec)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(j, i) * vec[j]
        out.append(total)
    return out


def spectral_norm(n, rounds):
    u = [1.0] * n
    v = u
    for _ in range(rounds):
        v = times_transposed(times(u))
        u = times_transposed(times(v))
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return (vbv / vv) ** 0.5


print("spectral_norm", "%.9f" % spectral_norm(120, N))
