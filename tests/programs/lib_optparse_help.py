# optparse: help output of IndentedHelpFormatter and TitledHelpFormatter
# (usage, description, option groups, %default, metavars, wrapping, widths),
# print_usage/print_version, and error()/exit().
import contextlib
import io
import os
import sys
import optparse
from optparse import (OptionParser, OptionGroup, IndentedHelpFormatter,
                      TitledHelpFormatter, SUPPRESS_HELP, SUPPRESS_USAGE)

os.environ.pop("COLUMNS", None)


def build(**kwargs):
    p = OptionParser(prog="tool", **kwargs)
    p.add_option("-f", "--file", dest="filename", metavar="FILE",
                 default="out.txt", help="write report to FILE [default: %default]")
    p.add_option("-q", "--quiet", action="store_false", dest="verbose",
                 default=True, help="don't print status messages to stdout")
    p.add_option("-n", type="int", nargs=2, help="two numbers (default %default)")
    p.add_option("--level", type="choice", choices=["a", "b"], help="level, none: %default")
    p.add_option("--secret", help=SUPPRESS_HELP)
    p.add_option("--no-help-text", action="store_true")
    p.add_option("--a-very-long-option-name-that-overflows", action="store_true",
                 help="long one with a help text that is long enough to need "
                      "wrapping onto more lines than one, surely")
    g = OptionGroup(p, "Dangerous Options",
                    "Caution: use these options at your own risk.  It is "
                    "believed that some of them bite.")
    g.add_option("-g", action="store_true", help="Group option.")
    g.add_option("--group-value", metavar="V", help="A value, default %default.")
    p.add_option_group(g)
    p.add_option_group("Empty group", description="Nothing in here.")
    g2 = p.add_option_group("Tiny")
    g2.add_option("-t", help="t")
    return p


p = build(usage="%prog [options] arg1 arg2", version="%prog 1.0",
          description="A long description of %prog that should be wrapped "
                      "nicely across several lines because it is long enough.",
          epilog="The epilog text, which is also long enough to need wrapping "
                 "when printed at the bottom of the help.")
p.print_help()
print("-----")
p.formatter = TitledHelpFormatter()
p.formatter.set_parser(p)
p.print_help()
print("-----")
for width, position, increment in [(60, 30, 4), (40, 24, 2), (120, 40, 2), (25, 24, 2)]:
    p.formatter = IndentedHelpFormatter(indent_increment=increment,
                                        max_help_position=position, width=width)
    p.formatter.set_parser(p)
    print(p.format_help())
    print("-----")
p.formatter = IndentedHelpFormatter(short_first=0)
p.formatter.set_parser(p)
p.formatter.set_short_opt_delimiter("")
p.formatter.set_long_opt_delimiter(" ")
print(p.format_option_help())
for setter, bad in ((p.formatter.set_short_opt_delimiter, "="),
                    (p.formatter.set_long_opt_delimiter, "")):
    try:
        setter(bad)
    except ValueError as e:
        print("ValueError", e)
p.formatter.default_tag = None
print(p.format_option_help().splitlines()[2])
f = optparse.HelpFormatter(2, 24, 50, 1)
for call in (lambda: f.format_usage("u"), lambda: f.format_heading("h")):
    try:
        call()
    except NotImplementedError as e:
        print("NotImplementedError", e)
try:
    f.dedent()
except AssertionError as e:
    print("AssertionError", e)
os.environ["COLUMNS"] = "50"
print(IndentedHelpFormatter().width, TitledHelpFormatter().width)
os.environ["COLUMNS"] = "wide"
print(IndentedHelpFormatter().width)
del os.environ["COLUMNS"]
print(IndentedHelpFormatter().width, IndentedHelpFormatter(width=30).max_help_position)

print("usage forms")
for usage in [None, "usage: %prog files", "Usage: %prog X", "%prog -x", SUPPRESS_USAGE]:
    q = OptionParser(prog="u", usage=usage)
    print(repr(q.usage), repr(q.get_usage()), repr(q.format_help()[:40]))
q = OptionParser(prog="u", add_help_option=False, usage=SUPPRESS_USAGE)
print(repr(q.format_help()))
q = OptionParser(prog="u", add_help_option=False, description="Only %prog text.")
print(repr(q.format_help()))
q.set_usage("%prog new")
q.set_description("Changed.")
print(repr(q.format_help()), q.get_description())

print("printing and exiting")
def capture(func, *args):
    out, err = io.StringIO(), io.StringIO()
    code = "returned"
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            func(*args)
        except SystemExit as e:
            code = e.code
    print(func.__name__, args, code, repr(out.getvalue()), repr(err.getvalue()))

v = build(version="%prog version 3")
capture(v.print_usage)
f = io.StringIO()
v.print_usage(f)
print(repr(f.getvalue()))
capture(v.print_version)
capture(v.print_version, sys.stderr)
print(repr(v.get_version()), repr(OptionParser().get_version()))
capture(OptionParser(prog="nv").print_version)
capture(v.error, "something bad")
capture(v.exit)
capture(v.exit, 3)
capture(v.exit, 4, "bye\n")
capture(v.parse_args, ["--version"])
capture(v.parse_args, ["--help"])
capture(OptionParser(prog="x", usage=SUPPRESS_USAGE).error, "no usage")
capture(OptionParser(prog="x", add_help_option=False).print_help)
