//! The per-thread cache behind LOAD_ATTR: for each instruction, what the attribute lookup found
//! on the object's class last time, valid while that class keeps its version. A hit skips the
//! MRO walk and the descriptor checks; only the instance dict is still probed.

use crate::objects::function::BuiltinKind;
use crate::objects::str::intern_static;
use crate::objects::typeobj::{lookup, type_data};
use crate::objects::{BoundMethod, Code, OwnedPayload, Payload, SuperData};
use crate::protocols;
use crate::site_cache::{Hit, RecordKind};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// What the class contributes to a lookup of the name.
#[derive(Clone, Default)]
pub(crate) enum ClassAttr {
    /// Nothing cacheable: take the slow path.
    #[default]
    Uncached,
    /// The class has no attribute of that name: only the instance dict can have it.
    Absent,
    /// A function (or native method) on the class: a method unless the instance dict
    /// shadows it.
    Method(Value),
    /// A method of a builtin object whose class gives its instances no attributes of their
    /// own (`dict.get` of a dict): no instance lookup at all.
    MethodOfBuiltin(Value),
    /// A plain class attribute (not a descriptor), unless the instance dict shadows it.
    Plain(Value),
    /// A property with a getter: called with the instance. `inline` when the getter is a plain
    /// Python function of one parameter and the class has no `__getattr__` to fall back on:
    /// then the eval loop runs it as a frame of its own.
    Property { fget: Value, inline: bool },
    /// STORE_ATTR: a property whose setter is a plain Python function of two parameters.
    Setter(Value),
    /// A module of the builtin module type, whose class has nothing of that name: the
    /// attribute is looked up in the module's namespace (where the entry's hint says first).
    ModuleDict,
    /// STORE_ATTR: the value goes into the instance dict (no `__setattr__` of the class's
    /// own, no data descriptor of that name).
    StoreInDict,
}

#[derive(Clone, Default)]
pub(crate) struct AttrCacheEntry {
    site: (usize, usize),
    /// The version of the class the entry is about. Versions are unique among all types for
    /// the life of the process (`typeobj::new_version`), so the version alone names the class
    /// and its state: no class pointer is needed (or kept alive).
    version: u64,
    attr: ClassAttr,
    /// Where the instance dict held the name last time (see `Dict::get_str_hinted`).
    hint: u32,
}

/// The slot of a per-thread cache (of `size` entries, a power of two) for a call site (code
/// address and instruction index) and a class address: Fibonacci hashing, whose high bits
/// depend on every input bit (low bits of a product do not: neighbouring instructions of one
/// code object used to share slots and evict each other on every run).
pub(crate) fn cache_slot(code: usize, index: usize, class: usize, size: usize) -> usize {
    let key = (code as u64) ^ (index as u64).rotate_left(40) ^ (class as u64).rotate_left(20);
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - size.trailing_zeros())) as usize
}

/// Entries of the cache (a power of two). With 1024, two hot sites of oo_dispatch landed in
/// one two-way set with a third and were reclassified on every run (a million misses).
pub(crate) const ATTR_CACHE_SIZE: usize = 4096;

/// A cache table of default entries. A fixed-size array rather than a vector: slots are
/// hashed into its range (`cache_slot`), so indexing it needs no bounds check.
pub(crate) fn filled_table<T: Default + Clone, const N: usize>() -> Box<[T; N]> {
    let table: Box<[T]> = vec![T::default(); N].into_boxed_slice();
    match table.try_into() {
        Ok(table) => table,
        Err(_) => unreachable!("the vector has N entries"),
    }
}

/// The cache site of STORE_ATTR at instruction `index`: stores use entries of their own, the
/// site's index with the top bit set.
fn store_site(code: &Code, index: usize) -> (usize, usize) {
    (code.id, index | (1 << (usize::BITS - 1)))
}

