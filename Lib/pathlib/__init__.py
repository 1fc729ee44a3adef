"""Object-oriented file system paths.

Pure paths (PurePath, PurePosixPath, PureWindowsPath) do path arithmetic only and work for
either system anywhere; concrete paths (Path, PosixPath, WindowsPath) add the operations
that reach the file system, and only the running system's kind can be made.
"""

from ._pure import PurePath, PurePosixPath, PureWindowsPath
from ._local import Path, PosixPath, WindowsPath

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']
