"""Topological sorting of a graph of hashable nodes: TopologicalSorter, which hands nodes
out in dependency order (all at once with static_order(), or batch by batch for parallel
processing with get_ready() and done()), and CycleError, raised when the graph has a cycle.
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# A node's progress once prepare() has run: waiting for predecessors, handed out by
# get_ready(), or reported finished with done().
_WAITING, _HANDED_OUT, _FINISHED = range(3)


class _Vertex:
    """What the sorter knows of one node."""

    __slots__ = ("node", "successors", "pending", "state")

    def __init__(self, node):
        self.node = node
        # The nodes that depend on this one (repeated if a dependency was added twice).
        self.successors = []
        # How many predecessors are not finished yet.
        self.pending = 0
        self.state = _WAITING


class CycleError(ValueError):
    """Raised by TopologicalSorter.prepare() when the graph has a cycle.

    The second item of the exception's args is the cycle found, as a list of nodes where
    each one precedes the next in the graph and the first and last are the same node.
    """


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes"""

    def __init__(self, graph=None):
        self._vertices = {}
        self._ready = None          # None until prepare(); then the nodes ready to hand out
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _vertex(self, node):
        vertex = self._vertices.get(node)
        if vertex is None:
            vertex = self._vertices[node] = _Vertex(node)
        return vertex

    def add(self, node, *predecessors):
        """Add node to the graph, depending on each of predecessors (hashable objects).

        Calling it again for the same node adds to its dependencies; a dependency may be
        given twice, and a predecessor never seen before becomes a node of its own with
        no predecessors. Raises ValueError once prepare() has been called.
        """
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        vertex = self._vertex(node)
        for predecessor in predecessors:
            self._vertex(predecessor).successors.append(node)
        vertex.pending += len(predecessors)

    def prepare(self):
        """Close the graph to additions and look for a cycle.

        A cycle raises CycleError; get_ready() can still be used afterwards, to process
        every node that the cycle does not block.
        """
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        # The ready list is filled before looking for a cycle, so that the nodes outside
        # any cycle can still be processed after a CycleError.
        self._ready = [v.node for v in self._vertices.values() if v.pending == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """The nodes now ready (all their predecessors are done), as a tuple.

        The first call returns the nodes without predecessors; later ones return the
        nodes that the calls of done() since have unblocked, or an empty tuple when
        nothing more can progress. Raises ValueError before prepare().
        """
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        batch = tuple(self._ready)
        for node in batch:
            self._vertices[node].state = _HANDED_OUT
        self._ready.clear()
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        """Whether more progress can be made: some nodes are ready but not handed out
        yet, or fewer nodes are done than get_ready() has handed out (a cycle may block
        the rest). Raises ValueError before prepare().
        """
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Report the given nodes, handed out by get_ready(), as processed, so that the
        nodes waiting only for them become ready.

        Raises ValueError before prepare(), and for a node that is not in the graph,
        was not handed out yet, or was already reported done.
        """
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            vertex = self._vertices.get(node)
            if vertex is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if vertex.state == _WAITING:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            if vertex.state == _FINISHED:
                raise ValueError(f"node {node!r} was already marked done")
            vertex.state = _FINISHED
            for successor in vertex.successors:
                waiting = self._vertices[successor]
                waiting.pending -= 1
                if waiting.pending == 0:
                    self._ready.append(successor)
            self._finished += 1

    def _find_cycle(self):
        """A cycle of the graph as a list of nodes (its first node repeated at the end),
        or None: a depth-first walk along the successor edges, from each node in the order
        they were added, stopping at the first edge back into the current path."""
        visited = set()
        for start in self._vertices:
            if start in visited:
                continue
            visited.add(start)
            path = [start]
            position = {start: 0}       # index in path of each node on it
            branches = [iter(self._vertices[start].successors)]
            while branches:
                node = next(branches[-1], _EXHAUSTED)
                if node is _EXHAUSTED:
                    branches.pop()
                    del position[path.pop()]
                elif node in position:
                    return path[position[node]:] + [node]
                elif node not in visited:
                    visited.add(node)
                    position[node] = len(path)
                    path.append(node)
                    branches.append(iter(self._vertices[node].successors))
        return None

    def static_order(self):
        """Prepare the graph and generate all its nodes in a topological order (which may
        depend on the order they were added in). Needs no calls of prepare() or done();
        raises CycleError if the graph has a cycle.
        """
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)


_EXHAUSTED = object()
