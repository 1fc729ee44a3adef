"""The lenient RFC 822 parsers behind email.utils: dates (parsedate_tz and friends) and
address lists (AddressList, which turns 'Name <box@host>, other@host' into
(realname, address) pairs)."""

__all__ = ['mktime_tz', 'parsedate', 'parsedate_tz', 'quote']

import calendar
import time

SPACE = ' '
EMPTYSTRING = ''
COMMASPACE = ', '

_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun',
           'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
_LONG_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july',
                'august', 'september', 'october', 'november', 'december']
_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

# The zone names of RFC 822, as +HHMM numbers.
_ZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
          'AST': -400, 'ADT': -300,
          'EST': -500, 'EDT': -400,
          'CST': -600, 'CDT': -500,
          'MST': -700, 'MDT': -600,
          'PST': -800, 'PDT': -700}


def _month_number(word):
    """1-12 for a month name (short or long, any case), else None."""
    word = word.lower()
    if word in _MONTHS:
        return _MONTHS.index(word) + 1
    if word in _LONG_MONTHS:
        return _LONG_MONTHS.index(word) + 1
    return None


def _split_clock(text):
    """[hours, minutes, seconds] strings of 'hh:mm[:ss]' (or 'hh.mm[.ss]'), or None."""
    fields = text.split(':')
    if len(fields) == 1 and '.' in text:
        fields = text.split('.')
    if len(fields) == 2:
        return fields + ['0']
    if len(fields) == 3:
        return fields
    return None