/// What the class of `obj` says about `name`, for caching; Uncached when the general
/// algorithm must run every time (custom `__getattribute__`, data descriptors, types).
fn classify(obj: &ObjRef, name: &ObjRef) -> ClassAttr {
    if matches!(obj.payload(), Payload::Type(_) | Payload::Super(SuperData { .. })) {
        return ClassAttr::Uncached;
    }
    let class = &obj.class;
    if matches!(obj.payload(), Payload::Module)
        && ObjRef::ptr_eq(class, &crate::objects::typeobj::types().module)
        && lookup(class, name).is_none()
    {
        return ClassAttr::ModuleDict;
    }
    if type_data(class).heap {
        if let Some(custom) = lookup(class, &intern_static("__getattribute__")) {
            if !matches!(custom.payload(), Some(Payload::Builtin(b)) if b.name == "__getattribute__") {
                return ClassAttr::Uncached;
            }
        }
    }
    // Builtin payloads have attributes of their own (`__module__` of a function, `args` of
    // an exception) that come before the class's: only methods are cached for them.
    let plain_instance = matches!(obj.payload(), Payload::Instance(_));
    let found = lookup(class, name);
    if !plain_instance
        && !found.as_ref().is_some_and(|d| matches!(d.payload(), Some(Payload::Function(_) | Payload::Builtin(_))))
    {
        return ClassAttr::Uncached;
    }
    let no_own_attributes = !plain_instance && !type_data(class).instance_dict && obj.dict().is_none();
    match found {
        None => ClassAttr::Absent,
        Some(descr) => match descr.payload() {
            Some(Payload::Function(_)) if no_own_attributes => ClassAttr::MethodOfBuiltin(descr),
            Some(Payload::Function(_)) => ClassAttr::Method(descr),
            Some(Payload::Builtin(b)) if b.kind == BuiltinKind::Method && b.bound.is_none() => {
                if no_own_attributes {
                    ClassAttr::MethodOfBuiltin(descr)
                } else {
                    ClassAttr::Method(descr)
                }
            }
            Some(Payload::Property(property)) if !property.fget.is_none() => {
                let fget = &property.fget;
                let inline = runs_as_frame(fget, 1) && lookup(class, &intern_static("__getattr__")).is_none();
                ClassAttr::Property { fget: fget.clone(), inline }
            }
            Some(Payload::Str(_) | Payload::Int(_) | Payload::Tuple(_)) => ClassAttr::Plain(descr),
            None => ClassAttr::Plain(descr),
            Some(_) => ClassAttr::Uncached,
        },
    }
}

/// Whether `func` is a Python function the eval loop can run as a frame when called with
/// exactly `nargs` positional arguments.
fn runs_as_frame(func: &Value, nargs: usize) -> bool {
    match func.payload() {
        Some(Payload::Function(f)) => {
            f.code.argcount as usize == nargs && crate::call::is_simple(&f.code) && !f.code.is_generator_like()
        }
        _ => false,
    }
}

/// What LOAD_ATTR found.
pub(crate) enum Loaded {
    /// The attribute, and the `self` to push after it for a method call (else Null).
    Value(Value, Value),
    /// A property getter for the eval loop to run as a frame, and the instance.
    Getter(Value, Value),
}

/// What STORE_ATTR did.
pub(crate) enum Stored {
    Done,
    /// A property setter for the eval loop to run as a frame, with the instance and value.
    Setter(Value, Value, Value),
}

/// The instance's own value for `name` (from its dict or its shaped values), if it has one.
#[inline]
fn instance_value(obj: &ObjRef, name: &ObjRef, hint: &mut u32) -> Option<Value> {
    use crate::objects::shape::{get, Lookup};
    match get(obj, name, hint) {
        Lookup::Found(value) => Some(value),
        Lookup::Missing => None,
        Lookup::NotShaped if type_data(&obj.class).dict_holds_slots => {
            crate::objects::dict_of(&crate::objects::shape::attribute_dict(obj)?)?.get_str(name)
        }
        Lookup::NotShaped => crate::objects::dict_of(obj.dict().as_ref()?)?.get_str_hinted(name, hint),
    }
}

/// Whether STORE_ATTR of `name` on `obj` is a plain store into its instance dict.
fn classify_store(obj: &ObjRef, name: &ObjRef) -> ClassAttr {
    if !matches!(obj.payload(), Payload::Instance(_))
        || (obj.dict().is_none() && !crate::objects::shape::is_shaped(obj))
        || ObjRef::ptr_eq(name, &intern_static("__class__"))
    {
        return ClassAttr::Uncached;
    }
    let class = &obj.class;
    if let Some(hook) = lookup(class, &intern_static("__setattr__")) {
        if !protocols::attr::is_generic_store(&hook, "__setattr__") {
            return ClassAttr::Uncached;
        }
    }
    match lookup(class, name) {
        None => ClassAttr::StoreInDict,
        Some(descr) => match descr.payload() {
            None | Some(Payload::Function(_) | Payload::Str(_) | Payload::Int(_) | Payload::Tuple(_)) => {
                ClassAttr::StoreInDict
            }
            Some(Payload::Property(property)) if runs_as_frame(&property.fset, 2) => {
                ClassAttr::Setter(property.fset.clone())
            }
            Some(_) => ClassAttr::Uncached,
        },
    }
}

impl Thread {
    /// STORE_ATTR's common case on a plain instance, without the layers of
    /// `store_attr_cached`: `shape::set` with the cache entry's hint; Ok holds the value replaced,
    /// Err gives the value back for the general path.
    #[inline(always)]
    pub(crate) fn store_attr_inline(
        &mut self,
        code: &Code,
        index: usize,
        obj: &ObjRef,
        name: &ObjRef,
        value: Value,
    ) -> Result<Option<Value>, Value> {
        let Some(slot) = self.cached_attr_slot(store_site(code, index), obj) else { return Err(value) };
        let entry = &mut self.attr_cache[slot];
        match entry.attr {
            ClassAttr::StoreInDict => crate::objects::shape::set(obj, name, value, &mut entry.hint),
            _ => Err(value),
        }
    }

