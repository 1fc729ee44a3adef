# hashlib.pbkdf2_hmac (the WebAssembly oracle has no OpenSSL, so the expected output comes from
# the machine's CPython): run in a child of the same interpreter, as a process program.
import subprocess
import sys

script = r'''
import hashlib
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 25).hex())
print(hashlib.pbkdf2_hmac("sha512", bytearray(b"pw"), memoryview(b"NaCl"), 3, 100).hex())
print(hashlib.pbkdf2_hmac("md5", b"k" * 200, b"", 5).hex())
for args in [("sha256", b"p", b"s", 0), ("sha256", b"p", b"s", 1, 0)]:
    try:
        hashlib.pbkdf2_hmac(*args)
    except ValueError as e:
        print("ValueError", e)
'''
result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
print(result.stdout, end="")
print("stderr:", repr(result.stderr), "exit:", result.returncode)
