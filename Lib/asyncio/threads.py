"""asyncio.to_thread(): await a blocking call made in another thread."""

__all__ = ("to_thread",)

import contextvars

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Calls func(*args, **kwargs) in the loop's default executor, in a copy of the current
    context (so context variables are seen there); returns its result."""
    running = events.get_running_loop()
    snapshot = contextvars.copy_context()

    def call():
        return snapshot.run(func, *args, **kwargs)

    return await running.run_in_executor(None, call)
