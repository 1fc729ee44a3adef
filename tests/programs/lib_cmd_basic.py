"""cmd.Cmd driven through stdin/stdout arguments with use_rawinput off:
dispatch, parseline ('?' and '!'), default, emptyline repeating the last
command, the hooks, intro and cmdqueue, help with its three sections and
columnize, and completion helpers."""
import cmd
import io


class Shell(cmd.Cmd):
    prompt = '> '
    intro = 'Welcome.'
    misc_header = 'Extra topics:'

    def preloop(self):
        print('[preloop]', file=self.stdout)

    def postloop(self):
        print('[postloop]', file=self.stdout)

    def precmd(self, line):
        print('[precmd %r]' % line, file=self.stdout)
        return line

    def postcmd(self, stop, line):
        print('[postcmd %r %r]' % (stop, line), file=self.stdout)
        return stop

    def do_greet(self, arg):
        """greet NAME: say hello."""
        print('hello', repr(arg), file=self.stdout)

    def do_add(self, arg):
        """add numbers."""
        print(sum(int(x) for x in arg.split()), file=self.stdout)

    def do_shell(self, arg):
        print('shell', repr(arg), file=self.stdout)

    def do_quiet(self, arg):
        pass

    def help_topic(self):
        print('a topic without command', file=self.stdout)

    def help_add(self):
        print('custom help for add', file=self.stdout)

    def do_EOF(self, arg):
        print('EOF reached', file=self.stdout)
        return True

    def do_bye(self, arg):
        return 'stop'


def session(text, **kw):
    out = io.StringIO()
    shell = Shell(stdin=io.StringIO(text), stdout=out)
    shell.use_rawinput = False
    shell.cmdloop(**kw)
    print(out.getvalue())
    return shell


session('greet  world  \n\nadd 1 2 3\n\n?greet\n!ls -l\nnope x\n123\nquiet\n\n')
s = session('help\nhelp add\nhelp greet\nhelp quiet\nhelp xyz\nhelp topic\nbye\nafter\n',
            intro='Other intro')
print('lastcmd', repr(s.lastcmd))

shell = Shell(stdout=io.StringIO())
print(shell.parseline('  greet  a b '))
print(shell.parseline('?x'), shell.parseline('!x'), shell.parseline(''))
print(shell.parseline('a-b'), shell.parseline('-x'))
print(shell.completenames('g'), sorted(shell.completenames('')))
print(shell.completedefault('x', 'line', 0, 1))
print(sorted(shell.complete_help('')))
shell.cmdqueue = ['greet queued', 'bye']
shell.stdin = io.StringIO('never read\n')
shell.use_rawinput = False
shell.cmdloop(intro='')
print(shell.stdout.getvalue())

out = io.StringIO()
c = cmd.Cmd(stdout=out)
c.columnize([])
c.columnize(['single'])
c.columnize(['w%d' % i for i in range(30)], displaywidth=40)
c.columnize(['a' * 30, 'b' * 30, 'c'], displaywidth=40)
c.columnize(['x', '', 'y', ''], displaywidth=10)
c.print_topics('Header', ['one', 'two'], 15, 80)
c.print_topics('Empty', [], 15, 80)
c.ruler = ''
c.print_topics('No ruler', ['three'], 15, 80)
print(out.getvalue())
try:
    c.columnize(['a', 1, 'b', None])
except TypeError as e:
    print('TypeError', e)
print(cmd.Cmd.prompt, repr(cmd.Cmd.identchars[-5:]), cmd.Cmd.doc_header, cmd.Cmd.undoc_header,
      cmd.Cmd.nohelp, cmd.Cmd.ruler, cmd.Cmd.use_rawinput, cmd.PROMPT, cmd.__all__)
out = io.StringIO()
c = cmd.Cmd(stdout=out)
c.cmdqueue = ['', 'help', 'help help']
c.onecmd('')
while c.cmdqueue:
    c.onecmd(c.cmdqueue.pop(0))
print(c.onecmd('EOF'), repr(c.lastcmd))
print(out.getvalue())
