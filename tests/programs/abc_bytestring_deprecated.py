# collections.abc.ByteString warns when subclassed or used with isinstance() (3.12).
import warnings
from collections.abc import ByteString
warnings.simplefilter("always")
print(isinstance(b"", ByteString))
class Mine(ByteString): pass
print(issubclass(Mine, ByteString), type(ByteString).__name__, type(ByteString).__mro__)
class Sub(Mine): pass