    /// The slot of the cache entry for `site` and the class of `obj`, if there is one (see
    /// `attr_entry`).
    #[inline(always)]
    fn cached_attr_slot(&self, site: (usize, usize), obj: &ObjRef) -> Option<usize> {
        let first = cache_slot(site.0, site.1, obj.class.addr(), ATTR_CACHE_SIZE) & !1;
        let version = type_data(&obj.class).version.load(std::sync::atomic::Ordering::Acquire);
        let valid = |entry: &AttrCacheEntry| entry.site == site && entry.version == version;
        [first, first + 1].into_iter().find(|&slot| valid(&self.attr_cache[slot]))
    }

    /// LOAD_ATTR's common cases, without the layers of `load_attr_cached`: an attribute a plain
    /// instance keeps in its shaped values where the cache entry's hint says, or one it surely
    /// lacks that its class has (a plain value, or for a method call a function); a method of a
    /// builtin object; a module's attribute, from its namespace. None: take `load_attr_cached`,
    /// which also fills the entry.
    #[inline(always)]
    pub(crate) fn load_attr_inline(
        &mut self,
        code: &Code,
        index: usize,
        obj: &ObjRef,
        name: &ObjRef,
        method: bool,
    ) -> Option<Hit> {
        use crate::objects::shape;
        let slot = self.cached_attr_slot((code.id, index), obj)?;
        let entry = &mut self.attr_cache[slot];
        match &entry.attr {
            ClassAttr::ModuleDict => {
                let namespace = crate::objects::dict_of(obj.dict().as_ref()?)?;
                namespace.get_str_hinted(name, &mut entry.hint).map(Hit::Value)
            }
            ClassAttr::Absent => shape::get_hinted(obj, name, entry.hint).map(Hit::Value),
            ClassAttr::Plain(value) => match shape::get_hinted(obj, name, entry.hint) {
                Some(own) => Some(Hit::Value(own)),
                None if shape::lacks_hinted(obj, entry.hint) => Some(Hit::Value(value.clone())),
                None => None,
            },
            ClassAttr::Method(func) if method && shape::lacks_hinted(obj, entry.hint) => {
                Some(Hit::Method(func.clone()))
            }
            ClassAttr::MethodOfBuiltin(func) if method => Some(Hit::Method(func.clone())),
            _ => None,
        }
    }

    /// The cache entry for `site` and the class of `obj`, filled by `classify` on a miss. The
    /// class is part of the hash, so a site that sees several classes keeps an entry for each;
    /// slots go in pairs (two ways), the most recently filled first, so that two sites whose
    /// hashes meet do not evict each other on every run.
    fn attr_entry(&mut self, site: (usize, usize), obj: &ObjRef, classify: impl FnOnce() -> ClassAttr) -> usize {
        let first = cache_slot(site.0, site.1, obj.class.addr(), ATTR_CACHE_SIZE) & !1;
        let version = type_data(&obj.class).version.load(std::sync::atomic::Ordering::Acquire);
        let valid = |entry: &AttrCacheEntry| entry.site == site && entry.version == version;
        if valid(&self.attr_cache[first]) {
            return first;
        }
        if valid(&self.attr_cache[first + 1]) {
            return first + 1;
        }
        let attr = classify();
        self.attr_cache.swap(first, first + 1);
        let old = std::mem::replace(&mut self.attr_cache[first], AttrCacheEntry { site, version, attr, hint: 0 });
        drop(old);
        first
    }

    /// STORE_ATTR at instruction `index` of `code`, through the same cache as LOAD_ATTR.
    pub(crate) fn store_attr_cached(
        &mut self,
        code: &Code,
        index: usize,
        owner: &Value,
        name: &ObjRef,
        value: Value,
    ) -> PyResult<Stored> {
        if let Value::Obj(obj) = owner {
            let site = store_site(code, index);
            let slot = self.attr_entry(site, obj, || classify_store(obj, name));
            let entry = &mut self.attr_cache[slot];
            match &entry.attr {
                ClassAttr::StoreInDict => {
                    // The replaced value is dropped after the lock is released.
                    let value = match crate::objects::shape::set(obj, name, value, &mut entry.hint) {
                        Ok(old) => {
                            drop(old);
                            return Ok(Stored::Done);
                        }
                        Err(value) => value,
                    };
                    if let Some(dict) = obj.dict().as_ref().and_then(crate::objects::dict_of) {
                        drop(dict.set_str_hinted(name, value, &mut entry.hint));
                        return Ok(Stored::Done);
                    }
                    protocols::setattr(self, owner, name, value)?;
                    return Ok(Stored::Done);
                }
                ClassAttr::Setter(fset) => return Ok(Stored::Setter(fset.clone(), owner.clone(), value)),
                _ => {}
            }
        }
        protocols::setattr(self, owner, name, value)?;
        Ok(Stored::Done)
    }

