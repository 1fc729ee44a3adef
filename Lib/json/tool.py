"""python -m json.tool: validate JSON and pretty-print it.

    $ echo '[1, {"a": true}]' | python -m json.tool --indent 2
    [
      1,
      {
        "a": true
      }
    ]

The document is read from infile (standard input by default) and written
to outfile (standard output by default); an invalid one is reported on
standard error with exit status 1.
"""

import sys
import json
import argparse
from pathlib import Path


def _parser():
    parser = argparse.ArgumentParser(
        prog='python -m json.tool',
        description='A simple command line interface for json module '
                    'to validate and pretty-print JSON objects.')
    parser.add_argument('infile', nargs='?', default=sys.stdin,
                        type=argparse.FileType(encoding='utf-8'),
                        help='a JSON file to be validated or pretty-printed')
    parser.add_argument('outfile', nargs='?', default=None, type=Path,
                        help='write the output of infile to outfile')
    parser.add_argument('--sort-keys', action='store_true', default=False,
                        help='sort the output of dictionaries alphabetically '
                             'by key')
    parser.add_argument('--no-ensure-ascii', dest='ensure_ascii',
                        action='store_false',
                        help='disable escaping of non-ASCII characters')
    parser.add_argument('--json-lines', default=False, action='store_true',
                        help='parse input using the JSON Lines format. '
                             'Use with --no-indent or --compact to produce '
                             'valid JSON Lines output.')
    layout = parser.add_mutually_exclusive_group()
    layout.add_argument('--indent', default=4, type=int,
                        help='separate items with newlines and use this '
                             'number of spaces for indentation')
    layout.add_argument('--tab', dest='indent', action='store_const',
                        const='\t',
                        help='separate items with newlines and use tabs for '
                             'indentation')
    layout.add_argument('--no-indent', dest='indent', action='store_const',
                        const=None,
                        help='separate items with spaces rather than newlines')
    layout.add_argument('--compact', action='store_true',
                        help='suppress all whitespace separation (most '
                             'compact)')
    return parser


def main():
    args = _parser().parse_args()
    style = {'sort_keys': args.sort_keys, 'indent': args.indent,
             'ensure_ascii': args.ensure_ascii}
    if args.compact:
        style.update(indent=None, separators=(',', ':'))
    with args.infile as source:
        try:
            # JSON Lines are decoded one at a time, as they are written.
            if args.json_lines:
                documents = map(json.loads, source)
            else:
                documents = [json.load(source)]
            if args.outfile is None:
                target = sys.stdout
            else:
                target = args.outfile.open('w', encoding='utf-8')
            with target:
                for document in documents:
                    json.dump(document, target, **style)
                    target.write('\n')
        except ValueError as error:
            raise SystemExit(error)


def _command():
    # A reader that went away (as `| head` does) ends the tool quietly,
    # with the status EPIPE.
    try:
        main()
    except BrokenPipeError as broken:
        sys.exit(broken.errno)


if __name__ == '__main__':
    _command()
