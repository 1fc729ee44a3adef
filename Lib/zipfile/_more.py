"""The ZipFile subclasses: CompleteDirs (implied folders listed, for zipfile.Path) and
PyZipFile (adds Python modules, compiled). Imported by the package once ZipFile exists."""

import os

from . import ZIP_STORED, ZipFile, ZipInfo


class CompleteDirs(ZipFile):
    """A ZipFile whose namelist() also holds the folders its members imply ('a/b.txt'
    implies 'a/'), so that they can be looked up like stored ones."""

    @staticmethod
    def _implied_dirs(names):
        """The folders above `names` that are not among them, nearest first, each once
        (as the keys of a dict)."""
        present = set(names)
        found = {}
        for name in names:
            cut = len(name.rstrip('/'))
            while True:
                cut = name.rfind('/', 0, cut)
                if cut <= 0:
                    break
                folder = name[:cut + 1]
                if folder in found:
                    break                 # and so were the folders above it
                if folder not in present:
                    found[folder] = None
        return found                      # a dict, ordered, as CPython's

    def namelist(self):
        stored = super().namelist()
        return stored + list(self._implied_dirs(stored))

    def resolve_dir(self, name):
        """`name`, or `name + '/'` when only that exists (a folder)."""
        listed = set(self.namelist())
        if name in listed:
            return name
        return name + '/' if name + '/' in listed else name

    def getinfo(self, name):
        """Stored members as usual; an implied folder gets a fresh ZipInfo."""
        if name in self.NameToInfo or not name.endswith('/'):
            return super().getinfo(name)
        if name not in self.namelist():
            return super().getinfo(name)      # raises the usual KeyError
        return ZipInfo(filename=name)

    @classmethod
    def make(cls, source):
        """A CompleteDirs over `source`: a path is opened, a ZipFile is wrapped (sharing
        its state), and a CompleteDirs is returned as it is."""
        if isinstance(source, CompleteDirs):
            return source
        if isinstance(source, ZipFile):
            wrapper = object.__new__(cls if 'r' in source.mode else CompleteDirs)
            wrapper.__dict__.update(source.__dict__)
            return wrapper
        return cls(source)


class PyZipFile(ZipFile):
    """A ZipFile that can also add Python sources with writepy()."""

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 optimize=-1):
        super().__init__(file, mode=mode, compression=compression, allowZip64=allowZip64)
        self._optimize = optimize

    def writepy(self, pathname, basename="", filterfunc=None):
        """Add a module (a .py file, stored compiled when it compiles) or a package (a
        folder with __init__.py, recursively; or else the modules of a plain folder)
        under `basename`."""
        path = os.fspath(pathname)
        if filterfunc is not None and not filterfunc(path):
            if self.debug:
                print('%s %r skipped by filterfunc' % ('path' if os.path.isdir(path)
                                                       else 'file', path))
            return
        head, name = os.path.split(path)
        prefix = basename + '/' if basename else ''
        if not os.path.isdir(path):
            if not path.endswith('.py'):
                raise RuntimeError('Files added with writepy() must end with ".py"')
            self._write_module(path, prefix)
            return
        package = os.path.isfile(os.path.join(path, '__init__.py'))
        inner = prefix + name if package else basename
        for entry in sorted(os.listdir(path)):
            full = os.path.join(path, entry)
            if os.path.isdir(full):
                if package and os.path.isfile(os.path.join(full, '__init__.py')):
                    self.writepy(full, inner, filterfunc)
            elif entry.endswith('.py'):
                if filterfunc and not filterfunc(full):
                    if self.debug:
                        print('file %r skipped by filterfunc' % full)
                    continue
                self._write_module(full, inner + '/' if inner else '')

    def _write_module(self, source, prefix):
        """Store a module compiled ('name.pyc') or, when it does not compile, as source."""
        import py_compile
        stem = os.path.basename(source)
        try:
            compiled = py_compile.compile(source, doraise=True, optimize=self._optimize)
        except py_compile.PyCompileError as failure:
            # The compiler's report goes to stdout, and the source is stored instead.
            print(failure.msg)
            compiled = None
        if compiled:
            self.write(compiled, prefix + stem + 'c')
        else:
            self.write(source, prefix + stem)
