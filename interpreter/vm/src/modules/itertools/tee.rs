//! `tee` and its iterators (`_tee`). The iterators of one tee share a buffer of the items read
//! from the source: a chain of fixed-size links that each iterator walks at its own pace. A link
//! is freed once every iterator has gone past it.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use parking_lot::Mutex;

use super::{exhausted, instance, itertools_types, new_class, next_item, receiver, ssize_arg};
use crate::builtins::Method;
use crate::method;
use crate::modules::arguments::{between, exactly, no_keywords};
use crate::objects::exception::{runtime_error, value_error};
use crate::objects::function::Args;
use crate::objects::tuple;
use crate::objects::Payload;
use crate::protocols::iter::get_iter;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

pub(super) const TEE: &[Method] =
    &[method!("__new__", tee_new, StaticMethod), method!("__next__", tee_next), method!("__copy__", tee_copy)];

/// How many items a link of the buffer holds.
const LINK_SIZE: usize = 57;

/// The iterator the tee reads from.
struct Source {
    iter: Value,
    /// The thread reading an item (see `thread_mark`), 0 when none is: another read by the same
    /// thread meanwhile is a re-entrant call.
    reader: AtomicUsize,
    /// Whether reading runs Python code (a class's `__next__`, a generator): then another
    /// thread's read meanwhile is an error, as in CPython, where that code may switch threads
    /// halfway; a native iterator's read is short, and a second thread waits for it.
    runs_python: bool,
}

/// A piece of the shared buffer.
#[derive(Default)]
struct Link {
    items: Mutex<Vec<Value>>,
    next: Mutex<Option<Arc<Link>>>,
}

impl Drop for Link {
    /// Frees the links that only this one kept alive one by one, rather than by recursion: a
    /// long unread buffer is a long chain.
    fn drop(&mut self) {
        let mut next = self.next.get_mut().take();
        while let Some(link) = next {
            match Arc::try_unwrap(link) {
                Ok(mut link) => next = link.next.get_mut().take(),
                Err(_) => break,
            }
        }
    }
}

struct Tee {
    source: Arc<Source>,
    /// The link this iterator reads and its index in it.
    position: Mutex<(Arc<Link>, usize)>,
}

fn new_tee(source: Arc<Source>, position: (Arc<Link>, usize)) -> Value {
    instance(&itertools_types().tee, Tee { source, position: Mutex::new(position) })
}

/// A tee iterator reading `iter` from its start.
fn tee_over(iter: Value) -> Value {
    let runs_python = match &iter {
        Value::Obj(obj) => {
            crate::objects::typeobj::type_data(&obj.class).heap
                || matches!(obj.payload(), crate::objects::Payload::Generator(_))
        }
        _ => false,
    };
    let source = Arc::new(Source { iter, reader: AtomicUsize::new(0), runs_python });
    new_tee(source, (Arc::new(Link::default()), 0))
}

/// A number that tells the running thread from the others alive (the address of a
/// thread-local), never 0.
fn thread_mark() -> usize {
    thread_local! {
        static MARK: u8 = const { 0 };
    }
    MARK.with(|mark| std::ptr::from_ref(mark) as usize)
}

fn as_tee(value: &Value) -> Option<&Tee> {
    match value.payload()? {
        Payload::Native(state) => state.downcast_ref::<Tee>(),
        _ => None,
    }
}

fn copy_of(tee: &Tee) -> Value {
    let position = tee.position.lock().clone();
    new_tee(tee.source.clone(), position)
}

/// `_tee(iterable)`: a tee iterator over `iterable` (a copy, if it is one already).
fn tee_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (_class, args) = new_class(&args, "_tee")?;
    no_keywords(&args, "_tee")?;
    let [iterable] = exactly("_tee", &args)?;
    let iter = get_iter(thread, iterable)?;
    Ok(match as_tee(&iter) {
        Some(tee) => copy_of(tee),
        None => tee_over(iter),
    })
}

fn tee_copy(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let tee = receiver::<Tee>(&args, "__copy__", "_tee")?;
    Ok(copy_of(tee))
}

fn tee_next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let tee = receiver::<Tee>(&args, "__next__", "_tee")?;
    let (link, index) = {
        let mut position = tee.position.lock();
        if position.1 == LINK_SIZE {
            let next = position.0.next.lock().get_or_insert_with(Default::default).clone();
            *position = (next, 0);
        }
        position.clone()
    };
    let me = thread_mark();
    let item = loop {
        if let Some(item) = link.items.lock().get(index).cloned() {
            break item;
        }
        // This iterator is the furthest along: read a new item for all of them, unless another
        // thread is doing so (then wait for its item). A read from within the read is an error.
        match tee.source.reader.compare_exchange(0, me, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => {}
            Err(reader) if reader == me || tee.source.runs_python => {
                return Err(runtime_error("cannot re-enter the tee iterator"))
            }
            Err(_) => {
                std::thread::yield_now();
                continue;
            }
        }
        // Another thread may have read this item between the look above and taking the
        // reader's place: reading again would put the next item past the end of a full link.
        if let Some(item) = link.items.lock().get(index).cloned() {
            tee.source.reader.store(0, Ordering::Release);
            break item;
        }
        let read = next_item(thread, &tee.source.iter);
        let mut items = link.items.lock();
        tee.source.reader.store(0, Ordering::Release);
        let Some(item) = read? else { return Err(exhausted()) };
        items.push(item);
        break items.get(index).cloned().unwrap_or_default();
    };
    tee.position.lock().1 = index + 1;
    Ok(item)
}

/// `tee(iterable, n=2)`: n independent iterators over one iterable.
pub(super) fn tee(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_keywords(&args, "itertools.tee")?;
    let pos = between("tee", &args, 1, 2)?;
    let n = match pos.get(1) {
        Some(n) => ssize_arg(thread, n)?,
        None => 2,
    };
    if n < 0 {
        return Err(value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(tuple(Vec::new()));
    }
    let iter = get_iter(thread, &pos[0])?;
    // An iterator that can copy itself is copied; any other is read through a tee.
    let (first, copy) = match crate::protocols::getattr_opt(thread, &iter, "__copy__")? {
        Some(copy) => (iter, copy),
        None => {
            let first = tee_over(iter);
            let copy = crate::protocols::getattr(thread, &first, &crate::objects::str::intern("__copy__"))?;
            (first, copy)
        }
    };
    let mut result = Vec::with_capacity((n as usize).min(1024));
    result.push(first);
    for _ in 1..n {
        result.push(crate::call::call(thread, &copy, Args::positional(&[]))?);
    }
    Ok(tuple(result))
}

/// The source and the buffered items are shared by all the tees of one `tee()` call, so no
/// one of them may count those references for the cycle collector.
impl crate::gc::traverse::NativeData for Tee {}
