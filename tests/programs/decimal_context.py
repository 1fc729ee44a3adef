# Decimal contexts: settings, flags and traps, localcontext, the signal
# classes and per-thread contexts.
import decimal
import threading
import pickle
import copy
from decimal import (Decimal as D, Context, localcontext, getcontext, setcontext,
                     BasicContext, ExtendedContext, DefaultContext)


def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


print(getcontext())
print(BasicContext)
print(ExtendedContext)
print(DefaultContext)
for name in ['DecimalException', 'Clamped', 'InvalidOperation', 'ConversionSyntax', 'DivisionByZero',
             'DivisionImpossible', 'DivisionUndefined', 'Inexact', 'InvalidContext', 'Rounded',
             'Subnormal', 'Overflow', 'Underflow', 'FloatOperation']:
    cls = getattr(decimal, name)
    print(name, [c.__name__ for c in cls.__mro__])
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print(decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR, decimal.__version__)
print([r for r in dir(decimal) if r.startswith('ROUND')])

c = Context(prec=5, rounding=decimal.ROUND_DOWN, traps=[])
for name, fn in [('divide', lambda: c.divide(1, 3)), ('add', lambda: c.add(D('1.23456789'), 1)),
                 ('power', lambda: c.power(2, 50)), ('sqrt', lambda: c.sqrt(2)),
                 ('div0', lambda: c.divide(1, 0)), ('0/0', lambda: c.divide(0, 0)),
                 ('divint', lambda: c.divide_int(10**9, 3)), ('ovf', lambda: c.multiply(D('9e999999'), 10)),
                 ('udf', lambda: c.divide(D('1e-999999'), 10**9)), ('bad', lambda: c.create_decimal('x')),
                 ('create', lambda: c.create_decimal('3.14159265')), ('float', lambda: c.create_decimal(1.1)),
                 ('from_float', lambda: c.create_decimal_from_float(0.1)), ('abs', lambda: c.abs(-5)),
                 ('plus', lambda: c.plus(D('-0'))), ('minus', lambda: c.minus(D('1.234567'))),
                 ('fma', lambda: c.fma(2, 3, D('0.000001'))), ('exp', lambda: c.exp(1)), ('ln', lambda: c.ln(10)),
                 ('log10', lambda: c.log10(2)), ('compare_signal', lambda: c.compare_signal(1, D('nan'))),
                 ('number_class', lambda: c.number_class(D('1e-999999'))), ('to_sci', lambda: c.to_sci_string(D('1e-8'))),
                 ('quantize', lambda: c.quantize(D('123.456'), D('1e-5'))), ('Etiny', lambda: (c.Etiny(), c.Etop())),
                 ('add float', lambda: c.add(1.5, 1)), ('radix', lambda: c.radix())]:
    c.clear_flags()
    show(name, fn)
    print('   flags', [k.__name__ for k, v in c.flags.items() if v])

t = Context(traps=[decimal.Inexact])
show('trap inexact', lambda: t.divide(1, 3))
t.traps[decimal.Rounded] = True
show('trap inexact+rounded', lambda: t.divide(1, 3))
t = Context(traps=[decimal.Inexact, decimal.Overflow])
show('trap overflow', lambda: t.multiply(D('9e999999'), 10))
for attr, val in [('prec', 0), ('prec', 'x'), ('Emin', 5), ('Emax', -5), ('rounding', 'UP'),
                  ('capitals', 2), ('clamp', -1), ('foo', 1), ('prec', 10**20)]:
    show('set %s=%r' % (attr, val), lambda attr=attr, val=val: setattr(Context(), attr, val))
show('Context(flags=[1])', lambda: Context(flags=[1]))
show('copy', lambda: repr(c.copy()) == repr(c))
show('pickle', lambda: pickle.loads(pickle.dumps(c)))
show('pickle D', lambda: pickle.loads(pickle.dumps(D('-1.50e-7'))))
show('copy D', lambda: (copy.copy(D('1.1')), copy.deepcopy([D('2')])))

with localcontext() as lc:
    lc.prec = 3
    print('local', D(1) / 7, getcontext().prec)
print('outside', D(1) / 7)
with localcontext(prec=4, rounding=decimal.ROUND_UP) as lc:
    print('kw local', D(1) / 7, lc.rounding)
show('bad kw', lambda: localcontext(precision=3))
show('bad kw value', lambda: localcontext(prec='3'))
with localcontext(Context(prec=2)) as lc:
    print('ctx arg', D(2) / 3)
old = getcontext()
setcontext(ExtendedContext)
print('ext', getcontext() is ExtendedContext, getcontext().prec, D(1) / 0)
setcontext(old)
print('restored', getcontext() is old)

out = {}


def worker(n):
    getcontext().prec = n
    out[n] = str(D(1) / 7)


ths = [threading.Thread(target=worker, args=(n,)) for n in (3, 6, 9)]
for th in ths:
    th.start()
for th in ths:
    th.join()
print('threads', sorted(out.items()), getcontext().prec)

getcontext().traps[decimal.FloatOperation] = True
show('float op construct', lambda: D(1.5))
show('float op eq', lambda: D(1) == 1.0)
show('float op lt', lambda: D(1) < 1.5)
getcontext().traps[decimal.FloatOperation] = False
show('tuple', lambda: D('-1.50').as_tuple())
show('DecimalTuple', lambda: decimal.DecimalTuple(0, (1,), 0))
import numbers
print('numbers', isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real))
import json
print('json', json.loads('[1.10, 2.5e3]', parse_float=D))
