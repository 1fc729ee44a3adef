# logging.config.fileConfig: loggers, handlers (args, kwargs, MemoryHandler targets),
# formatters (styles, defaults, classes), disable_existing_loggers, and the errors.
import io
import logging
import logging.config
import os
import tempfile
import textwrap

INI = textwrap.dedent('''
    [loggers]
    keys=root,app

    [handlers]
    keys=con,mem

    [formatters]
    keys=plain, braces

    [logger_root]
    level=WARNING
    handlers=con

    [logger_app]
    level=DEBUG
    handlers=mem,con
    qualname=my.app
    propagate=0

    [handler_con]
    class=StreamHandler
    level=DEBUG
    formatter=braces
    args=(sys.stdout,)

    [handler_mem]
    class=handlers.MemoryHandler
    args=(10,)
    kwargs={'flushLevel': INFO}
    target=con
    formatter=plain

    [formatter_plain]
    format=%%(levelname)s %%(message)s
    class=logging.Formatter

    [formatter_braces]
    format={levelname}:{name}:{message}:{who}
    style={
    defaults={'who': 'me'}
    ''')

home = os.getcwd()
with tempfile.TemporaryDirectory() as folder:
    os.chdir(folder)
    with open('log.ini', 'w') as f:
        f.write(INI)
    pre, kid = logging.getLogger('pre'), logging.getLogger('my.app.kid')
    kid.setLevel(logging.ERROR)
    kid.propagate = False
    logging.config.fileConfig('log.ini')
    print(pre.disabled, kid.disabled, kid.level, kid.propagate)
    logging.getLogger('my.app').debug('hello')
    logging.getLogger('my.app').info('flushes')
    logging.getLogger('other').warning('root one')
    mem = logging.getHandlerByName('mem')
    app = logging.getLogger('my.app')
    print(mem.target.name, mem.capacity, mem.flushLevel, app.propagate, app.level,
          [h.name for h in app.handlers], type(mem.formatter).__name__)
    print(sorted(logging.getHandlerNames()), logging.root.level)

    open('empty.ini', 'w').close()
    with open('broken.ini', 'w') as f:
        f.write('nohead\n')
    for bad in ['missing.ini', 'empty.ini', 'broken.ini']:
        try:
            logging.config.fileConfig(bad)
        except Exception as e:
            print(type(e).__name__, str(e).replace(folder, 'D'))

    # a file object, and keeping the existing loggers enabled
    logging.config.fileConfig(io.StringIO(
        '[loggers]\nkeys=root\n[handlers]\nkeys=\n[formatters]\nkeys=\n'
        '[logger_root]\nhandlers=\nlevel=ERROR\n'), disable_existing_loggers=False)
    print(logging.root.level, logging.root.handlers, logging.getLogger('other').disabled,
          logging.getHandlerNames())

    # a ConfigParser, with defaults used in the values
    import configparser
    cp = configparser.ConfigParser({'lvl': 'INFO'})
    cp.read_string('[loggers]\nkeys=root\n[handlers]\nkeys=h\n[formatters]\nkeys=\n'
                   '[logger_root]\nhandlers=h\nlevel=%(lvl)s\n'
                   '[handler_h]\nclass=logging.StreamHandler\nargs=(sys.stdout,)\n')
    logging.config.fileConfig(cp)
    logging.info('via parser')
    print(logging.root.level, logging.root.handlers)
    logging.shutdown()
    os.chdir(home)
