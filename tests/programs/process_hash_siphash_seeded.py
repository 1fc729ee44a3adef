# hash() of str, bytes and memoryview is CPython's SipHash-1-3 keyed by PYTHONHASHSEED: child
# interpreters print the hashes of ASCII, latin-1, UCS-2 (lone surrogates included) and UCS-4
# strs, short and longer than a 64-byte block, of bytes and memoryviews, and of naive dates,
# times and datetimes (which hash their state's bytes), under several fixed seeds (0 turns
# randomization off, others key through CPython's generator; white space, a sign and leading
# zeros are read as C's strtoul reads them); unset, "random" and -E give a different key per
# run; a seed that is not "random" or in [0; 4294967295] stops the start-up. Then the low bits
# of the hashes of strs that differ in their last character are spread out (CPython's
# test_hash distribution check).
import os
import subprocess
import sys

CHILD = r'''
import sys
strs = ['abc', 'a', 'é', 'ÿ', 'ÿ' * 70, '€x', 'Ā', '\U0001F600a', '\ud800x', '\udfff',
        '\ud83d\ude00', 'x' * 64, 'a' * 65, 'é' * 33 + '€', '😀' * 40, 'abcdefg', 'abcdefgh',
        'abcdefghi', '€' * 4, '€' * 5, 'é' * 8, 'é' * 9, '']
for s in strs:
    print(ascii(s[:12]), len(s), hash(s))
for b in [b'abc', b'', b'\x00', bytes(range(256)), b'abcdefgh']:
    print(b[:8], len(b), hash(b))
print('memoryview', hash(memoryview(b'xy')), hash(memoryview(b'abcdefghij')[2:9]))
print('str == bytes for ASCII', hash('hello world') == hash(b'hello world'))
import datetime
print('naive date, time, datetime', hash(datetime.date(2000, 1, 2)), hash(datetime.time(3, 4, 5, 678901)),
      hash(datetime.datetime(2000, 1, 2, 3, 4, 5, 678901, fold=1)))
print('hash_randomization', sys.flags.hash_randomization)
'''


def run(seed, *options, code=CHILD):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"}
    if seed is not None:
        env["PYTHONHASHSEED"] = seed
    return subprocess.run([sys.executable, *options, "-c", code], env=env,
                          capture_output=True, text=True)


for seed in ["0", "1", "12345", "4294967295", "-0", " 42", "+7", "000000000000099"]:
    proc = run(seed)
    print("--- PYTHONHASHSEED=%r exit %d" % (seed, proc.returncode))
    print(proc.stdout, end="")
    print(proc.stderr, end="")

# Random keys: two runs disagree (with 2**-64 odds of a coincidence per hash).
SHORT = "import sys; print(hash('abc'), hash(b'xyz'), hash('\u20ac'), sys.flags.hash_randomization)"
for seed, options in [(None, ()), ("random", ()), ("0", ("-E",)), ("abc", ("-I",))]:
    first, second = run(seed, *options, code=SHORT), run(seed, *options, code=SHORT)
    print("seed %r options %r: exit %d %d, hashes differ %s, hash_randomization %s" % (
        seed, options, first.returncode, second.returncode,
        first.stdout.split()[:3] != second.stdout.split()[:3], first.stdout.split()[3:]))

for seed in ["abc", "-1", "4294967296", "5 ", "0x10", " ", "+", "Random", "99999999999999999999999"]:
    proc = run(seed, code="print('ran')")
    print("--- PYTHONHASHSEED=%r exit %d" % (seed, proc.returncode))
    print(repr(proc.stdout))
    print(proc.stderr, end="")

# Strs that differ only in their last character: their hashes' low byte takes more than half
# of the 256 values, and their low 4 bits every value (this process's key is a random one).
base = "abcdefghabcdefg"
for i in range(1, len(base)):
    prefix = base[:i]
    low4 = {hash(prefix + chr(c)) & 0xF for c in range(256)}
    low8 = {hash(prefix + chr(c)) & 0xFF for c in range(256)}
    wide = {hash(prefix + chr(c)) & 0xFF for c in range(0x3000, 0x3100)}
    print(repr(prefix), len(low4) == 16, len(low8) > 128, len(wide) > 128)
