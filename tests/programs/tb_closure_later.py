# An error in a closure called after its enclosing function returned.
def make_divider(d):
    def divide(n):
        return n // d
    return divide


halve = make_divider(2)
print(halve(10))
broken = make_divider(0)
print(list(map(broken, [1, 2])))
