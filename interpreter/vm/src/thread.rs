//! The interpreter (what all its threads share) and the per-thread state that runs code: the
//! value stack, the frame stack and the exception being handled.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use crate::frame::Frame;
use crate::objects::exception::{exceptions, recursion_error, PyErr};
use crate::objects::str::{intern, intern_static};
use crate::objects::{new_dict, Payload};
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// One interpreter: its builtins, its modules and its settings. An embedder may make several.
pub struct Interp {
    /// The `builtins` module.
    pub builtins: ObjRef,
    /// The `builtins` module's namespace dict object.
    pub builtins_dict: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    pub recursion_limit: AtomicUsize,
    /// Where `print` writes when `sys.stdout` is not replaced: the embedder's choice.
    pub stdout: parking_lot::Mutex<Box<dyn std::io::Write + Send>>,
    pub stderr: parking_lot::Mutex<Box<dyn std::io::Write + Send>>,
    /// The native modules made so far, by name (see `modules`).
    pub native_modules: parking_lot::Mutex<std::collections::HashMap<String, ObjRef>>,
    /// Source text of files that ran (for traceback lines), by filename.
    pub sources: parking_lot::Mutex<std::collections::HashMap<String, Arc<str>>>,
    /// The functions `atexit.register` was given, in order.
    pub exit_callbacks: parking_lot::Mutex<Vec<crate::modules::atexit::Callback>>,
    /// How many threads `_thread.start_new_thread` started are still running.
    pub thread_count: AtomicUsize,
    /// The interpreter is finalizing (after the atexit callbacks): the threads still running,
    /// daemons, stop at their next safe point and never run Python code again, as CPython's do.
    pub finalizing: std::sync::atomic::AtomicBool,
    /// The stack size for threads started from now on (`_thread.stack_size`), 0 for the default.
    pub thread_stack_size: AtomicUsize,
    /// The codec error handlers `codecs.register_error` added, by name.
    pub codec_error_handlers: parking_lot::Mutex<std::collections::HashMap<String, Value>>,
    /// `sys.flags.bytes_warning` (-b): str() of bytes and comparisons of bytes with str or int
    /// issue a BytesWarning.
    pub bytes_warning: std::sync::atomic::AtomicBool,
    /// `sys.flags.dev_mode` (-X dev): among other checks, `str.encode` and `bytes.decode`
    /// check their error handler's name even when no error happens.
    pub dev_mode: std::sync::atomic::AtomicBool,
    /// `sys.flags.optimize` (-O, -OO): what code is compiled with unless `compile()` says.
    pub optimize: std::sync::atomic::AtomicU8,
    /// What `-X importtime` and `-v` ask the import system to report.
    pub import_report: crate::import::report::ImportReport,
    /// The warning filters and registries (see `warnings`).
    pub warnings: crate::warnings::WarningsState,
    /// The functions `sys.addaudithook` added, in order.
    pub audit_hooks: parking_lot::Mutex<Vec<Value>>,
    /// What `sys.setswitchinterval` and `sys.setdlopenflags` set.
    pub runtime_settings: parking_lot::Mutex<crate::modules::sys::runtime::RuntimeSettings>,
    /// Whether a frame's `f_trace_opcodes` was ever set (see `tracing::Hooks`).
    pub opcode_tracing_requested: std::sync::atomic::AtomicBool,
    /// The import system's classes and module locks (`import::machinery`).
    pub import_machinery: std::sync::OnceLock<crate::import::machinery::Machinery>,
    /// The `sys.monitoring` tools and their events.
    pub monitoring: crate::monitoring::Monitoring,
    /// Every `Thread` of this interpreter (see `all_threads`).
    pub threads: parking_lot::Mutex<Vec<Arc<crate::all_threads::ThreadEntry>>>,
}

