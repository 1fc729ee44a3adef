"""The csv module: reading and writing CSV files (PEP 305).

The parsing, writing and dialect registry come from _csv; this module adds the
dialect base class and the standard dialects, the dictionary-based reader and
writer, and the Sniffer that guesses a file's format from a sample.
"""

import re
import types
from io import StringIO
from _csv import (
    Error, __version__, reader, writer, register_dialect, unregister_dialect,
    get_dialect, list_dialects, field_size_limit, QUOTE_MINIMAL, QUOTE_ALL,
    QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL, Dialect as _Dialect,
    __doc__,
)

# The public names, in CPython's order.
__all__ = """
    QUOTE_MINIMAL QUOTE_ALL QUOTE_NONNUMERIC QUOTE_NONE QUOTE_STRINGS QUOTE_NOTNULL
    Error Dialect __doc__ excel excel_tab field_size_limit reader writer
    register_dialect get_dialect list_dialects Sniffer unregister_dialect
    __version__ DictReader DictWriter unix_dialect
""".split()


class Dialect:
    '''Describe a CSV dialect.

    This must be subclassed (see csv.excel).  Valid attributes are:
    delimiter, quotechar, escapechar, doublequote, skipinitialspace,
    lineterminator, quoting.

    '''
    _name = ""
    _valid = False
    # Unset settings: a subclass that forgets one fails validation.
    delimiter = quotechar = escapechar = doublequote = None
    skipinitialspace = lineterminator = quoting = None

    def _validate(self):
        # _csv checks the settings; a bad dialect is reported as a csv.Error.
        try:
            _Dialect(self)
        except TypeError as exc:
            raise Error(str(exc))

    def __init__(self):
        # The base class is never valid: all its settings are None.
        self._valid = type(self) is not Dialect
        self._validate()


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    quoting = QUOTE_MINIMAL
    delimiter = ','
    lineterminator = '\r\n'
    quotechar = '"'
    skipinitialspace = False
    doublequote = True


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'



class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    quoting = QUOTE_ALL
    delimiter = ','
    lineterminator = '\n'
    quotechar = '"'
    skipinitialspace = False
    doublequote = True


for _name, _dialect in (("excel", excel), ("excel-tab", excel_tab), ("unix", unix_dialect)):
    register_dialect(_name, _dialect)
del _name, _dialect


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)  # a one-shot iterator: keep its names
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self._fieldnames = fieldnames
        self.restkey, self.restval = restkey, restval
        self.line_num = 0

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            # Without given names the first row holds them, read on first use.
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, names):
        self._fieldnames = names

    def __next__(self):
        if not self.line_num:
            self.fieldnames  # reads the header row if there is one
        # Blank rows are skipped: they would give dicts of restval only.
        row = next(self.reader)
        while not row:
            row = next(self.reader)
        self.line_num = self.reader.line_num
        names = self.fieldnames
        result = dict(zip(names, row))
        if len(row) > len(names):
            result[self.restkey] = row[len(names):]
        else:
            for name in names[len(row):]:
                result[name] = self.restval
        return result

    def __iter__(self):
        return self

    __class_getitem__ = classmethod(types.GenericAlias)


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)  # it is read once per row
        self.fieldnames = fieldnames
        self.restval = restval
        self.extrasaction = extrasaction.lower()
        if self.extrasaction not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(map(repr, unknown)))
        return (rowdict.get(name, self.restval) for name in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._dict_to_list(row) for row in rowdicts)

    __class_getitem__ = classmethod(types.GenericAlias)


# ---- the Sniffer ----

# Where a quoted field sits, from the most to the least telling: the regexes
# are tried in turn and the first that matches anywhere is used.  Each names
# the quote and, when it can tell, the delimiter and a space after it.
_QUOTE = r'(?P<quote>["\'])'
_DELIM = r'(?P<delim>[^\w\n"\'])'
_SPACE = r'(?P<space> ?)'
_QUOTED_FIELD_PATTERNS = [
    re.compile(pattern, re.DOTALL | re.MULTILINE) for pattern in (
        _DELIM + _SPACE + _QUOTE + r'.*?(?P=quote)(?P=delim)',      # ,"x",
        r'(?:^|\n)' + _QUOTE + r'.*?(?P=quote)' + _DELIM + _SPACE,  # "x", at line start
        _DELIM + _SPACE + _QUOTE + r'.*?(?P=quote)(?:$|\n)',        # ,"x" at line end
        r'(?:^|\n)' + _QUOTE + r'.*?(?P=quote)(?:$|\n)',            # "x" alone on a line
    )
]
del _QUOTE, _DELIM, _SPACE


