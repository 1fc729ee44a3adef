# Generator, coroutine and async generator attributes are getset descriptors of their types.
import types, asyncio
def g(): yield 1
async def c(): pass
async def ag(): yield 1
for obj in [g(), c(), ag()]:
    print(type(obj).__name__, sorted(a for a in dir(obj) if not a.startswith('__')))
    print([a for a in ('__name__', '__qualname__') if a in dir(obj)])
    if hasattr(obj, 'close'): obj.close()
gen = g()
print(gen.gi_code.co_name, gen.gi_frame is not None, gen.gi_running, gen.gi_suspended, gen.gi_yieldfrom)
next(gen); print(gen.gi_suspended)
print(types.GeneratorType.gi_code, types.GeneratorType.gi_frame.__doc__, types.CoroutineType.cr_origin)
gen.__name__ = 'renamed'; print(gen.__name__, gen.__qualname__)
try: gen.__name__ = 1
except TypeError as e: print(e)
try: del gen.__qualname__
except TypeError as e: print(e)
try: gen.gi_code = None
except AttributeError as e: print(e)
co = c(); print(co.cr_origin, co.cr_await, co.cr_running); co.close()
