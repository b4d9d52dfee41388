data = {'list': [1, 2.5, 'x', None], 'tuple': (True, False), 'set': {1}, 'dict': {'k': b'v'}}
print(data)
print(repr(data) == str(data))
t = ((1, 2), [3, (4, 5)], {'a': (6,)})
print(t)
print([(), [], {}, set(), '', b''])
print([1.0, -0.0, 1e100, float('inf')])
print(str([ 'a\nb' ]))
