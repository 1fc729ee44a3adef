"""Comparing sequences: SequenceMatcher, and the line-oriented deltas built on it
(Differ/ndiff, unified_diff, context_diff), plus get_close_matches and restore."""

import re
from collections import namedtuple as _namedtuple

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio(matches, total):
    return 2.0 * matches / total if total else 1.0


# The opcode for a stretch between two matching blocks, by (a has items, b has items).
_GAP_TAGS = {(True, True): 'replace', (True, False): 'delete',
             (False, True): 'insert', (False, False): None}


class SequenceMatcher:
    """Finds the longest contiguous matching blocks of two sequences of hashables,
    recursively on both sides of each match (Ratcliff/Obershelp "gestalt" matching),
    with junk elements and, for long b sequences, very frequent elements ignored
    as match seeds."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Compare a with b from now on."""
        self.set_seq1(a)
        self.set_seq2(b)

    def _forget_results(self):
        self.matching_blocks = None
        self.opcodes = None

    def set_seq1(self, a):
        """Compare a with the same b (cheap: b's index is kept)."""
        if a is not self.a:
            self.a = a
            self._forget_results()

    def set_seq2(self, b):
        """Compare the same a with b (b is indexed again)."""
        if b is not self.b:
            self.b = b
            self._forget_results()
            self.fullbcount = None
            self._index_b()

    def _index_b(self):
        # b2j: element -> ascending positions in b, without junk and popular elements.
        b = self.b
        where = {}
        for pos, elt in enumerate(b):
            spots = where.get(elt)
            if spots is None:
                where[elt] = [pos]
            else:
                spots.append(pos)
        junk = set()
        if self.isjunk:
            for elt in where:
                if self.isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del where[elt]
        popular = set()
        size = len(b)
        if self.autojunk and size >= 200:
            threshold = size // 100 + 1
            for elt, spots in where.items():
                if len(spots) > threshold:
                    popular.add(elt)
            for elt in popular:
                del where[elt]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest block a[i:i+k] == b[j:j+k] within the ranges: earliest in a,
        then earliest in b among equals; junk may only extend a block at its ends."""
        a, b, b2j, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_k = alo, blo, 0
        # run_ending_at[j]: length of the match ending at a[i-1], b[j].
        run_ending_at = {}
        empty = ()
        for i in range(alo, ahi):
            runs = {}
            for j in b2j.get(a[i], empty):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = run_ending_at.get(j - 1, 0) + 1
                runs[j] = k
                if k > best_k:
                    best_i, best_j, best_k = i - k + 1, j - k + 1, k
            run_ending_at = runs

        # Grow the block over equal popular elements, then over equal junk.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo and
                   (b[best_j - 1] in junk) == want_junk and
                   a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best_k += 1
            while (best_i + best_k < ahi and best_j + best_k < bhi and
                   (b[best_j + best_k] in junk) == want_junk and
                   a[best_i + best_k] == b[best_j + best_k]):
                best_k += 1
        return Match(best_i, best_j, best_k)

    def get_matching_blocks(self):
        """Triples (i, j, n) with a[i:i+n] == b[j:j+n], ascending, ending with
        (len(a), len(b), 0); adjacent blocks are merged."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        len_a, len_b = len(self.a), len(self.b)
        todo = [(0, len_a, 0, len_b)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = match = self.find_longest_match(alo, ahi, blo, bhi)
            if not k:
                continue
            found.append(match)
            if alo < i and blo < j:
                todo.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        cur_i = cur_j = cur_k = 0
        for i, j, k in found:
            if cur_i + cur_k == i and cur_j + cur_k == j:
                cur_k += k
                continue
            if cur_k:
                merged.append(Match(cur_i, cur_j, cur_k))
            cur_i, cur_j, cur_k = i, j, k
        if cur_k:
            merged.append(Match(cur_i, cur_j, cur_k))
        merged.append(Match(len_a, len_b, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b; tags are 'replace', 'delete',
        'insert' and 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        steps = []
        a_at = b_at = 0
        for a_start, b_start, size in self.get_matching_blocks():
            # What lies between the previous block and this one.
            tag = _GAP_TAGS[a_at < a_start, b_at < b_start]
            if tag:
                steps.append((tag, a_at, a_start, b_at, b_start))
            a_at, b_at = a_start + size, b_start + size
            if size:
                steps.append(('equal', a_start, a_at, b_start, b_at))
        self.opcodes = steps
        return steps

    def get_grouped_opcodes(self, n=3):
        """Groups of opcodes with at most n lines of context around each change (the
        hunks of a unified or context diff)."""
        codes = list(self.get_opcodes()) or [("equal", 0, 1, 0, 1)]
        first, last = codes[0], codes[-1]
        if first[0] == 'equal':
            codes[0] = ('equal', max(first[1], first[2] - n), first[2],
                        max(first[3], first[4] - n), first[4])
        if last[0] == 'equal':
            last = codes[-1]
            codes[-1] = ('equal', last[1], min(last[2], last[1] + n),
                         last[3], min(last[4], last[3] + n))
        hunk = []
        for tag, a0, a1, b0, b1 in codes:
            if tag == 'equal' and a1 - a0 > 2 * n:
                # A long stretch of equal lines ends one hunk and starts the next.
                hunk.append((tag, a0, min(a1, a0 + n), b0, min(b1, b0 + n)))
                yield hunk
                hunk = []
                a0, b0 = max(a0, a1 - n), max(b0, b1 - n)
            hunk.append((tag, a0, a1, b0, b1))
        if hunk and not (len(hunk) == 1 and hunk[0][0] == 'equal'):
            yield hunk

    def ratio(self):
        """2.0 * matches / total length, in [0, 1]."""
        matched = 0
        for block in self.get_matching_blocks():
            matched += block[2]
        return _ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio() from element counts alone."""
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        remaining = {}
        matched = 0
        for elt in self.a:
            left = remaining.get(elt)
            if left is None:
                left = self.fullbcount.get(elt, 0)
            remaining[elt] = left - 1
            if left > 0:
                matched += 1
        return _ratio(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio() from the lengths alone."""
        len_a, len_b = len(self.a), len(self.b)
        return _ratio(min(len_a, len_b), len_a + len_b)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) possibilities scoring at least cutoff against word, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff and
                matcher.quick_ratio() >= cutoff and
                matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    # Highest score first; among equal scores the greater string first, as nlargest does.
    scored.sort(reverse=True)
    return [candidate for score, candidate in scored[:n]]


def _blank_tags_keep_whitespace(line, tags):
    # Where a hint line has a blank under a tab (or other whitespace), keep that character
    # so the marks stay lined up under the text.
    return ''.join(ch if mark == ' ' and ch.isspace() else mark
                   for ch, mark in zip(line, tags))


# Opcodes shown line by line: their mark, and whether the lines come from a.
_DUMP_MARKS = {'delete': ('-', True), 'insert': ('+', False), 'equal': (' ', True)}


class Differ:
    """Line-by-line deltas for humans: '- ', '+ ', '  ' lines, and '? ' lines marking
    the changed characters within similar line pairs."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """The delta of two lists of lines (with their newlines), as lines."""
        for tag, a0, a1, b0, b1 in SequenceMatcher(self.linejunk, a, b).get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, a0, a1, b, b0, b1)
            elif tag in _DUMP_MARKS:
                mark, from_a = _DUMP_MARKS[tag]
                yield from (self._dump(mark, a, a0, a1) if from_a
                            else self._dump(mark, b, b0, b1))
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        return ['%s %s' % (tag, line) for line in x[lo:hi]]

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # The shorter block first, so that a sync point is easier to see.
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Find the most similar pair of lines (ratio above 0.75) and show it as a changed
        # line with '?' hints; recurse on the blocks before and after it. Without such a
        # pair, an identical pair serves as the sync point, else a plain replace.
        best, cutoff = 0.74, 0.75
        best_i = best_j = None
        same_i = same_j = None
        chars = SequenceMatcher(self.charjunk)
        for j in range(blo, bhi):
            b_line = b[j]
            chars.set_seq2(b_line)
            for i in range(alo, ahi):
                a_line = a[i]
                if a_line == b_line:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                chars.set_seq1(a_line)
                if (chars.real_quick_ratio() > best and
                        chars.quick_ratio() > best and
                        chars.ratio() > best):
                    best, best_i, best_j = chars.ratio(), i, j
        if best < cutoff:
            if same_i is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j = same_i, same_j
            identical = True
        else:
            identical = False

        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        a_line, b_line = a[best_i], b[best_j]
        if identical:
            yield '  ' + a_line
        else:
            a_tags = []
            b_tags = []
            chars.set_seqs(a_line, b_line)
            for tag, i1, i2, j1, j2 in chars.get_opcodes():
                if tag == 'replace':
                    a_tags.append('^' * (i2 - i1))
                    b_tags.append('^' * (j2 - j1))
                elif tag == 'delete':
                    a_tags.append('-' * (i2 - i1))
                elif tag == 'insert':
                    b_tags.append('+' * (j2 - j1))
                elif tag == 'equal':
                    a_tags.append(' ' * (i2 - i1))
                    b_tags.append(' ' * (j2 - j1))
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(a_line, b_line, ''.join(a_tags), ''.join(b_tags))
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _blank_tags_keep_whitespace(aline, atags).rstrip()
        btags = _blank_tags_keep_whitespace(bline, btags).rstrip()
        yield "- " + aline
        if atags:
            yield "? %s\n" % atags
        yield "+ " + bline
        if btags:
            yield "? %s\n" % btags


_blank_or_comment = re.compile(r"\s*(?:#\s*)?$")


def IS_LINE_JUNK(line, pat=_blank_or_comment.match):
    """True for a blank line or one holding only '#' and whitespace."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


def _format_range_unified(start, stop):
    # 'start,length' with 1-based start; an empty range names the line before it.
    first = start + 1
    length = stop - start
    if length == 1:
        return '%d' % first
    if not length:
        first -= 1
    return '%d,%d' % (first, length)


def _format_range_context(start, stop):
    # 'first,last' with 1-based lines.
    first = start + 1
    length = stop - start
    if not length:
        first -= 1
    if length <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + length - 1)


def _require_str(a, b, *names):
    for seq in (a, b):
        if seq and not isinstance(seq[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)' %
                            (type(seq[0]).__name__, seq[0]))
    for value in names:
        if not isinstance(value, str):
            raise TypeError('all arguments must be str, not: %r' % (value,))


def _file_headers(mark_a, mark_b, fromfile, tofile, fromfiledate, tofiledate, lineterm):
    from_date = '\t' + fromfiledate if fromfiledate else ''
    to_date = '\t' + tofiledate if tofiledate else ''
    return ('%s %s%s%s' % (mark_a, fromfile, from_date, lineterm),
            '%s %s%s%s' % (mark_b, tofile, to_date, lineterm))


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """The differences of two lists of lines in unified format (---, +++, @@ hunks)."""
    _require_str(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    header_done = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield from _file_headers('---', '+++', fromfile, tofile,
                                     fromfiledate, tofiledate, lineterm)
        yield '@@ -%s +%s @@%s' % (_format_range_unified(group[0][1], group[-1][2]),
                                   _format_range_unified(group[0][3], group[-1][4]),
                                   lineterm)
        for tag, a0, a1, b0, b1 in group:
            if tag == 'equal':
                yield from (' ' + line for line in a[a0:a1])
                continue
            if tag in ('replace', 'delete'):
                yield from ('-' + line for line in a[a0:a1])
            if tag in ('replace', 'insert'):
                yield from ('+' + line for line in b[b0:b1])


_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='',
                 fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """The differences of two lists of lines in context format (***, --- sections)."""
    _require_str(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    header_done = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield from _file_headers('***', '---', fromfile, tofile,
                                     fromfiledate, tofiledate, lineterm)
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_format_range_context(group[0][1], group[-1][2]), lineterm)
        if any(op[0] in ('replace', 'delete') for op in group):
            for tag, a0, a1, _, _ in group:
                if tag != 'insert':
                    yield from (_CONTEXT_MARK[tag] + line for line in a[a0:a1])
        yield '--- %s ----%s' % (_format_range_context(group[0][3], group[-1][4]), lineterm)
        if any(op[0] in ('replace', 'insert') for op in group):
            for tag, _, _, b0, b1 in group:
                if tag != 'delete':
                    yield from (_CONTEXT_MARK[tag] + line for line in b[b0:b1])


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'',
               fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    """Run a str diff function (unified_diff, context_diff) on bytes, as latin-1 text."""
    def as_text(value):
        try:
            return value.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)' %
                            (type(value).__name__, value)) from err
    lines = dfunc([as_text(x) for x in a], [as_text(x) for x in b],
                  as_text(fromfile), as_text(tofile),
                  as_text(fromfiledate), as_text(tofiledate), n, as_text(lineterm))
    for line in lines:
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """A Differ delta of two lists of lines (see Differ)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences an ndiff()/compare() delta was made from (1 or 2)."""
    try:
        mine = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] in ("  ", mine):
            yield line[2:]


class HtmlDiff:
    """Side-by-side HTML tables of two lists of lines (not yet written)."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("difflib.HtmlDiff is not available in Ferrython yet")
