matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(matrix[1][2], [row[0] for row in matrix], list(zip(*matrix)))
shallow = matrix.copy()
shallow[0][0] = 100
shallow[1] = "replaced"
print(matrix)
print(shallow)
deep = [row[:] for row in matrix]
deep[0][0] = -1
print(matrix[0][0], deep[0][0])
flat = [x for row in matrix for x in row]
print(flat)
