# NameError inside a method for a name that is an attribute of self: "Did you mean: 'self.x'?",
# checked after the locals and before the globals.
class Counter:
    def __init__(self):
        self.total = 0
        self.step = 2

    def caught(self):
        try:
            return total
        except NameError as e:
            print("caught:", e, e.name)

    def bump(self):
        steps = [1]
        return self.total + step + len(steps)


Counter().caught()
Counter().bump()
