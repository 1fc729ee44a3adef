# logging.handlers: RotatingFileHandler (sizes, backups, namer/rotator), WatchedFileHandler,
# TimedRotatingFileHandler's getFilesToDelete and doRollover, in a temporary directory.
import logging
import logging.handlers as H
import os
import tempfile


def rec(msg):
    return logging.makeLogRecord({'msg': msg})


def listing():
    return sorted(os.listdir('.'))


home = os.getcwd()
with tempfile.TemporaryDirectory() as folder:
    os.chdir(folder)
    h = H.RotatingFileHandler('r.log', maxBytes=30, backupCount=2, encoding='utf-8')
    print(h.mode, h.maxBytes, h.backupCount, os.path.basename(h.baseFilename), h.namer, h.rotator)
    for i in range(8):
        h.emit(rec('message %d' % i))
    h.close()
    for name in listing():
        with open(name) as f:
            print(name, repr(f.read()))

    # mode 'w' becomes 'a' when rotating by size
    print(H.RotatingFileHandler('wm.log', mode='w', maxBytes=10, delay=True).mode,
          H.RotatingFileHandler('wn.log', mode='w', delay=True).mode)

    h = H.RotatingFileHandler('n.log', maxBytes=10, backupCount=3, delay=True)
    h.namer = lambda name: name + '.gz'

    def rotator(source, dest):
        os.rename(source, dest)
        print('rotate', os.path.basename(source), os.path.basename(dest))
    h.rotator = rotator
    for i in range(5):
        h.emit(rec('abcdefghijk%d' % i))
    h.close()
    print(listing())

    # a record longer than maxBytes in an empty file does not rotate it
    big = H.RotatingFileHandler('big.log', maxBytes=5)
    big.emit(rec('longer than five'))
    big.emit(rec('again'))
    big.close()
    print([n for n in listing() if n.startswith('big')])

    # backupCount 0: the file is truncated in place
    zero = H.RotatingFileHandler('z.log', maxBytes=12)
    for word in ['first', 'second', 'third']:
        zero.emit(rec(word))
    zero.close()
    with open('z.log') as f:
        print([n for n in listing() if n.startswith('z')], repr(f.read()))

    w = H.WatchedFileHandler('w.log')
    print(w.dev != -1, w.ino != -1)
    w.emit(rec('one'))
    os.rename('w.log', 'w.old')
    w.emit(rec('two'))
    os.remove('w.log')
    w.emit(rec('three'))
    w.close()
    with open('w.old') as old, open('w.log') as new:
        print(repr(old.read()), repr(new.read()))
    delayed = H.WatchedFileHandler('wd.log', delay=True)
    print(delayed.stream, delayed.dev, delayed.ino)
    delayed.close()

    t = H.TimedRotatingFileHandler('t.log', when='S', backupCount=2, utc=True)
    for stamp in ['2020-01-01_00-00-00', '2020-01-01_00-00-01', '2020-01-01_00-00-02',
                  'x2020-01-01_00-00-02', '2020-01-01_00-00-022', '2020-01-01']:
        open('t.log.' + stamp, 'w').close()
    print([os.path.basename(f) for f in t.getFilesToDelete()])
    t.backupCount = 5
    print([os.path.basename(f) for f in t.getFilesToDelete()])
    t.backupCount = 2
    t.namer = lambda name: name.replace('t.log.', 't.') + '.gz'
    for stamp in ['2020-01-01_00-00-03', '2020-01-01_00-00-04', '2020-01-01_00-00-05']:
        open('t.' + stamp + '.gz', 'w').close()
    print([os.path.basename(f) for f in t.getFilesToDelete()])
    t.namer = None
    t.rolloverAt = 86400 * 365 * 30 + 7
    t.emit(rec('timed'))
    print([n for n in listing() if n.startswith('t')])
    t.close()

    m = H.TimedRotatingFileHandler('m.log', when='midnight', utc=True)
    m.rolloverAt = 86400 * 1000
    m.doRollover()
    print([n for n in listing() if n.startswith('m.')])
    # the target exists already: nothing happens
    m.rolloverAt = 86400 * 1000
    m.doRollover()
    print([n for n in listing() if n.startswith('m.')], m.rolloverAt == 86400 * 1000)
    m.close()
    os.chdir(home)
