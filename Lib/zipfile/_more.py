"""The ZipFile subclasses: CompleteDirs (implied folders listed, for zipfile.Path) and
PyZipFile (adds Python modules, compiled). Imported by the package once ZipFile exists."""

import os

from . import ZIP_STORED, ZipFile, ZipInfo


class CompleteDirs(ZipFile):
    """A ZipFile whose namelist() also holds the folders its members imply."""

    @staticmethod
    def _implied_dirs(names):
        known = set(names)
        implied = {}
        for name in names:
            stem = name.rstrip('/')
            while True:
                cut = stem.rfind('/')
                if cut < 0:
                    break
                stem = stem[:cut]
                folder = stem + '/'
                if folder in known or folder in implied:
                    break
                implied[folder] = None
        return list(implied)

    def namelist(self):
        names = super().namelist()
        return names + self._implied_dirs(names)

    def _name_set(self):
        return set(self.namelist())

    def resolve_dir(self, name):
        """`name` with a '/' added when that names a folder."""
        names = self._name_set()
        folder = name + '/'
        return folder if name not in names and folder in names else name

    def getinfo(self, name):
        try:
            return super().getinfo(name)
        except KeyError:
            if not name.endswith('/') or name not in self._name_set():
                raise
            return ZipInfo(filename=name)

    @classmethod
    def make(cls, source):
        """A CompleteDirs reading the same archive as `source` (a ZipFile or a path)."""
        if isinstance(source, CompleteDirs):
            return source
        if not isinstance(source, ZipFile):
            return cls(source)
        if 'r' not in source.mode:
            cls = CompleteDirs
        made = cls.__new__(cls)
        vars(made).update(vars(source))
        return made


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
        pathname = os.fspath(pathname)
        if filterfunc and not filterfunc(pathname):
            if self.debug:
                print('%s %r skipped by filterfunc' % ('path' if os.path.isdir(pathname)
                                                       else 'file', pathname))
            return
        head, name = os.path.split(pathname)
        prefix = basename + '/' if basename else ''
        if not os.path.isdir(pathname):
            if not pathname.endswith('.py'):
                raise RuntimeError('Files added with writepy() must end with ".py"')
            self._write_module(pathname, prefix)
            return
        package = os.path.isfile(os.path.join(pathname, '__init__.py'))
        inner = prefix + name if package else basename
        for entry in sorted(os.listdir(pathname)):
            full = os.path.join(pathname, entry)
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
        except py_compile.PyCompileError as err:
            print(err.msg)
            compiled = None
        if compiled:
            self.write(compiled, prefix + stem + 'c')
        else:
            self.write(source, prefix + stem)
