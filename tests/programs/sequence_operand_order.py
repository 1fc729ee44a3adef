# int @ int is a TypeError; deepcopy rebuilds slices; reversed()'s length hint asks len();
# builtin sequences' + and * come after the other operand's reflected method; seq.__rmul__ with
# __index__; the reduction of an iterator finds iter through the builtins dict.
import operator, copy, collections
try: print(operator.matmul(42, 42))
except TypeError as e: print(e)
try: 42 @ 42
except TypeError as e: print(e)
s = slice([1, 2], [3, 4], [5, 6]); c = copy.deepcopy(s); print(s is c, c, c.start is s.start)
class SeqWithWeirdLen:
    called = False
    def __len__(self):
        if not self.called:
            self.called = True
            return 10
        raise ZeroDivisionError
    def __getitem__(self, index): return index
r = reversed(SeqWithWeirdLen())
try: operator.length_hint(r)
except ZeroDivisionError: print("ZeroDivisionError")
print(operator.length_hint(reversed([1, 2, 3])), operator.length_hint(reversed((1,))))
class Idx:
    def __index__(self): return 3
for seq in ([1], (2,), "ab", b"x", bytearray(b"y")):
    print(seq.__rmul__(Idx()), seq.__mul__(Idx()), seq * Idx(), Idx() * seq)
class U(collections.UserString): pass
print("spam" + U("eggs"), [1] + collections.UserList([2]), (1,) + collections.UserList([2]))
class R:
    def __radd__(self, other): return ("radd", other)
    def __rmul__(self, other): return ("rmul", other)
print("a" + R(), [1] + R(), "a" * R(), [0] * R())
try: "a" + 1
except TypeError as e: print(e)
try: "a".__add__(1)
except TypeError as e: print(e)
try: [1] + (1,)
except TypeError as e: print(e)