impl Interp {
    /// A new interpreter writing to the process's stdout and stderr.
    pub fn new() -> Arc<Interp> {
        let builtins_dict = new_dict();
        let builtins = crate::objects::new_module("builtins", builtins_dict.clone());
        let interp = Arc::new(Interp {
            builtins,
            builtins_dict,
            modules: new_dict(),
            recursion_limit: AtomicUsize::new(1000),
            stdout: parking_lot::Mutex::new(Box::new(std::io::BufWriter::new(std::io::stdout()))),
            stderr: parking_lot::Mutex::new(Box::new(std::io::stderr())),
            sources: parking_lot::Mutex::new(std::collections::HashMap::new()),
            native_modules: parking_lot::Mutex::new(std::collections::HashMap::new()),
            exit_callbacks: parking_lot::Mutex::new(Vec::new()),
            thread_count: AtomicUsize::new(0),
            finalizing: std::sync::atomic::AtomicBool::new(false),
            thread_stack_size: AtomicUsize::new(0),
            codec_error_handlers: parking_lot::Mutex::new(std::collections::HashMap::new()),
            import_machinery: std::sync::OnceLock::new(),
            opcode_tracing_requested: std::sync::atomic::AtomicBool::new(false),
            runtime_settings: parking_lot::Mutex::new(Default::default()),
            audit_hooks: parking_lot::Mutex::new(Vec::new()),
            warnings: crate::warnings::WarningsState::new(),
            import_report: Default::default(),
            optimize: std::sync::atomic::AtomicU8::new(0),
            bytes_warning: std::sync::atomic::AtomicBool::new(false),
            dev_mode: std::sync::atomic::AtomicBool::new(false),
            threads: parking_lot::Mutex::new(Vec::new()),
            monitoring: Default::default(),
        });
        crate::builtins::install(&interp);
        crate::modules::sys::install(&interp);
        crate::import::machinery::install(&interp);
        interp
    }

    /// Remembers the source of a file that is about to run.
    pub fn register_source(&self, filename: &str, text: &str) {
        self.sources.lock().insert(filename.to_string(), Arc::from(text));
    }

    /// The source text of `filename`: registered, or read from disk (and then remembered).
    pub fn source_of(&self, filename: &str) -> Option<Arc<str>> {
        if let Some(text) = self.sources.lock().get(filename) {
            return Some(text.clone());
        }
        let bytes = std::fs::read(filename).ok()?;
        let text: Arc<str> = Arc::from(String::from_utf8_lossy(&bytes).as_ref());
        self.sources.lock().insert(filename.to_string(), text.clone());
        Some(text)
    }

    pub fn recursion_limit(&self) -> usize {
        self.recursion_limit.load(Ordering::Relaxed)
    }
}

/// The state of one OS thread running Python code.
pub struct Thread {
    pub interp: Arc<Interp>,
    /// Every frame's locals, cells and value stack, one after the other.
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// The exception being handled (`sys.exception()`), or None. An object, not a `Value`: the
    /// generator switch moves it in and out on every item, and a one-word field is moved with
    /// one load and one store (a `Value` written as its tag alone, then read as two words,
    /// stalls the CPU's store forwarding).
    pub handled: Option<ObjRef>,
    /// How many native levels are active (a repr, a comparison, a call from native code back
    /// into Python), counted against `NATIVE_RECURSION_LIMIT` as CPython 3.12 counts C
    /// recursion apart from Python frames.
    pub native_depth: usize,
    /// Below this stack address a nested call takes a new stack segment (`nested_for`); 0
    /// until known. Comparing with it is cheaper than asking `stacker` on every nested call.
    stack_floor: usize,
    /// Set just before a re-raise returns its error: the frame is already in the traceback.
    pub reraising: bool,
    /// Set while `run_finalizers` empties the queue: the finalization points of the finalizers'
    /// own code leave the rest of the queue to it instead of nesting.
    pub(crate) running_finalizers: bool,
    /// Set by a RERAISE that restores the instruction which first raised (CPython's `lasti`
    /// operand): the line the frame shows if the exception leaves it.
    pub(crate) reraised_from: Option<usize>,
    /// The exception `throw()` raises in a generator that handles no exception itself, until
    /// the generator's frame unwinds it: it gets no context there (what the caller handles
    /// does not chain, as in CPython).
    pub(crate) thrown_unchained: Option<ObjRef>,
    /// Whether this is the interpreter's main thread, the one that takes KeyboardInterrupt
    /// (threads started by `_thread` are not).
    pub is_main: bool,
    /// LOAD_GLOBAL results by instruction, valid while the globals and builtins dicts keep
    /// their versions (per thread, so reading it takes no lock).
    pub(crate) global_cache: Box<[GlobalCacheEntry; GLOBAL_CACHE_SIZE]>,
    /// LOAD_ATTR lookups by instruction (see `attr_cache`).
    pub(crate) attr_cache: Box<[crate::attr_cache::AttrCacheEntry; crate::attr_cache::ATTR_CACHE_SIZE]>,
    /// `sys.set_asyncgen_hooks`: the firstiter and finalizer hooks (Null when unset).
    pub asyncgen_hooks: (Value, Value),
    /// The nesting of imports being timed, and the time their nested imports took (`-X importtime`).
    pub(crate) import_timing: (usize, u128),
    /// `sys.set_coroutine_origin_tracking_depth`.
    pub coroutine_origin_tracking_depth: i64,
    /// `sys.settrace` and `sys.setprofile` of this thread (see `tracing`).
    pub hooks: crate::tracing::Hooks,
    /// A trace function is set: the eval loop asks for 'line' events before each instruction.
    pub(crate) tracing: bool,
    /// A trace or profile function is set: frame switches, returns and exceptions fire events.
    pub(crate) hooks_active: bool,
    /// Calls of native callables fire events: 'c_call' and friends, C_RETURN and C_RAISE.
    pub(crate) watch_native_calls: bool,
    /// The lock `_thread._set_sentinel` made, released when the thread ends.
    pub(crate) sentinel: Option<ObjRef>,
    /// This thread as the interpreter's other threads see it (`all_threads`).
    pub(crate) entry: Arc<crate::all_threads::ThreadEntry>,
    /// Keeps the OS thread attached for the cycle collector (`gc::world`); declared last so
    /// that it detaches only after the other fields let go of their objects.
    _attached: crate::gc::world::Attachment,
}

