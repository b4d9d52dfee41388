class Base:
    def greet(self):
        return "base greet"
    @classmethod
    def create(cls):
        return f"create {cls.__name__}"
    @staticmethod
    def helper():
        return "static helper"
class Child(Base):
    def greet(self):
        return "child+" + super().greet()
    def greet2(self):
        return "two-arg+" + super(Child, self).greet()
    @classmethod
    def create(cls):
        return "child " + super().create()
    def via_helper(self):
        return super().helper()
class GrandChild(Child):
    def greet(self):
        return "grand+" + super(Child, self).greet()
c = Child()
print(c.greet(), c.greet2(), Child.create(), c.via_helper())
print(GrandChild().greet(), GrandChild.create())
print(super(Child, c).greet())
def outside(self):
    return super(Child, self).greet()
print(outside(c))
try:
    super(Child, 5)
except TypeError as e:
    print(type(e).__name__, e)
