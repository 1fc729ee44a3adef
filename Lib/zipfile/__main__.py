"""python -m zipfile: list (-l), test (-t), extract (-e) or create (-c) an archive."""

import os
import sys


def _add_tree(archive, path, name):
    if os.path.isfile(path):
        archive.write(path, name)
    elif os.path.isdir(path):
        if name:
            archive.write(path, name)
        for entry in sorted(os.listdir(path)):
            _add_tree(archive, os.path.join(path, entry), os.path.join(name, entry))


def run(args=None):
    import argparse
    from . import ZipFile, ZIP_DEFLATED

    parser = argparse.ArgumentParser(prog='python -m zipfile',
                                     description='A simple command-line interface for '
                                                 'zipfile module.')
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument('-l', '--list', metavar='<zipfile>',
                       help='Show listing of a zipfile')
    group.add_argument('-e', '--extract', nargs=2, metavar=('<zipfile>', '<output_dir>'),
                       help='Extract zipfile into target dir')
    group.add_argument('-c', '--create', nargs='+', metavar=('<name>', '<file>'),
                       help='Create zipfile from sources')
    group.add_argument('-t', '--test', metavar='<zipfile>',
                       help='Test if a zipfile is valid')
    parser.add_argument('--metadata-encoding', metavar='<encoding>',
                        help='Specify encoding of member names for -l, -e and -t')
    options = parser.parse_args(args)
    encoding = options.metadata_encoding

    if options.test is not None:
        with ZipFile(options.test, 'r', metadata_encoding=encoding) as archive:
            bad = archive.testzip()
        if bad:
            print(f"The following enclosed file is corrupted: {bad!r}")
        print("Done testing")
    elif options.list is not None:
        with ZipFile(options.list, 'r', metadata_encoding=encoding) as archive:
            archive.printdir()
    elif options.extract is not None:
        source, target = options.extract
        with ZipFile(source, 'r', metadata_encoding=encoding) as archive:
            archive.extractall(target)
    else:
        if encoding:
            parser.error("Non-conflicting option --metadata-encoding only valid for "
                         "-l, -e and -t")
        target, *sources = options.create
        with ZipFile(target, 'w', compression=ZIP_DEFLATED) as archive:
            for path in sources:
                name = os.path.basename(os.path.normpath(path))
                if name in (os.curdir, os.pardir):
                    name = ''
                _add_tree(archive, path, name)


if __name__ == '__main__':
    run()