/// One cached LOAD_GLOBAL result.
#[derive(Clone, Default)]
pub(crate) struct GlobalCacheEntry {
    /// The code object's id (`Code::id`) and the instruction's index.
    pub site: (usize, usize),
    pub globals_version: u64,
    pub builtins_version: u64,
    /// The dicts the versions belong to, held so that their addresses cannot be reused.
    pub dicts: Option<(ObjRef, ObjRef)>,
    pub value: Value,
}

/// Entries of the LOAD_GLOBAL cache (a power of two).
pub(crate) const GLOBAL_CACHE_SIZE: usize = 1024;

impl Thread {
    /// The interpreter's main thread (the embedder's).
    pub fn new(interp: Arc<Interp>) -> Thread {
        Thread::with_role(interp, true)
    }

    /// A thread started by Python code (`_thread.start_new_thread`). An embedder that runs
    /// Python on a second OS thread calls `value::share_counts` before starting it.
    pub fn new_worker(interp: Arc<Interp>) -> Thread {
        Thread::with_role(interp, false)
    }

    /// Empties this thread's lookup caches (attributes, globals, class lookups). They hold
    /// what they found (a method since deleted from its class, a global since rebound), as
    /// references the collector cannot see, which keep it alive, cycles included: emptied
    /// before `gc.collect()` and the collections of the interpreter's end, and after a
    /// collection ran finalizers, so that only live references keep objects. The finalizers of
    /// what this frees run at the next finalization point.
    pub(crate) fn clear_lookup_caches(&mut self) {
        let globals = std::mem::replace(&mut self.global_cache, crate::attr_cache::filled_table());
        let attributes = std::mem::replace(&mut self.attr_cache, crate::attr_cache::filled_table());
        drop((globals, attributes));
        crate::objects::typeobj::clear_method_cache();
    }

    fn with_role(interp: Arc<Interp>, is_main: bool) -> Thread {
        // Python on a second OS thread (an embedder's; `_thread` sets this before it spawns):
        // reference counts change atomically from now on.
        static FIRST_OS_THREAD: std::sync::OnceLock<std::thread::ThreadId> = std::sync::OnceLock::new();
        let os_thread = std::thread::current().id();
        if *FIRST_OS_THREAD.get_or_init(|| os_thread) != os_thread {
            crate::value::share_counts();
        }
        let entry = crate::all_threads::ThreadEntry::register(&interp);
        Thread {
            is_main,
            interp,
            stack: Vec::with_capacity(1024),
            frames: Vec::with_capacity(64),
            handled: None,
            native_depth: 0,
            stack_floor: usize::MAX,
            reraising: false,
            running_finalizers: false,
            reraised_from: None,
            thrown_unchained: None,
            global_cache: crate::attr_cache::filled_table(),
            attr_cache: crate::attr_cache::filled_table(),
            asyncgen_hooks: (Value::Null, Value::Null),
            coroutine_origin_tracking_depth: 0,
            import_timing: (0, 0),
            hooks: crate::tracing::Hooks::default(),
            tracing: false,
            hooks_active: false,
            watch_native_calls: false,
            entry,
            sentinel: None,
            _attached: crate::gc::world::Attachment::new(),
        }
    }

    /// The depth that counts for the recursion limit: Python frames only (CPython 3.12 counts
    /// the C levels between them separately; see `nested_for`).
    pub fn depth(&self) -> usize {
        self.frames.len()
    }

