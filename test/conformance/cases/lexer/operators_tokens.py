a = 7
b = 3
print(a+b, a-b, a*b, a/b, a//b, a%b, a**b)
print(a<<b, a>>1, a&b, a|b, a^b, ~a)
print(a<b, a>b, a<=b, a>=b, a==b, a!=b)
a += 1; a -= 1; a *= 2; a //= 2
print(a)
x = [1,2,3]
print(x[-1], x[::-1], x[1:])
f = lambda: ...
print(f())
print((n := 10), n)
print(1if a>b else 0)
print(a.__class__.__name__)
print(-+-~a)
