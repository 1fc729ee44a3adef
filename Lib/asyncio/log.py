"""The logger asyncio reports to ("asyncio")."""

import logging as _logging

logger = _logging.getLogger("asyncio")
