# Number literal errors name the bad digit, after an underscore too; ByteString is deprecated (3.12).
for src in ["0b12", "0b1_2", "0b2", "0b1_", "0b", "0o18", "0o1_8", "0o8", "0o1_", "0o", "0x1_", "0x", "1_", "012", "1.2_", "1e2_", "1e+"]:
    try: compile(src, "<s>", "exec")
    except SyntaxError as e: print(repr(src), e.msg, e.offset)
import warnings
from collections.abc import ByteString
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(isinstance(b"", ByteString), isinstance("", ByteString), issubclass(bytes, ByteString))
    import collections.abc
    collections.abc.ByteString
    from typing import ByteString as B2
print([str(x.message)[:60] for x in w])
