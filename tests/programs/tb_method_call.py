# Uncaught error raised inside methods called through attributes.
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance


class Bank:
    def __init__(self):
        self.accounts = {"alice": Account(10)}

    def pay(self, who, amount):
        return self.accounts[who].withdraw(amount)


bank = Bank()
print(bank.pay("alice", 3))
print(bank.pay("alice", 30))
