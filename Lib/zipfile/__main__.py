"""python -m zipfile: list (-l), test (-t), extract (-e) or create (-c) an archive."""

import os
import sys

_USAGE = ("usage: python -m zipfile [-h] (-l <zipfile> | -e <zipfile> <output_dir> | "
          "-c <name> [<file> ...] | -t <zipfile>)\n"
          "                         [--metadata-encoding <encoding>]")

_HELP = _USAGE + """

A simple command-line interface for zipfile module.

options:
  -h, --help            show this help message and exit
  -l <zipfile>, --list <zipfile>
                        Show listing of a zipfile
  -e <zipfile> <output_dir>, --extract <zipfile> <output_dir>
                        Extract zipfile into target dir
  -c <name> [<file> ...], --create <name> [<file> ...]
                        Create zipfile from sources
  -t <zipfile>, --test <zipfile>
                        Test if a zipfile is valid
  --metadata-encoding <encoding>
                        Specify encoding of member names for -l, -e and -t
"""

_ACTIONS = {'-l': 'list', '--list': 'list', '-e': 'extract', '--extract': 'extract',
            '-c': 'create', '--create': 'create', '-t': 'test', '--test': 'test'}


def _fail(message):
    print(_USAGE, file=sys.stderr)
    print(f"python -m zipfile: error: {message}", file=sys.stderr)
    sys.exit(2)


def _parse(args):
    """Returns (action, operands, metadata encoding)."""
    action = None
    operands = []
    encoding = None
    rest = list(args)
    while rest:
        word = rest.pop(0)
        if word in ('-h', '--help'):
            print(_HELP, end='')
            sys.exit(0)
        if word == '--metadata-encoding' or word.startswith('--metadata-encoding='):
            if '=' in word:
                encoding = word.split('=', 1)[1]
            elif rest:
                encoding = rest.pop(0)
            else:
                _fail("argument --metadata-encoding: expected one argument")
            continue
        if word in _ACTIONS:
            if action is not None:
                _fail(f"argument {word}: not allowed with argument {action[1]}")
            action = (_ACTIONS[word], word)
            continue
        if word.startswith('-') and word != '-':
            _fail(f"unrecognized arguments: {word}")
        if action is None:
            _fail(f"unrecognized arguments: {word}")
        operands.append(word)
    if action is None:
        _fail("one of the arguments -l/--list -e/--extract -c/--create -t/--test is "
              "required")
    wanted = {'list': 1, 'test': 1, 'extract': 2}.get(action[0])
    if wanted is not None and len(operands) != wanted:
        if len(operands) < wanted:
            _fail(f"argument {action[1]}: expected {wanted} argument"
                  + ("s" if wanted > 1 else ""))
        _fail("unrecognized arguments: " + ' '.join(operands[wanted:]))
    if action[0] == 'create' and not operands:
        _fail(f"argument {action[1]}: expected at least one argument")
    return action[0], operands, encoding


def _add_tree(archive, path, name):
    if os.path.isfile(path):
        archive.write(path, name)
    elif os.path.isdir(path):
        if name:
            archive.write(path, name)
        for entry in sorted(os.listdir(path)):
            _add_tree(archive, os.path.join(path, entry), os.path.join(name, entry))


def run(args=None):
    from . import ZipFile, ZIP_DEFLATED

    action, operands, encoding = _parse(sys.argv[1:] if args is None else args)
    if action == 'test':
        with ZipFile(operands[0], 'r', metadata_encoding=encoding) as archive:
            bad = archive.testzip()
        if bad:
            print(f"The following enclosed file is corrupted: {bad!r}")
        print("Done testing")
    elif action == 'list':
        with ZipFile(operands[0], 'r', metadata_encoding=encoding) as archive:
            archive.printdir()
    elif action == 'extract':
        source, target = operands
        with ZipFile(source, 'r', metadata_encoding=encoding) as archive:
            archive.extractall(target)
    else:
        if encoding:
            print("Non-conforming encodings not supported with -c.", file=sys.stderr)
            sys.exit(1)
        target, *sources = operands
        with ZipFile(target, 'w', compression=ZIP_DEFLATED) as archive:
            for path in sources:
                name = os.path.basename(os.path.normpath(path))
                if name in (os.curdir, os.pardir):
                    name = ''
                _add_tree(archive, path, name)


if __name__ == '__main__':
    run()
