# json.tool (python -m json.tool) run in process: options, files, errors and exit statuses.
import io
import json
import json.tool
import os
import re
import sys
import tempfile

class Capture(io.StringIO):
    # The tool closes its output when done; keep the text readable.
    def close(self):
        pass

# Temporary paths are shown as FOLDER, and errno numbers (platform facts) left out.
FOLDER = None

def tidy(text):
    if FOLDER:
        text = text.replace(FOLDER, 'FOLDER')
    return re.sub(r'\[Errno \d+\] ', '', text)

def run(args, stdin=''):
    saved = sys.argv, sys.stdin, sys.stdout, sys.stderr
    out, err = Capture(), Capture()
    sys.argv = ['python -m json.tool'] + args
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
    status = 0
    try:
        json.tool.main()
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) or e.code is None else 'message: ' + str(e.code)
    finally:
        sys.argv, sys.stdin, sys.stdout, sys.stderr = saved
    print(tidy('$ %s -> %s' % (' '.join(args) or '(no options)', status)))
    if out.getvalue():
        print(tidy(out.getvalue()), end='')
    if err.getvalue():
        print('stderr:', tidy(err.getvalue()), end='')

doc = '{"name": "caf\u00e9", "list": [1, 2.5, {"z": null, "a": true}], "empty": [], "obj": {}}'
run([], doc)
run(['--sort-keys'], doc)
run(['--indent', '2'], doc)
run(['--indent', '0'], doc)
run(['--tab'], doc)
run(['--no-indent'], doc)
run(['--compact'], doc)
run(['--compact', '--sort-keys', '--no-ensure-ascii'], doc)
run(['--no-ensure-ascii'], '"\u20ac\U0001d11e"')
run(['--json-lines'], '{"a": 1}\n[2]\n"three"\n')
run(['--json-lines', '--compact'], '{"a": 1}\n\n')
run(['--json-lines'], '')
run([], '')
run([], '[1, 2')
run([], '{"a": 1} x')
run([], '[NaN, Infinity]')
run(['--indent', 'x'], '1')
run(['--tab', '--compact'], '1')
run(['--indent', '2', '--no-indent'], '1')
run(['--bogus'], '1')
run(['-h'])

with tempfile.TemporaryDirectory() as FOLDER:
    source = os.path.join(FOLDER, 'in.json')
    target = os.path.join(FOLDER, 'out.json')
    with open(source, 'w', encoding='utf-8') as f:
        f.write('[3, {"b": "\u00e9", "a": []}]')
    run([source])
    run(['--sort-keys', '--no-ensure-ascii', source, target])
    with open(target, encoding='utf-8') as f:
        print('out.json:', ascii(f.read()))
    run(['--compact', source, source])
    with open(source, encoding='utf-8') as f:
        print('in place:', ascii(f.read()))
    run([os.path.join(FOLDER, 'missing.json')])