    /// RecursionError when one more level would pass the limit.
    pub fn check_recursion(&self) -> PyResult<()> {
        if self.depth() >= self.interp.recursion_limit() {
            return Err(recursion_error("maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Runs `f` one native level deeper: counts it for the recursion limit and makes sure the
    /// Rust stack has room (taking a new segment when it runs low).
    pub fn nested<T>(&mut self, f: impl FnOnce(&mut Thread) -> PyResult<T>) -> PyResult<T> {
        self.nested_for("", f)
    }

    /// `nested`, with CPython's wording of what was being done when the limit was hit
    /// (" while getting the repr of an object", " in comparison").
    pub fn nested_for<T>(&mut self, what: &str, f: impl FnOnce(&mut Thread) -> PyResult<T>) -> PyResult<T> {
        if self.native_depth >= NATIVE_RECURSION_LIMIT {
            return Err(recursion_error(format!("maximum recursion depth exceeded{what}")));
        }
        self.native_depth += 1;
        let result = if stack_pointer() > self.stack_floor { f(self) } else { self.on_fresh_stack(f) };
        self.native_depth -= 1;
        result
    }

    /// Runs `f` with room on the Rust stack, without counting a level for the recursion limit:
    /// for running a code object's frame (a module, `exec`), which counts as the frame it
    /// pushes, as in CPython.
    pub fn with_stack_room<T>(&mut self, f: impl FnOnce(&mut Thread) -> PyResult<T>) -> PyResult<T> {
        if stack_pointer() > self.stack_floor {
            f(self)
        } else {
            self.on_fresh_stack(f)
        }
    }

    /// Runs `f` on a new stack segment when this one is within `STACK_RED_ZONE` of its end
    /// (or the floor is not known yet), with the floor of the stack it runs on.
    #[cold]
    fn on_fresh_stack<T>(&mut self, f: impl FnOnce(&mut Thread) -> PyResult<T>) -> PyResult<T> {
        let outer_floor = self.stack_floor;
        let result = stacker::maybe_grow(STACK_RED_ZONE, STACK_SEGMENT, || {
            let remaining = stacker::remaining_stack().unwrap_or(0);
            self.stack_floor = (stack_pointer() + STACK_RED_ZONE).saturating_sub(remaining);
            f(self)
        });
        self.stack_floor = outer_floor;
        result
    }

    /// The exception being handled (`sys.exception()`): the running code's own, else, inside a
    /// generator that handles none, the one its caller was handling when it resumed it (as
    /// CPython chains a generator's exception state to its caller's).
    pub fn handled_exception(&self) -> Value {
        let exception =
            |v: &Option<ObjRef>| v.as_ref().filter(|o| matches!(o.payload(), Payload::Exception(_))).cloned();
        let outer =
            || self.frames.iter().rev().filter(|f| f.generator.is_some()).find_map(|f| exception(&f.outer_handled));
        exception(&self.handled).or_else(outer).into()
    }

    /// The globals of the running frame (the builtins' namespace when no frame runs).
    pub fn current_globals(&self) -> ObjRef {
        self.frames.last().map(|f| f.globals.clone()).unwrap_or_else(|| self.interp.builtins_dict.clone())
    }

    /// A builtin by name (None when missing).
    pub fn builtin(&self, name: &str) -> Option<Value> {
        crate::objects::dict_of(&self.interp.builtins_dict)?.get_str(&intern(name))
    }
}

/// `SystemExit` handling belongs to the launcher; this says whether an error is one.
pub fn is_system_exit(err: &PyErr) -> bool {
    err.matches(&exceptions().system_exit)
}

/// A module object with the given namespace.
pub fn module_name(module: &ObjRef) -> Option<String> {
    let dict = module.dict().as_ref()?;
    match dict.payload() {
        Payload::Dict(d) => d
            .get_str(&intern_static("__name__"))
            .and_then(|v| crate::objects::str::as_pystr(&v).map(|s| s.as_str().into_owned())),
        _ => None,
    }
}

/// How close to the end of the Rust stack nested calls may come before taking a new segment,
/// and the size of the segments taken.
/// How many native levels may nest (reprs of nested containers, comparisons, calls from native
/// code into Python): CPython 3.12's C recursion limit for optimized builds (`Py_C_RECURSION_LIMIT`).
/// The Rust stack grows in segments (`on_fresh_stack`), so this bounds work, not stack space.
pub const NATIVE_RECURSION_LIMIT: usize = 10_000;

const STACK_RED_ZONE: usize = 256 * 1024;
const STACK_SEGMENT: usize = 4 * 1024 * 1024;

/// About where the Rust stack is now (the address of a local). Stacks grow down on every
/// target Ferrython builds for, which `nested_for` relies on.
#[inline(always)]
fn stack_pointer() -> usize {
    let marker = 0u8;
    std::ptr::addr_of!(marker) as usize
}
