class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self.balance})"
accounts = [Account("ann", 100), Account("bob")]
ops = [(0, "deposit", 50), (1, "withdraw", 10), (1, "deposit", 30), (0, "withdraw", 500), (1, "deposit", -5), (0, "withdraw", 120)]
for idx, op, amount in ops:
    try:
        getattr(accounts[idx], op)(amount)
        print("ok", op, amount, accounts[idx])
    except InsufficientFunds as e:
        print("insufficient:", e, e.needed)
    except ValueError as e:
        print("invalid:", e)
for a in accounts:
    print(a, a.history)