    /// LOAD_ATTR at instruction `index` of `code`: `(attribute, NULL)`, or for a method call
    /// (`method`) `(function, obj)` when no bound method is needed.
    pub(crate) fn load_attr_cached(
        &mut self,
        code: &Code,
        index: usize,
        owner: Value,
        name: &ObjRef,
        method: bool,
    ) -> PyResult<Loaded> {
        let Value::Obj(obj) = &owner else {
            return self.load_attr_slow(owner, name, method);
        };
        let site = (code.id, index);
        let slot = self.attr_entry(site, obj, || classify(obj, name));
        let entry = &mut self.attr_cache[slot];
        let (version, hint) = (entry.version, &mut entry.hint);
        let sites = &code.sites;
        // The entry is read in place (cloning it would count a reference on its value for
        // every load); only what is returned is cloned. What is found for a shaped instance
        // (or a builtin object) also goes into the code's cache word (`site_cache`).
        let func = match &entry.attr {
            ClassAttr::Uncached | ClassAttr::StoreInDict | ClassAttr::Setter(_) => None,
            ClassAttr::ModuleDict => {
                if let Some(value) = obj
                    .dict()
                    .as_ref()
                    .and_then(crate::objects::dict_of)
                    .and_then(|namespace| namespace.get_str_hinted(name, hint))
                {
                    sites.set_module(index, version, *hint);
                    return Ok(Loaded::Value(value, Value::Null));
                }
                None
            }
            ClassAttr::Absent => {
                if let Some(value) = instance_value(obj, name, hint) {
                    if crate::objects::shape::is_shaped(obj) {
                        sites.set_instance(index, version, crate::objects::shape::values_index(obj, *hint));
                    }
                    return Ok(Loaded::Value(value, Value::Null));
                }
                None
            }
            ClassAttr::Plain(value) => {
                let value = match instance_value(obj, name, hint) {
                    Some(own) => own,
                    None => {
                        if crate::objects::shape::lacks_hinted(obj, *hint) {
                            sites.set_record(index, version, *hint, RecordKind::Plain, value);
                        }
                        value.clone()
                    }
                };
                return Ok(Loaded::Value(value, Value::Null));
            }
            ClassAttr::Method(func) => {
                if let Some(value) = instance_value(obj, name, hint) {
                    return Ok(Loaded::Value(value, Value::Null));
                }
                if method {
                    if crate::objects::shape::lacks_hinted(obj, *hint) {
                        sites.set_record(index, version, *hint, RecordKind::Method, func);
                    }
                    return Ok(Loaded::Value(func.clone(), owner));
                }
                Some(func.clone())
            }
            ClassAttr::MethodOfBuiltin(func) => {
                if method {
                    sites.set_record(index, version, 0, RecordKind::MethodOfBuiltin, func);
                    return Ok(Loaded::Value(func.clone(), owner));
                }
                Some(func.clone())
            }
            ClassAttr::Property { fget, inline } => {
                if *inline && !method {
                    return Ok(Loaded::Getter(fget.clone(), owner));
                }
                let fget = fget.clone();
                let class = obj.class.clone();
                let result = crate::call::call(
                    self,
                    &fget,
                    crate::objects::function::Args::positional(std::slice::from_ref(&owner)),
                );
                let value = protocols::attr::getattr_fallback(self, &owner, &class, name, result)?;
                return Ok(Loaded::Value(value, Value::Null));
            }
        };
        if let Some(func) = func {
            // A native method binds as a builtin (`[].append` is a builtin_function_or_method).
            let value = match func.payload() {
                Some(Payload::Builtin(builtin)) => crate::builtins::bind_builtin(builtin, owner),
                _ => Value::Obj(ObjRef::new(
                    crate::objects::typeobj::types().method.clone(),
                    None,
                    OwnedPayload::Method(BoundMethod { func, instance: owner }),
                )),
            };
            return Ok(Loaded::Value(value, Value::Null));
        }
        self.load_attr_slow(owner, name, method)
    }

    fn load_attr_slow(&mut self, owner: Value, name: &ObjRef, method: bool) -> PyResult<Loaded> {
        let (value, this) = if method {
            protocols::load_method(self, owner, name)?
        } else {
            (protocols::getattr(self, &owner, name)?, Value::Null)
        };
        Ok(Loaded::Value(value, this))
    }
}
