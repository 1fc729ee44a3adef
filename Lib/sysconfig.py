"""Where things are installed and how this interpreter was built, for Ferrython.

Ferrython is one static binary with its standard library inside it, so the installation
schemes describe the layout that `sys.prefix` and `sys.path` give it, and the build
variables are the few that tools ask about (no Makefile or pyconfig.h exists)."""

import os
import sys

__all__ = ['get_config_h_filename', 'get_config_var', 'get_config_vars',
           'get_makefile_filename', 'get_path', 'get_path_names', 'get_paths',
           'get_platform', 'get_python_version', 'get_scheme_names',
           'parse_config_h', 'get_default_scheme', 'get_preferred_scheme',
           'is_python_build']

# Templates of each scheme; {name} refers to a configuration variable.
_INSTALL_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{installed_base}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_home': {
        'stdlib': '{installed_base}/lib/python',
        'platstdlib': '{base}/lib/python',
        'purelib': '{base}/lib/python',
        'platlib': '{base}/lib/python',
        'include': '{installed_base}/include/python',
        'platinclude': '{installed_base}/include/python',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_user': {
        'stdlib': '{userbase}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{userbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
        'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
    'posix_venv': {
        'stdlib': '{installed_base}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
}
_INSTALL_SCHEMES['venv'] = _INSTALL_SCHEMES['posix_venv']

_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include',
                'platinclude', 'scripts', 'data')

_PY_VERSION = sys.version.split()[0]
_PY_VERSION_SHORT = f'{sys.version_info[0]}.{sys.version_info[1]}'
_PY_VERSION_SHORT_NO_DOT = f'{sys.version_info[0]}{sys.version_info[1]}'

_config_vars = None


def _user_base():
    env = os.environ.get("PYTHONUSERBASE", None)
    if env:
        return env
    return os.path.join(os.path.expanduser("~"), ".local")


def _build_config_vars():
    abiflags = getattr(sys, 'abiflags', '')
    cache_tag = sys.implementation.cache_tag or 'ferrython'
    machine = os.uname().machine if hasattr(os, 'uname') else ''
    soabi = f'{cache_tag}-{machine}-{sys.platform}-gnu'
    values = {
        'prefix': os.path.normpath(sys.prefix),
        'exec_prefix': os.path.normpath(sys.exec_prefix),
        'py_version': _PY_VERSION,
        'py_version_short': _PY_VERSION_SHORT,
        'py_version_nodot': _PY_VERSION_SHORT_NO_DOT,
        'installed_base': os.path.normpath(sys.base_prefix),
        'base': os.path.normpath(sys.prefix),
        'installed_platbase': os.path.normpath(sys.base_exec_prefix),
        'platbase': os.path.normpath(sys.exec_prefix),
        'projectbase': os.path.dirname(os.path.abspath(sys.executable or '.')),
        'platlibdir': getattr(sys, 'platlibdir', 'lib'),
        'abiflags': abiflags,
        'py_version_nodot_plat': '',
        'implementation': sys.implementation.name,
        'implementation_lower': sys.implementation.name.lower(),
        'userbase': _user_base(),
        'SO': '.so',
        'EXT_SUFFIX': f'.{soabi}.so',
        'SHLIB_SUFFIX': '.so',
        'SOABI': soabi,
        'MULTIARCH': f'{machine}-{sys.platform}-gnu',
        'VERSION': _PY_VERSION_SHORT,
        'BINDIR': os.path.dirname(os.path.abspath(sys.executable or '.')),
        'LIBDEST': os.path.join(os.path.normpath(sys.base_prefix),
                                getattr(sys, 'platlibdir', 'lib'),
                                'python' + _PY_VERSION_SHORT),
        'BINLIBDEST': os.path.join(os.path.normpath(sys.base_exec_prefix),
                                   getattr(sys, 'platlibdir', 'lib'),
                                   'python' + _PY_VERSION_SHORT),
        'INCLUDEPY': os.path.join(os.path.normpath(sys.base_prefix), 'include',
                                  'python' + _PY_VERSION_SHORT + abiflags),
        'LIBDIR': os.path.join(os.path.normpath(sys.base_exec_prefix),
                               getattr(sys, 'platlibdir', 'lib')),
        'HOST_GNU_TYPE': f'{machine}-pc-{sys.platform}-gnu',
        # A native build without the C toolchain variables of a Makefile.
        'Py_DEBUG': 0,
        'Py_ENABLE_SHARED': 0,
        'Py_GIL_DISABLED': 0,
        'WITH_DOC_STRINGS': 1,
        'HAVE_FORK': 1,
        'CC': '',
        'CFLAGS': '',
        'LDFLAGS': '',
        'CONFIG_ARGS': '',
        'PY_CFLAGS': '',
        'PY_CFLAGS_NODIST': '',
        'PY_CORE_CFLAGS': '',
        'PY_LDFLAGS_NODIST': '',
        'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
    }
    return values