def _zone_seconds(zone):
    """The offset from UTC in seconds named by `zone` ('+0200', 'EST'...), or None when it
    is unknown ('-0000' means unknown too)."""
    zone = zone.upper()
    if zone in _ZONES:
        number = _ZONES[zone]
    else:
        try:
            number = int(zone)
        except ValueError:
            return None
        if number == 0 and zone.startswith('-'):
            return None
    if not number:
        return number
    sign = -1 if number < 0 else 1
    number = abs(number)
    return sign * ((number // 100) * 3600 + (number % 100) * 60)


def _parsedate_tz(data):
    """The fields of an RFC 822 date as a list of 10 items (the last the zone offset in
    seconds, None when unknown), or None when `data` is not a date."""
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    # A leading day name ("Mon," or "Mon") goes; so does anything up to a comma.
    if words[0].endswith(',') or words[0].lower() in _DAYS:
        del words[0]
    else:
        comma = words[0].rfind(',')
        if comma >= 0:
            words[0] = words[0][comma + 1:]
    if len(words) == 3:
        # RFC 850 style: "01-Jan-99 10:00 GMT".
        dashed = words[0].split('-')
        if len(dashed) == 3:
            words = dashed + words[1:]
    if len(words) == 4:
        # The zone may be glued to the time: "10:00:00+0100".
        last = words[3]
        cut = last.find('+')
        if cut == -1:
            cut = last.find('-')
        if cut > 0:
            words[3:] = [last[:cut], last[cut:]]
        else:
            words.append('')
    if len(words) < 5:
        return None
    day, month, year, clock, zone = words[:5]
    if not (day and month and year):
        return None
    month_number = _month_number(month)
    if month_number is None:
        # "Jan 01 ..." order.
        day, month_number = month, _month_number(day)
        if month_number is None:
            return None
    if day.endswith(','):
        day = day[:-1]
    if year.find(':') > 0:
        year, clock = clock, year
    if year.endswith(','):
        year = year[:-1]
        if not year:
            return None
    if not year[0].isdigit():
        year, zone = zone, year
    if clock.endswith(','):
        clock = clock[:-1]
    hms = _split_clock(clock)
    if hms is None:
        return None
    try:
        numbers = [int(year), int(day)] + [int(part) for part in hms]
    except ValueError:
        return None
    year, day, hours, minutes, seconds = numbers
    # Two-digit years, as RFC 2822 section 4.3 says to read them.
    if year < 100:
        year += 1900 if year > 68 else 2000
    return [year, month_number, day, hours, minutes, seconds, 0, 1, -1,
            _zone_seconds(zone)]


def parsedate_tz(data):
    """A 10-tuple for an RFC 2822 date: the 9 fields of time.struct_time and the offset from
    UTC in seconds (0 when the zone is unknown); None when `data` is not a date."""
    fields = _parsedate_tz(data)
    if not fields:
        return None
    if fields[9] is None:
        fields[9] = 0
    return tuple(fields)


def parsedate(data):
    """Like parsedate_tz(), without the zone: a 9-tuple usable with time.mktime()."""
    fields = parsedate_tz(data)
    if isinstance(fields, tuple):
        return fields[:9]
    return fields


def mktime_tz(data):
    """The POSIX timestamp of a 10-tuple from parsedate_tz()."""
    if data[9] is None:
        # No zone: local time.
        return time.mktime(data[:8] + (-1,))
    return calendar.timegm(data) - data[9]


def quote(str):
    """Backslash-escape the backslashes and double quotes of `str`, for a quoted string."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


class AddrlistClass:
    """A scanner of an RFC 822 address list. getaddrlist() returns its (realname, address)
    pairs; it is forgiving, and a part it cannot read becomes ('', '')."""

    def __init__(self, field):
        self.field = field
        self.pos = 0
        self.commentlist = []
        # The character classes of RFC 822 (kept as attributes, as the old class had them).
        self.specials = '()<>@,:;.\"[]'
        self.LWS = ' \t'
        self.CR = '\r\n'
        self.FWS = ' \t\r\n'
        self.atomends = self.specials + self.FWS
        # A phrase may hold dots ("J. Smith"), which obs-phrase allows.
        self.phraseends = self.atomends.replace('.', '')

    def _peek(self):
        """The character at the position, or '' at the end."""
        return self.field[self.pos] if self.pos < len(self.field) else ''

    def gotonext(self):
        """Skip blanks, line breaks and comments (the comments are collected); return the
        blanks skipped, line breaks excluded."""
        blanks = []
        while self.pos < len(self.field):
            char = self.field[self.pos]
            if char == '(':
                self.commentlist.append(self.getcomment())
            elif char in self.LWS or char in '\n\r':
                if char in self.LWS:
                    blanks.append(char)
                self.pos += 1
            else:
                break
        return EMPTYSTRING.join(blanks)

    def getaddrlist(self):
        """All the addresses of the field, as (realname, address) pairs."""
        found = []
        while self.pos < len(self.field):
            pairs = self.getaddress()
            found.extend(pairs if pairs else [('', '')])
        return found

    def getaddress(self):
        """The next address (a list: a group gives several pairs, an unreadable one none)."""
        self.commentlist = []
        self.gotonext()
        start, comments_at_start = self.pos, self.commentlist
        phrase = self.getphraselist()
        self.gotonext()
        char = self._peek()
        pairs = []
        if not char:
            # Words and no address: the first word is taken for one.
            if phrase:
                pairs = [(SPACE.join(self.commentlist), phrase[0])]
        elif char in '.@':
            # A bare addr-spec: read it again from the start as one.
            self.pos, self.commentlist = start, comments_at_start
            spec = self.getaddrspec()
            pairs = [(SPACE.join(self.commentlist), spec)]
        elif char == ':':
            # A group "name: a, b;" gives its members.
            self.pos += 1
            while self.pos < len(self.field):
                self.gotonext()
                if self._peek() == ';':
                    self.pos += 1
                    break
                pairs = pairs + self.getaddress()
        elif char == '<':
            route = self.getrouteaddr()
            name = SPACE.join(phrase)
            if self.commentlist:
                name += ' (' + ' '.join(self.commentlist) + ')'
            pairs = [(name, route)]
        elif phrase:
            pairs = [(SPACE.join(self.commentlist), phrase[0])]
        elif char in self.specials:
            self.pos += 1
        self.gotonext()
        if self._peek() == ',':
            self.pos += 1
        return pairs

    def getrouteaddr(self):
        """The address of '<[@route,...:]box@host>' (the obsolete route is dropped)."""
        if self._peek() != '<':
            return None
        self.pos += 1
        self.gotonext()
        address = ''
        in_route = False
        while self.pos < len(self.field):
            char = self.field[self.pos]
            if in_route:
                self.getdomain()
                in_route = False
            elif char == '>':
                self.pos += 1
                break
            elif char == '@':
                self.pos += 1
                in_route = True
            elif char == ':':
                self.pos += 1
            else:
                address = self.getaddrspec()
                self.pos += 1
                break
            self.gotonext()
        return address

    def getaddrspec(self):
        """'local@domain' (whitespace kept inside the local part as written; '' when the
        domain is not valid)."""
        local = []
        self.gotonext()
        while self.pos < len(self.field):
            char = self.field[self.pos]
            keep_blanks = True
            if char == '.':
                if local and not local[-1].strip():
                    local.pop()
                local.append('.')
                self.pos += 1
                keep_blanks = False
            elif char == '"':
                local.append('"%s"' % quote(self.getquote()))
            elif char in self.atomends:
                if local and not local[-1].strip():
                    local.pop()
                break
            else:
                local.append(self.getatom())
            blanks = self.gotonext()
            if keep_blanks and blanks:
                local.append(blanks)
        if self._peek() != '@':
            return EMPTYSTRING.join(local)
        self.pos += 1
        self.gotonext()
        domain = self.getdomain()
        if not domain:
            return EMPTYSTRING
        return EMPTYSTRING.join(local) + '@' + domain

    def getdomain(self):
        """A domain: dot-separated atoms and [literals]; '' when a second '@' follows."""
        parts = []
        while self.pos < len(self.field):
            char = self.field[self.pos]
            if char in self.LWS:
                self.pos += 1
            elif char == '(':
                self.commentlist.append(self.getcomment())
            elif char == '[':
                parts.append(self.getdomainliteral())
            elif char == '.':
                self.pos += 1
                parts.append('.')
            elif char == '@':
                # "a@b@c" is refused rather than read as a@b (bpo-34155).
                return EMPTYSTRING
            elif char in self.atomends:
                break
            else:
                parts.append(self.getatom())
        return EMPTYSTRING.join(parts)

    def getdelimited(self, beginchar, endchars, allowcomments=True):
        """The text between `beginchar` (at the position) and the first of `endchars`,
        backslash escapes resolved; nested comments are read and their text inlined when
        `allowcomments`."""
        if self._peek() != beginchar:
            return ''
        self.pos += 1
        text = ['']
        escaped = False
        while self.pos < len(self.field):
            char = self.field[self.pos]
            if escaped:
                text.append(char)
                escaped = False
            elif char in endchars:
                self.pos += 1
                break
            elif allowcomments and char == '(':
                text.append(self.getcomment())
                continue
            elif char == '\\':
                escaped = True
            else:
                text.append(char)
            self.pos += 1
        return EMPTYSTRING.join(text)

    def getquote(self):
        """The text of a quoted string."""
        return self.getdelimited('"', '"\r', False)

    def getcomment(self):
        """The text of a (comment)."""
        return self.getdelimited('(', ')\r', True)

    def getdomainliteral(self):
        """A [domain literal], brackets included."""
        return '[%s]' % self.getdelimited('[', ']\r', False)

    def getatom(self, atomends=None):
        """The run of characters up to one of `atomends` (by default the atom enders)."""
        if atomends is None:
            atomends = self.atomends
        end = self.pos
        while end < len(self.field) and self.field[end] not in atomends:
            end += 1
        atom = self.field[self.pos:end]
        self.pos = end
        return atom

    def getphraselist(self):
        """The words of a phrase (atoms and quoted strings; dots allowed)."""
        words = []
        while self.pos < len(self.field):
            char = self.field[self.pos]
            if char in self.FWS:
                self.pos += 1
            elif char == '"':
                words.append(self.getquote())
            elif char == '(':
                self.commentlist.append(self.getcomment())
            elif char in self.phraseends:
                break
            else:
                words.append(self.getatom(self.phraseends))
        return words


class AddressList(AddrlistClass):
    """The parsed addresses of a field, in `addresslist`, with set-like + and -."""

    def __init__(self, field):
        AddrlistClass.__init__(self, field)
        self.addresslist = self.getaddrlist() if field else []

    def __len__(self):
        return len(self.addresslist)

    def __add__(self, other):
        combined = AddressList(None)
        combined.addresslist = self.addresslist + [
            pair for pair in other.addresslist if pair not in self.addresslist]
        return combined

    def __iadd__(self, other):
        for pair in other.addresslist:
            if pair not in self.addresslist:
                self.addresslist.append(pair)
        return self

    def __sub__(self, other):
        difference = AddressList(None)
        difference.addresslist = [pair for pair in self.addresslist
                                  if pair not in other.addresslist]
        return difference

    def __isub__(self, other):
        for pair in other.addresslist:
            if pair in self.addresslist:
                self.addresslist.remove(pair)
        return self

    def __getitem__(self, index):
        return self.addresslist[index]
