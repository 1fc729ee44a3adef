"""The loop and policy asyncio uses on Unix (written in selector_events, the only kind here)."""

from .selector_events import (_UnixSelectorEventLoop, _UnixDefaultEventLoopPolicy,
                              SelectorEventLoop, DefaultEventLoopPolicy)

__all__ = ("SelectorEventLoop", "DefaultEventLoopPolicy")