def get_config_vars(*args):
    """All configuration variables as a dict, or the values of the named ones."""
    global _config_vars
    if _config_vars is None:
        _config_vars = _build_config_vars()
    if args:
        return [_config_vars.get(name) for name in args]
    return _config_vars


def get_config_var(name):
    """One configuration variable, or None."""
    return get_config_vars().get(name)


def get_scheme_names():
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    return _SCHEME_KEYS


def get_default_scheme():
    return 'venv' if sys.prefix != sys.base_prefix else 'posix_prefix'


def get_preferred_scheme(key):
    if key == 'prefix':
        return get_default_scheme()
    if key == 'home':
        return 'posix_home'
    if key == 'user':
        return 'posix_user'
    raise ValueError(f"{key!r} is not a valid key (must be 'prefix', 'home', or 'user')")


def _expand(template, values):
    def lookup(match_text):
        name = match_text[1:-1]
        if name in values:
            return str(values[name])
        if name in os.environ:
            return os.environ[name]
        raise AttributeError(f'{{{name}}}')
    out = []
    i = 0
    while i < len(template):
        start = template.find('{', i)
        if start < 0:
            out.append(template[i:])
            break
        end = template.find('}', start)
        if end < 0:
            out.append(template[i:])
            break
        out.append(template[i:start])
        out.append(lookup(template[start:end + 1]))
        i = end + 1
    return ''.join(out)


def get_paths(scheme=None, vars=None, expand=True):
    """The installation paths (stdlib, purelib, scripts, ...) of a scheme."""
    if scheme is None:
        scheme = get_default_scheme()
    templates = _INSTALL_SCHEMES[scheme]
    if not expand:
        return dict(templates)
    values = dict(get_config_vars())
    if vars:
        values.update(vars)
    return {key: os.path.normpath(_expand(value, values))
            for key, value in templates.items()}


def get_path(name, scheme=None, vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def get_platform():
    """'linux-x86_64' and the like: the OS name and machine, for naming builds."""
    if os.name != 'posix' or not hasattr(os, 'uname'):
        return sys.platform
    info = os.uname()
    osname = info.sysname.lower().replace('/', '')
    machine = info.machine.replace(' ', '_').replace('/', '-')
    if osname[:5] == 'linux':
        return f'{osname}-{machine}'
    if osname[:6] == 'darwin':
        return f'macosx-{info.release}-{machine}'
    return f'{osname}-{info.release}-{machine}'


def get_python_version():
    return _PY_VERSION_SHORT


def is_python_build(check_home=None):
    """Ferrython never runs from a CPython build tree."""
    return False


def get_makefile_filename():
    return os.path.join(get_config_var('LIBDEST'), f'config-{_PY_VERSION_SHORT}', 'Makefile')


def get_config_h_filename():
    return os.path.join(get_config_var('INCLUDEPY'), 'pyconfig.h')


def parse_config_h(fp, vars=None):
    """Read #define and #undef lines of a pyconfig.h-like file into a dict."""
    if vars is None:
        vars = {}
    for line in fp:
        words = line.split()
        if len(words) >= 2 and words[0] == '#define':
            value = words[2] if len(words) > 2 else '1'
            try:
                value = int(value)
            except ValueError:
                pass
            vars[words[1]] = value
        elif len(words) >= 3 and words[0] == '/*' and words[1] == '#undef':
            vars[words[2]] = 0
    return vars


def _main():
    print(f'Platform: "{get_platform()}"')
    print(f'Python version: "{get_python_version()}"')
    print(f'Current installation scheme: "{get_default_scheme()}"')
    print()
    print('Paths: ')
    for key, value in sorted(get_paths().items()):
        print(f'\t{key} = "{value}"')
    print()
    print('Variables: ')
    for key, value in sorted(get_config_vars().items()):
        print(f'\t{key} = "{value}"')


if __name__ == '__main__':
    _main()
