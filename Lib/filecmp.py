"""Comparing files and directories.

`cmp` tells whether two files hold the same bytes (trusting matching stat signatures when
`shallow`), `cmpfiles` sorts a list of names present in two directories into matching,
mismatching and uncomparable ones, and the `dircmp` class compares two directory trees, working
out each of its attributes only when it is first read.
"""

import os
import stat
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

# Names dircmp leaves out unless told otherwise: version-control and cache folders.
DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']

BUFSIZE = 8 * 1024

# Results of full comparisons, keyed by both names and both stat signatures, so that a file
# changed since its comparison is compared again.
_cache = {}
_CACHE_LIMIT = 100


def clear_cache():
    """Forgets every remembered comparison."""
    _cache.clear()


def _signature(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    """True when files `f1` and `f2` seem equal.

    With `shallow` true, files whose type, size and modification time agree are taken as equal
    without being read. Anything but two regular files compares unequal; files of different
    sizes too. Otherwise the contents decide, and the answer is cached.
    """
    sig1 = _signature(os.stat(f1))
    sig2 = _signature(os.stat(f2))
    if sig1[0] != stat.S_IFREG or sig2[0] != stat.S_IFREG:
        return False
    if shallow and sig1 == sig2:
        return True
    if sig1[1] != sig2[1]:
        return False
    key = (f1, f2, sig1, sig2)
    try:
        return _cache[key]
    except KeyError:
        pass
    result = _same_contents(f1, f2)
    if len(_cache) > _CACHE_LIMIT:
        clear_cache()
    _cache[key] = result
    return result


def _same_contents(f1, f2):
    with open(f1, 'rb') as first, open(f2, 'rb') as second:
        while True:
            chunk = first.read(BUFSIZE)
            if chunk != second.read(BUFSIZE):
                return False
            if not chunk:
                return True


def _without(names, skip):
    return [name for name in names if name not in skip]


class dircmp:
    """Compares directory `a` with directory `b`.

    `ignore` lists names to leave out (default DEFAULT_IGNORES), `hide` names to hide
    (default os.curdir and os.pardir). Every attribute below is computed when first read:

    left_list, right_list: the sorted, filtered names of each directory;
    common, left_only, right_only: names in both, or in only one of them;
    common_dirs, common_files, common_funny: the common names that are directories in both,
        regular files in both, or anything else (mixed kinds, or stat failed);
    same_files, diff_files, funny_files: the common files that compare equal (shallowly),
        differ, or could not be compared;
    subdirs: a dict mapping each of common_dirs to the dircmp of that subdirectory.
    """

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        """Lists both directories."""
        skip = self.hide + self.ignore
        self.left_list = sorted(_without(os.listdir(self.left), skip))
        self.right_list = sorted(_without(os.listdir(self.right), skip))

    def phase1(self):
        """Splits the names into common, left_only and right_only (case folded as the OS does)."""
        left = {os.path.normcase(name): name for name in self.left_list}
        right = {os.path.normcase(name): name for name in self.right_list}
        self.common = [name for key, name in left.items() if key in right]
        self.left_only = [name for key, name in left.items() if key not in right]
        self.right_only = [name for key, name in right.items() if key not in left]

    def phase2(self):
        """Sorts the common names by what they are on both sides."""
        self.common_dirs, self.common_files, self.common_funny = [], [], []
        for name in self.common:
            try:
                left_kind = stat.S_IFMT(os.stat(os.path.join(self.left, name)).st_mode)
                right_kind = stat.S_IFMT(os.stat(os.path.join(self.right, name)).st_mode)
            except OSError:
                self.common_funny.append(name)
                continue
            if left_kind != right_kind:
                self.common_funny.append(name)
            elif stat.S_ISDIR(left_kind):
                self.common_dirs.append(name)
            elif stat.S_ISREG(left_kind):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        """Compares the common files."""
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):
        """Makes a dircmp for each common subdirectory (of this same class)."""
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(os.path.join(self.left, name),
                                                os.path.join(self.right, name),
                                                self.ignore, self.hide)

    def phase4_closure(self):
        """Makes the subdirs of the whole tree."""
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    # Which phase sets each lazily computed attribute.
    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        # Only called for attributes not set yet: run the phase that sets it.
        if attr not in self.methodmap:
            raise AttributeError(attr)
        self.methodmap[attr](self)
        return getattr(self, attr)

    def report(self):
        """Prints how this pair of directories differs."""
        print('diff', self.left, self.right)
        for side, only in ((self.left, self.left_only), (self.right, self.right_only)):
            if only:
                only.sort()
                print('Only in', side, ':', only)
        for title, names in (('Identical files :', self.same_files),
                             ('Differing files :', self.diff_files),
                             ('Trouble with common files :', self.funny_files),
                             ('Common subdirectories :', self.common_dirs),
                             ('Common funny cases :', self.common_funny)):
            if names:
                names.sort()
                print(title, names)

    def report_partial_closure(self):
        """Prints the report of this pair and of its immediate subdirectories."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        """Prints the report of this pair and of every subdirectory, recursively."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    __class_getitem__ = classmethod(GenericAlias)


def cmpfiles(a, b, common, shallow=True):
    """Compares the files named in `common` in directories `a` and `b`.

    Returns three lists of names: the files that compare equal, those that differ, and those
    that could not be compared (missing, unreadable, ...).
    """
    outcome = ([], [], [])
    for name in common:
        try:
            which = 0 if cmp(os.path.join(a, name), os.path.join(b, name), shallow) else 1
        except OSError:
            which = 2
        outcome[which].append(name)
    return outcome


def demo():
    """Compares the two directories named on the command line (-r: recursively)."""
    import getopt
    import sys
    opts, dirs = getopt.getopt(sys.argv[1:], 'r')
    if len(dirs) != 2:
        raise getopt.GetoptError('need exactly two args', None)
    recursive = bool(opts)
    comparison = dircmp(*dirs)
    (comparison.report_full_closure if recursive else comparison.report)()


if __name__ == '__main__':
    demo()
