# inspect: source code of functions, classes and lambdas, kinds of objects, frames, docs.
import inspect
import sys


def plain(a, b):
    """Add.

    Returns the sum.
    """
    x = a + b  # a comment
    text = """
not indented
"""
    return x


# a comment between
@staticmethod
def decorated(
        first,
        second=(1,
                2)):
    return [first,
            second]


class Outer:
    """Outer doc."""

    class Inner:
        def method(self):
            return 1

    def one_liner(self): return 2

    async def coro(self):
        pass


square = lambda n: n * n  # noqa: E731


def gen():
    yield 1
    yield 2


print(inspect.getsource(plain), end='')
print(inspect.getsource(decorated.__func__ if hasattr(decorated, '__func__') else decorated), end='')
print(inspect.getsource(Outer.Inner.method), end='')
print(inspect.getsource(Outer.one_liner), end='')
print(inspect.getsource(square), end='')
print(inspect.getsourcelines(gen)[1], inspect.getdoc(plain))
print(repr(inspect.getdoc(Outer)), inspect.getcomments(decorated))
print(inspect.cleandoc('  first\n    second\n      third\n\n'))
print(inspect.indentsize('    x'), inspect.indentsize('\tx'))
print(inspect.getmodulename('/a/b/mod.py'), inspect.getmodulename('/a/b/file.txt'))
print(inspect.getmodule(plain) is sys.modules[__name__], inspect.getsourcefile(plain) == __file__)

print(inspect.isfunction(plain), inspect.isfunction(len), inspect.isbuiltin(len), inspect.isroutine(len))
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(Outer.coro))
c = Outer().coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))
print(inspect.ismethoddescriptor(int.__add__), inspect.isdatadescriptor(property()), inspect.ismodule(inspect))
print(inspect.isclass(Outer), inspect.ismethod(Outer().one_liner), inspect.iscode(plain.__code__))

import abc


class Base(abc.ABC):
    @abc.abstractmethod
    def need(self):
        pass


class Done(Base):
    def need(self):
        pass


print(inspect.isabstract(Base), inspect.isabstract(Done), inspect.isabstract(int))
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorstate(g))


def where():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    outer = inspect.stack()
    return (frame.f_code.co_name, info.function, info.lineno, info.code_context,
            [f.function for f in outer][:2], outer[0].lineno)


print(where())
print(inspect.getargvalues(sys._getframe()).args, inspect.getargs(plain.__code__))
print(inspect.getmro(Done)[:2], inspect.unwrap(plain) is plain)
print(inspect.getattr_static(Outer, 'Inner') is Outer.Inner)
print([name for name, _ in inspect.getmembers(Outer) if not name.startswith('__')])
print(inspect.getclosurevars(where).globals.keys())


class Kinds:
    x = 1

    def m(self):
        pass

    @classmethod
    def c(cls):
        pass

    @staticmethod
    def s():
        pass

    @property
    def p(self):
        return 1


print([(a.name, a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(Kinds)
       if not a.name.startswith('__')])


def args_shown(a, b=2, *c, **d):
    return inspect.formatargvalues(*inspect.getargvalues(sys._getframe()))


print(args_shown(1, 2, 3, x=4))