def _line_start_spaced(line, delim):
    """Whether every delimiter of the line is followed by a space."""
    return line.count(delim) == line.count(delim + " ")


class Sniffer:
    """
    "Sniffs" the format of a CSV file (i.e. delimiter, quotechar)
    Returns a Dialect object.
    """

    def __init__(self):
        # Delimiters to choose among when several fit equally well.
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        '''
        Returns a dialect (or None) corresponding to the sample
        '''
        guess = self._guess_quote_and_delimiter(sample, delimiters)
        quotechar, doublequote, delimiter, skipinitialspace = guess
        if not delimiter:
            # No quoted fields to tell: count characters instead.
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
            if not delimiter:
                raise Error("Could not determine delimiter")

        # A new class each time, as the sniffed settings are set on it.
        class dialect(Dialect):
            quoting = QUOTE_MINIMAL
            lineterminator = '\r\n'
            _name = "sniffed"

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'  # the default when none was seen
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """Guess from quoted fields: (quotechar, doublequote, delimiter,
        skipinitialspace), or ('', False, None, 0) without any."""
        for pattern in _QUOTED_FIELD_PATTERNS:
            found = list(pattern.finditer(data))
            if found:
                break
        else:
            return ('', False, None, 0)
        quote_votes = {}
        delim_votes = {}
        spaced = 0
        for match in found:
            groups = match.groupdict()
            quote_votes[groups["quote"]] = quote_votes.get(groups["quote"], 0) + 1
            delim = groups.get("delim")
            if delim and (delimiters is None or delim in delimiters):
                delim_votes[delim] = delim_votes.get(delim, 0) + 1
            if groups.get("space"):
                spaced += 1
        quotechar = max(quote_votes, key=quote_votes.get)
        if delim_votes:
            delim = max(delim_votes, key=delim_votes.get)
            skipinitialspace = delim_votes[delim] == spaced
            if delim == '\n':  # a line break is never the delimiter
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        # A field holding the quote twice means quotes are doubled inside fields.
        d, q = re.escape(delim), re.escape(quotechar)
        doubled = re.compile(r'((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)'
                             % (d, q, d, q, d, q, d), re.MULTILINE)
        doublequote = doubled.search(data) is not None
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """Guess the delimiter as the character that occurs the same number of
        times on (nearly) every line: returns (delimiter, skipinitialspace),
        or ('', 0).  Lines are examined ten at a time, more only if needed."""
        lines = [line for line in data.split('\n') if line]
        chunk = min(10, len(lines))
        # For each character: {count on a line: number of lines with that count}.
        histograms = {}
        modes = {}
        candidates = {}
        seen = 0
        while seen < len(lines):
            for line in lines[seen:seen + chunk]:
                for code in range(127):
                    char = chr(code)
                    histogram = histograms.setdefault(char, {})
                    count = line.count(char)
                    histogram[count] = histogram.get(count, 0) + 1
            seen += chunk
            for char, histogram in histograms.items():
                counts = list(histogram.items())
                if counts == [(0, counts[0][1])]:
                    continue  # never on any line
                # The usual count, weighed down by the lines that differ.
                best = max(counts, key=lambda item: item[1])
                others = sum(lines_ for count, lines_ in counts) - best[1]
                modes[char] = (best[0], best[1] - others)
            total = float(min(seen, len(lines)))
            # Accept characters that keep their count on nearly all lines,
            # lowering the bar from 100% to 90% until one qualifies.
            consistency = 1.0
            while not candidates and consistency >= 0.9:
                for char, (count, lines_) in modes.items():
                    if (count > 0 and lines_ > 0 and lines_ / total >= consistency
                            and (delimiters is None or char in delimiters)):
                        candidates[char] = (count, lines_)
                consistency -= 0.01
            if len(candidates) == 1:
                delim = next(iter(candidates))
                return (delim, _line_start_spaced(lines[0], delim))
        if not candidates:
            return ('', 0)
        # Several qualify: take the first preferred one among them.
        for delim in self.preferred:
            if delim in candidates:
                return (delim, _line_start_spaced(lines[0], delim))
        # No preference applies: the one with the highest mode wins.
        delim = max(candidates, key=lambda char: (candidates[char], char))
        return (delim, _line_start_spaced(lines[0], delim))

    def has_header(self, sample):
        # The first row is a header when its cells look unlike the cells
        # below them: each column is given a type (complex when every value
        # parses as a number, otherwise a length when all values have the
        # same one); columns without a consistent type are left out.
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kinds[col] is None:
                    kinds[col] = kind
                elif kind != kinds[col]:
                    del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if type(kind) is int:
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
