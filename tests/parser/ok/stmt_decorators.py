# Decorators, including the arbitrary expressions allowed since 3.9.
@d
def f(): pass
@d()
def f(): pass
@d.e.f
def f(): pass
@d(1, k=2)
@e
@f.g()
def f(): pass
@d
class C: pass
@d[0]
def f(): pass
@d[0](1)
def f(): pass
@(lambda f: f)
def f(): pass
@d if x else e
def f(): pass
@x := y
def f(): pass
@d or e
def f(): pass
@-d
def f(): pass
@d @ e
def f(): pass
@buttons[0].clicked.connect
def f(): pass
@d
async def f(): pass
@d  # comment
# another comment
@e

def f(): pass
@d
@e
class C:
    @staticmethod
    @functools.cache
    def m(): pass
