# AttributeError raised by a __getattr__ gets name and obj (and so a suggestion); a NameError
# suggestion among a function's bound locals.
class G:
    def __getattr__(self, n):
        raise AttributeError(n)
    colour = 1
try:
    G().color
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
def f():
    lenght = 3
    return lenth
try:
    f()
except NameError as e:
    print(e)
G().color
