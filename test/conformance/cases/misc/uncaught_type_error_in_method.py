class Greeter:
    def greet(self, name):
        return "hello " + name
g = Greeter()
print(g.greet("world"))
print(g.greet(42))
