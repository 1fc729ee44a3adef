# optparse: parsing with every action and type, callbacks, defaults,
# abbreviations, interspersed arguments, and the errors with their exits.
import contextlib
import io
import sys
from optparse import (OptionParser, Option, OptionGroup, Values, make_option,
                      OptionValueError, BadOptionError, SUPPRESS_HELP)
import optparse


def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            opts, rest = parser.parse_args(args)
            result = (sorted(vars(opts).items()), rest)
        except SystemExit as e:
            result = ("exit", e.code)
    print(args, "->", result)
    if out.getvalue():
        print("  stdout:", repr(out.getvalue()))
    if err.getvalue():
        print("  stderr:", repr(err.getvalue()))


p = OptionParser(prog="prog", version="%prog 2.5")
p.add_option("-v", "--verbose", action="store_true", dest="verbose")
p.add_option("-q", "--quiet", action="store_false", dest="verbose")
p.add_option("-f", "--file", dest="filename", metavar="FILE")
p.add_option("-n", "--num", type="int", default=3)
p.add_option("--ratio", type="float")
p.add_option("--cplx", type="complex")
p.add_option("--big", type="long")
p.add_option("-c", "--count", action="count")
p.add_option("-a", "--append", action="append")
p.add_option("-C", action="append_const", const="const!", dest="consts")
p.add_option("--mode", choices=["fast", "slow"])
p.add_option("--kind", type="choice", choices=("x", "y"), default="x")
p.add_option("--point", type="int", nargs=2)
p.add_option("--const", action="store_const", const=42)
p.add_option("--dry-run", action="store_true")
p.add_option("--hidden", help=SUPPRESS_HELP)

for args in [[], ["-v"], ["-vq"], ["-q", "-v", "x", "y"], ["-fout.txt"],
             ["-f", "out.txt"], ["--file=a=b"], ["--file", "--"],
             ["-n", "0x1F"], ["-n", "017"], ["-n", "0b101"], ["-n", "-12"],
             ["--num=7", "--num", "8"], ["--ratio", "2.5e3"], ["--cplx", "1+2j"],
             ["--big", "123456789012345678901234567890"], ["-ccc", "--count"],
             ["-a", "1", "-a2", "--append=3"], ["-C", "-C"], ["--mode", "slow"],
             ["--kind", "y"], ["--point", "3", "4"], ["--const"], ["--dry-run"],
             ["--dry"], ["--verb"], ["--co"], ["--", "-v", "--file"],
             ["a", "-v", "b", "--", "c"], ["-"], ["-vfname", "rest"],
             ["-cvn5"], ["--hidden=h"], [""],
             # errors
             ["-x"], ["--nope"], ["--c"], ["-n"], ["-n", "abc"], ["--num=1.5"],
             ["--ratio", "x"], ["--cplx", "j+"], ["--mode", "medium"],
             ["--kind", "z"], ["--point", "1"], ["--point", "1", "b"],
             ["--verbose=yes"], ["-f"], ["--version"], ["--vers"]]:
    run(p, args)

print("interspersed")
p2 = OptionParser(prog="p2")
p2.add_option("-a", action="store_true")
p2.disable_interspersed_args()
run(p2, ["-a", "cmd", "-a", "--x"])
p2.enable_interspersed_args()
run(p2, ["-a", "cmd", "-a"])

print("callbacks")
def record(option, opt_str, value, parser, *args, **kwargs):
    print("  callback", str(option), opt_str, value, args, sorted(kwargs.items()),
          parser.largs, parser.rargs)
    setattr(parser.values, option.dest or "cb", value)

def take_rest(option, opt_str, value, parser):
    parser.values.rest = parser.rargs[:]
    del parser.rargs[:]

def refuse(option, opt_str, value, parser):
    raise OptionValueError("%s refused %r" % (opt_str, value))

p3 = OptionParser(prog="p3")
p3.add_option("--cb", action="callback", callback=record)
p3.add_option("--cbv", action="callback", callback=record, type="int", dest="cbv",
              callback_args=(1, 2), callback_kwargs={"k": "v"})
p3.add_option("--pair", action="callback", callback=record, type="string", nargs=2)
p3.add_option("--rest", action="callback", callback=take_rest)
p3.add_option("--refuse", action="callback", callback=refuse, type="string")
run(p3, ["x", "--cb", "y"])
run(p3, ["--cbv", "0x10"])
run(p3, ["--pair", "a", "b", "c"])
run(p3, ["a", "--rest", "-x", "--y", "z"])
run(p3, ["--refuse", "it"])
run(p3, ["--cbv", "nan"])

print("defaults")
p4 = OptionParser(prog="p4")
p4.add_option("-n", type="int", default="12")
p4.add_option("-s", default="text")
p4.add_option("-f", type="float", dest="n2", default="0.5")
p4.add_option("-x", type="int", default="bad")
p4.set_defaults(s="other", extra=[1])
p4.set_default("n2", "2.5")
p4.set_process_default_values(False)
run(p4, [])
p4.set_process_default_values(True)
# a bad string default fails in get_default_values(), outside error()
for call in (lambda: p4.parse_args(["-x", "1"]), p4.get_default_values):
    try:
        call()
    except OptionValueError as e:
        print("OptionValueError", e)
p4.set_default("x", None)
print(sorted(vars(p4.get_default_values()).items()))
v = Values({"n": 100})
opts, rest = p4.parse_args(["-s", "given"], v)
print(opts is v, sorted(vars(opts).items()), rest)
print(p4.parse_args(args=["a"], values=Values())[1])

# dest inference and type aliases
p5 = OptionParser(prog="p5", add_help_option=False)
for args, kwargs in [(("--foo-bar",), {}), (("-z",), {}), (("-y", "--why-not"), {}),
                     (("--int",), {"type": int}), (("--str",), {"type": str}),
                     (("--flt",), {"type": float}), (("--cpx",), {"type": complex})]:
    o = p5.add_option(*args, **kwargs)
    print(o, o.dest, o.type, o.action, o.nargs, o.default, o.takes_value(), o.get_opt_string())
run(p5, ["--foo-bar", "1", "-z", "2", "--why", "3", "--int", "7", "--str", "s"])
run(p5, ["-h"])

# sys.argv is used by default
sys.argv = ["myprog", "-v", "arg"]
p6 = OptionParser()
p6.add_option("-v", action="store_true")
opts, rest = p6.parse_args()
print(opts, rest, p6.get_prog_name(), repr(opts).startswith("<Values at 0x"))
print(p6.values, p6.largs, p6.rargs)
