"""Wrapping and filling paragraphs of text, shortening, dedenting and indenting."""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace textwrap knows about: ASCII only, whatever the locale.
_whitespace = '\t\n\x0b\x0c\r '


def _is_letter(c):
    # A word character that is not a digit (so letters and '_').
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_word_punct(c):
    return _is_word_char(c) or c in '!"\'&.,?'


def _split_words(text, on_hyphens):
    """The chunks wrapping works on: whitespace runs, words, and (with on_hyphens) the
    pieces of hyphenated words and em-dashes, which may end a line."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        j = i
        if text[i] in _whitespace:
            while j < n and text[j] in _whitespace:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        end = i
        while end < n and text[end] not in _whitespace:
            end += 1
        if not on_hyphens:
            chunks.append(text[i:end])
            i = end
            continue
        while i < end:
            dash = _dash_run(text, i, end)
            if dash:
                chunks.append(text[i:i + dash])
                i += dash
                continue
            k = i + 1
            while k < end and not _breaks_after(text, k, end):
                k += 1
            chunks.append(text[i:k])
            i = k
    return chunks


def _dash_run(text, i, end):
    """Length of an em-dash ('--' or longer between a word and a word char) at i, else 0."""
    if i == 0 or not _is_word_punct(text[i - 1]):
        return 0
    k = i
    while k < end and text[k] == '-':
        k += 1
    if k - i >= 2 and k < end and _is_word_char(text[k]):
        return k - i
    return 0


def _breaks_after(text, k, end):
    """Whether a word piece may end just before index k."""
    if text[k - 1] == '-':
        # After the hyphen of a hyphenated word: two letters before it (or letter-letter-),
        # and a letter, an optional hyphen and a letter after it.
        before_ok = ((k >= 3 and _is_letter(text[k - 2]) and _is_letter(text[k - 3])) or
                     (k >= 4 and _is_letter(text[k - 2]) and text[k - 3] == '-'
                      and _is_letter(text[k - 4])))
        if before_ok and k < end and _is_letter(text[k]):
            nxt = k + 1
            if nxt < end and text[nxt] == '-':
                nxt += 1
            if nxt < end and _is_letter(text[nxt]):
                return True
    # Before an em-dash.
    if _is_word_punct(text[k - 1]):
        d = k
        while d < end and text[d] == '-':
            d += 1
        if d - k >= 2 and d < end and _is_word_char(text[d]):
            return True
    return False


_sentence_end = re.compile(r'[a-z][\.\!\?][\"\']?\Z')


class TextWrapper:
    """Wraps paragraphs to a width; each option is an attribute of the same name."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))
    sentence_end_re = _sentence_end

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        return _split_words(text, self.break_on_hyphens)

    def _fix_sentence_endings(self, chunks):
        # Two spaces after a sentence end: "word." followed by a single space.
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self.sentence_end_re.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        room = width - cur_len if width >= 1 else 1
        if self.break_long_words:
            cut = room
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > room:
                # Prefer to cut after a hyphen that fits, if some non-hyphen precedes it.
                hyphen = chunk.rfind('-', 0, room)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    cut = hyphen + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        pending = list(reversed(chunks))
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and pending[-1].strip() == '':
                pending.pop()
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= width:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, used, width)
                used = sum(len(piece) for piece in line)
            if self.drop_whitespace and line and line[-1].strip() == '':
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_is_blank = (not pending or
                             (self.drop_whitespace and len(pending) == 1
                              and not pending[0].strip()))
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and used <= width)):
                lines.append(indent + ''.join(line))
                continue
            # The last allowed line: end it with the placeholder.
            while line:
                if line[-1].strip() and used + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    break
                used -= len(line[-1])
                line.pop()
            else:
                if lines:
                    previous = lines[-1].rstrip()
                    if len(previous) + len(self.placeholder) <= self.width:
                        lines[-1] = previous + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and cut the text to fit width, ending in the placeholder."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    stripped = line.lstrip(' \t')
    return line[:len(line) - len(stripped)]


def dedent(text):
    """Remove the whitespace prefix that every non-blank line shares.

    Lines holding only spaces and tabs become empty; tabs and spaces are not equated."""
    lines = text.split('\n')
    margin = None
    for index, line in enumerate(lines):
        if line.strip(' \t') == '':
            lines[index] = ''
            continue
        prefix = _leading_blanks(line)
        if margin is None or prefix.startswith(margin):
            if margin is None:
                margin = prefix
        elif margin.startswith(prefix):
            margin = prefix
        else:
            common = 0
            while common < len(margin) and common < len(prefix) and margin[common] == prefix[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put prefix before each line for which predicate is true (default: not blank)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
