def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
a = [[1, 2], [3, 4]]
b = [[0, 1], [1, 0]]
print(matmul(a, b), matmul(a, identity(2)) == a)
p = identity(2)
for _ in range(10):
    p = matmul(p, [[1, 1], [1, 0]])
print(p)
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)), det([[1, 2], [2, 4]]))
print([list(r) for r in zip(*[[1, 2, 3], [4, 5, 6]])])
