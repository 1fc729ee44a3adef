# asyncio child processes and streams: create_subprocess_exec/shell with pipes,
# communicate(), reading stdout line by line, exit statuses, terminate(), StreamReader's
# read methods, connect_read_pipe/connect_write_pipe on os.pipe(), and signal handlers.
import asyncio
import os
import signal
from asyncio.subprocess import PIPE, DEVNULL


async def children():
    p = await asyncio.create_subprocess_exec("echo", "hello", "world", stdout=PIPE)
    out, err = await p.communicate()
    print(out, err, p.returncode, type(p.pid).__name__)

    p = await asyncio.create_subprocess_shell("cat; echo to-stderr >&2", stdin=PIPE,
                                              stdout=PIPE, stderr=PIPE)
    print(type(p.stdin).__name__, type(p.stdout).__name__, p.returncode)
    out, err = await p.communicate(b"abc\n" * 3)
    print(out, err, p.returncode)

    p = await asyncio.create_subprocess_exec(
        "sh", "-c", "for i in 1 2 3; do echo line $i; done; exit 3", stdout=PIPE)
    lines = [line async for line in p.stdout]
    print(lines, await p.wait(), p.returncode)

    p = await asyncio.create_subprocess_exec("sleep", "10")
    p.terminate()
    print("terminated:", await p.wait() == -signal.SIGTERM)

    p = await asyncio.create_subprocess_exec("sh", "-c", "exit 0", stdout=DEVNULL)
    print("stdout DEVNULL:", p.stdout, await p.wait())

    data = bytes(range(256)) * 2000
    p = await asyncio.create_subprocess_exec("cat", stdin=PIPE, stdout=PIPE)
    out, _ = await p.communicate(data)
    print("round trip of", len(data), "bytes:", out == data)

    p = await asyncio.create_subprocess_exec("sh", "-c", "read x; echo got $x", stdin=PIPE,
                                             stdout=PIPE)
    p.stdin.write(b"ping\n")
    await p.stdin.drain()
    print(await p.stdout.readline())
    p.stdin.close()
    print(await p.wait())

    try:
        await asyncio.create_subprocess_shell(["echo"])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


async def reader_api():
    r = asyncio.StreamReader()
    r.feed_data(b"ab\ncd\nrest")
    r.feed_eof()
    print(await r.readline(), await r.readuntil(b"d"), await r.read(2), await r.read(),
          r.at_eof())
    try:
        await r.readexactly(3)
    except asyncio.IncompleteReadError as e:
        print("incomplete:", e.partial, e.expected, e)
    small = asyncio.StreamReader(limit=4)
    small.feed_data(b"abcdefgh\n")
    try:
        await small.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print("overrun:", e, e.consumed)
    r2 = asyncio.StreamReader()

    async def later():
        await asyncio.sleep(0.01)
        r2.feed_data(b"xyz")
        r2.feed_eof()

    t = asyncio.create_task(later())
    print(await r2.readexactly(2), await r2.read(10), await r2.read(10))
    await t


async def pipes():
    loop = asyncio.get_running_loop()
    rfd, wfd = os.pipe()
    reader = asyncio.StreamReader()
    rtransport, _ = await loop.connect_read_pipe(
        lambda: asyncio.StreamReaderProtocol(reader), os.fdopen(rfd, "rb"))
    got = []

    class Sink(asyncio.Protocol):
        def connection_made(self, transport):
            got.append("write pipe connected")

        def connection_lost(self, exc):
            got.append(("write pipe lost", exc))

    wtransport, _ = await loop.connect_write_pipe(Sink, os.fdopen(wfd, "wb"))
    wtransport.write(b"first line\nsecond")
    wtransport.close()
    print(await reader.readline(), await reader.read())
    await asyncio.sleep(0.01)
    print(got, rtransport.is_closing(), wtransport.is_closing())


async def signals():
    loop = asyncio.get_running_loop()
    got = asyncio.Event()
    loop.add_signal_handler(signal.SIGUSR1, lambda: (print("got SIGUSR1"), got.set()))
    loop.call_later(0.01, os.kill, os.getpid(), signal.SIGUSR1)
    await asyncio.wait_for(got.wait(), 5)
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    for sig in (signal.SIGKILL, 9999, "x"):
        try:
            loop.add_signal_handler(sig, print)
        except (RuntimeError, ValueError, TypeError) as e:
            print(type(e).__name__, e)


async def main():
    for part in (children, reader_api, pipes, signals):
        print("--", part.__name__)
        await part()


asyncio.run(main())
