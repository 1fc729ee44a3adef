# pkgutil: iter_modules/walk_packages over a package tree made on disk, get_data, extend_path,
# resolve_name, get_loader/find_loader, read_code, ModuleInfo.
import os
import pkgutil
import sys
import tempfile

sys.dont_write_bytecode = True


def write(path, text=''):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)


with tempfile.TemporaryDirectory() as root:
    write(os.path.join(root, 'top', '__init__.py'), 'VALUE = 1\n')
    write(os.path.join(root, 'top', 'alpha.py'), 'def f():\n    return "alpha"\n')
    write(os.path.join(root, 'top', 'sub', '__init__.py'))
    write(os.path.join(root, 'top', 'sub', 'beta.py'), 'class K:\n    attr = 42\n')
    write(os.path.join(root, 'top', 'broken', '__init__.py'), 'raise ImportError("nope")\n')
    write(os.path.join(root, 'top', 'notpkg', 'x.py'))
    write(os.path.join(root, 'top', 'data', 'res.txt'), 'resource text\n')
    write(os.path.join(root, 'top', 'bad.name.py'))
    write(os.path.join(root, 'top', 'readme.txt'))
    write(os.path.join(root, 'solo.py'))
    write(os.path.join(root, 'split1', 'ns', '__init__.py'),
          'from pkgutil import extend_path\n__path__ = extend_path(__path__, __name__)\n')
    write(os.path.join(root, 'split1', 'ns', 'one.py'), 'N = 1\n')
    write(os.path.join(root, 'split2', 'ns', 'two.py'), 'N = 2\n')
    sys.path[:0] = [root, os.path.join(root, 'split1'), os.path.join(root, 'split2')]

    def rel(path):
        return os.path.relpath(path, root)

    infos = list(pkgutil.iter_modules([root]))
    print([(i.name, i.ispkg) for i in infos], type(infos[0].module_finder).__name__)
    print(infos[0]._fields, isinstance(infos[0], tuple))
    print([(i.name, i.ispkg) for i in pkgutil.iter_modules([os.path.join(root, 'top')], 'top.')])
    errors = []
    walked = [(i.name, i.ispkg) for i in pkgutil.walk_packages([root], onerror=errors.append)]
    print(walked)
    print('onerror:', errors)
    print([i.name for i in pkgutil.walk_packages([os.path.join(root, 'top')], 'top.')])
    try:
        list(pkgutil.iter_modules(root))
    except ValueError as e:
        print('ValueError', e)

    print(pkgutil.get_data('top', 'data/res.txt'))
    try:
        pkgutil.get_data('top', 'data/missing.txt')
    except OSError as e:
        print(type(e).__name__)
    print(pkgutil.get_data('no_such_package_xyz', 'x'))

    import ns
    print([rel(p) for p in ns.__path__])
    import ns.two
    print('ns.two.N =', ns.two.N)
    print(pkgutil.extend_path('not a list', 'ns'))

    print(pkgutil.resolve_name('top.alpha:f')(), pkgutil.resolve_name('top.sub.beta.K.attr'),
          pkgutil.resolve_name('top.sub.beta:K.attr'), pkgutil.resolve_name('top:').VALUE)
    for bad in ('', '1abc', 'a..b', 'a:b:c', 'top.sub.beta.Missing', 'top:nothing', 'nomodule_xyz'):
        try:
            pkgutil.resolve_name(bad)
        except Exception as e:
            print(repr(bad), type(e).__name__, e)

    loader = pkgutil.get_loader('top.alpha')
    print(type(loader).__name__, rel(loader.path))
    print(pkgutil.find_loader('top.nothing'), pkgutil.get_loader('no_such_module_xyz'))
    try:
        pkgutil.find_loader('.relative')
    except ImportError as e:
        print('ImportError', e)
    try:
        list(pkgutil.iter_importers('.rel'))
    except ImportError as e:
        print('ImportError', e)
    print([rel(f.path) for f in pkgutil.iter_importers('top.sub.x')])
    print(type(pkgutil.get_importer(root)).__name__, pkgutil.get_importer(root) is pkgutil.get_importer(root))

    import io
    print(pkgutil.read_code(io.BytesIO(b'\0\0\0\0' + bytes(12))))
    del sys.path[:3]
