//! The `time` module: the clocks, `sleep`, and calendar conversions (`gmtime`, `localtime`,
//! `mktime`, `strftime`, `asctime`, `ctime`) with `struct_time`.
//!
//! Local time and `strftime` go through the C library on Unix, as CPython's do, so that time
//! zones and formats agree with it; elsewhere local time is UTC.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::builtins::native_function;
use crate::modules::structseq;
use crate::objects::exception::{overflow_error, type_error, value_error};
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::objects::str::{as_pystr, intern, new_str};
use crate::objects::typeobj::type_name;
use crate::objects::{as_tuple, new_dict, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// The nine fields every `struct_time` has, then the two only its attributes show.
const FIELDS: &[&str] =
    &["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];
const EXTRA_FIELDS: &[&str] = &["tm_zone", "tm_gmtoff"];

/// How often a sleeping main thread looks for Ctrl-C.
const SLEEP_SLICE: Duration = Duration::from_millis(50);

/// A broken-down time, as C's `struct tm` holds it (month 1-12, weekday Monday = 0).
#[derive(Clone, Debug, Default)]
struct Civil {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    weekday: i64,
    yearday: i64,
    isdst: i64,
    zone: Option<String>,
    gmtoff: Option<i64>,
}

// ---------------------------------------------------------------------------------------------
// Clocks

fn seconds_since_epoch() -> f64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_secs_f64(),
        Err(e) => -e.duration().as_secs_f64(),
    }
}

fn nanos_since_epoch() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

/// Nanoseconds of a POSIX clock.
#[cfg(unix)]
fn clock_nanos(clock: libc::clockid_t) -> i128 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid timespec to write; the clock ids used are always supported.
    #[allow(unsafe_code)]
    unsafe {
        libc::clock_gettime(clock, &mut ts);
    }
    i128::from(ts.tv_sec) * 1_000_000_000 + i128::from(ts.tv_nsec)
}

/// Nanoseconds of the monotonic clock.
fn monotonic_nanos() -> i128 {
    #[cfg(unix)]
    {
        clock_nanos(libc::CLOCK_MONOTONIC)
    }
    #[cfg(not(unix))]
    {
        static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
        START.get_or_init(Instant::now).elapsed().as_nanos() as i128
    }
}

/// Nanoseconds of CPU time used by the process (or the thread).
fn cpu_nanos(thread_only: bool) -> i128 {
    #[cfg(unix)]
    {
        clock_nanos(if thread_only { libc::CLOCK_THREAD_CPUTIME_ID } else { libc::CLOCK_PROCESS_CPUTIME_ID })
    }
    #[cfg(not(unix))]
    {
        let _ = thread_only;
        monotonic_nanos()
    }
}

fn nanos_value(nanos: i128) -> Value {
    match i64::try_from(nanos) {
        Ok(n) => Value::Int(n),
        Err(_) => crate::objects::int::int_from_big(nanos.into()),
    }
}

fn seconds_value(nanos: i128) -> Value {
    Value::Float(nanos as f64 / 1e9)
}

fn no_args(args: &Args<'_>, name: &str) -> PyResult<()> {
    if args.values.is_empty() {
        return Ok(());
    }
    Err(type_error(format!("time.{name}() takes no arguments ({} given)", args.values.len())))
}

macro_rules! clock_functions {
    ($($name:ident, $ns_name:ident => $nanos:expr;)*) => {
        $(
            fn $name(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
                no_args(&args, stringify!($name))?;
                Ok(seconds_value($nanos))
            }
            fn $ns_name(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
                no_args(&args, stringify!($ns_name))?;
                Ok(nanos_value($nanos))
            }
        )*
    };
}

clock_functions! {
    monotonic, monotonic_ns => monotonic_nanos();
    perf_counter, perf_counter_ns => monotonic_nanos();
    process_time, process_time_ns => cpu_nanos(false);
    thread_time, thread_time_ns => cpu_nanos(true);
}

/// The resolution of a POSIX clock, in seconds.
#[cfg(unix)]
fn clock_resolution(clock: libc::clockid_t) -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid timespec to write; the clock ids used are always supported.
    #[allow(unsafe_code)]
    let status = unsafe { libc::clock_getres(clock, &mut ts) };
    if status != 0 {
        return 1e-9;
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// `time.get_clock_info(name)`: what CPython reports on Linux, where every clock is one of
/// `clock_gettime`'s.
fn get_clock_info(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(type_error("get_clock_info() takes no keyword arguments"));
    }
    if args.values.len() != 1 {
        return Err(type_error(format!("get_clock_info() takes exactly one argument ({} given)", args.values.len())));
    }
    let Some(name) = as_pystr(&args.values[0]) else {
        return Err(type_error(format!("get_clock_info() argument 1 must be str, not {}", type_name(&args.values[0]))));
    };
    let name = name.as_str();
    #[cfg(unix)]
    let (clock, clock_name, monotonic) = match &*name {
        "time" => (libc::CLOCK_REALTIME, "CLOCK_REALTIME", false),
        "monotonic" | "perf_counter" => (libc::CLOCK_MONOTONIC, "CLOCK_MONOTONIC", true),
        "process_time" => (libc::CLOCK_PROCESS_CPUTIME_ID, "CLOCK_PROCESS_CPUTIME_ID", true),
        "thread_time" => (libc::CLOCK_THREAD_CPUTIME_ID, "CLOCK_THREAD_CPUTIME_ID", true),
        _ => return Err(value_error("unknown clock")),
    };
    #[cfg(unix)]
    let (implementation, resolution) = (format!("clock_gettime({clock_name})"), clock_resolution(clock));
    #[cfg(not(unix))]
    let (implementation, monotonic, resolution) = match &*name {
        "time" => ("SystemTime".to_owned(), false, 1e-9),
        "monotonic" | "perf_counter" | "process_time" | "thread_time" => ("Instant".to_owned(), true, 1e-9),
        _ => return Err(value_error("unknown clock")),
    };
    Ok(crate::builtins::new_simple_namespace(&[
        ("implementation", new_str(implementation)),
        ("monotonic", Value::Bool(monotonic)),
        ("adjustable", Value::Bool(!monotonic)),
        ("resolution", Value::Float(resolution)),
    ]))
}

fn time(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "time")?;
    Ok(Value::Float(seconds_since_epoch()))
}

fn time_ns(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "time_ns")?;
    Ok(nanos_value(nanos_since_epoch()))
}

/// A number of seconds given to `sleep` or as a timestamp: int or float.
fn seconds_arg(value: &Value) -> PyResult<f64> {
    match value {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        Value::Float(f) => Ok(*f),
        other => match other.payload() {
            Some(Payload::Float(f)) => Ok(*f),
            Some(Payload::Int(big)) => Ok(num_traits::ToPrimitive::to_f64(big).unwrap_or(f64::INFINITY)),
            _ => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(other)))),
        },
    }
}

/// `sleep(seconds)`: the main thread wakes now and then to take Ctrl-C.
fn sleep(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [value] = args.values else {
        return Err(type_error(format!("time.sleep() takes exactly one argument ({} given)", args.values.len())));
    };
    let seconds = seconds_arg(value)?;
    if seconds.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if seconds < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    let Ok(length) = Duration::try_from_secs_f64(seconds) else {
        return Err(overflow_error("sleep length is too large"));
    };
    let deadline = Instant::now() + length;
    loop {
        let now = Instant::now();
        if now >= deadline {
            return Ok(Value::None);
        }
        let left = deadline - now;
        let slice = if thread.is_main { left.min(SLEEP_SLICE) } else { left };
        crate::gc::world::detached(|| std::thread::sleep(slice));
        thread.interrupt_point()?;
    }
}

// ---------------------------------------------------------------------------------------------
// Calendar

/// Days from 1970-01-01 to the given civil date (proleptic Gregorian).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The UTC broken-down time of a timestamp.
fn utc_civil(seconds: i64) -> Civil {
    let days = seconds.div_euclid(86400);
    let rest = seconds.rem_euclid(86400);
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let yearday = days - days_from_civil(year, 1, 1) + 1;
    Civil {
        year,
        month,
        day,
        hour: rest / 3600,
        minute: rest % 3600 / 60,
        second: rest % 60,
        weekday: (days + 3).rem_euclid(7),
        yearday,
        isdst: 0,
        // What the C library names UTC in `gmtime`'s results.
        zone: Some("GMT".into()),
        gmtoff: Some(0),
    }
}

/// The timestamp argument of `gmtime`/`localtime`/`ctime`: now when missing or None.
fn timestamp_arg(args: &Args<'_>, name: &str) -> PyResult<i64> {
    let value = match args.values {
        [] | [Value::None] => return Ok(seconds_since_epoch().floor() as i64),
        [value] => value,
        more => return Err(type_error(format!("{name}() takes at most 1 argument ({} given)", more.len()))),
    };
    let seconds = seconds_arg(value)?;
    if seconds.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    // Years beyond what a 32-bit C int holds, as CPython's platform limits.
    if !(-67768040609740800.0..=67768036191676799.0).contains(&seconds) {
        return Err(overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(seconds.floor() as i64)
}

#[cfg(unix)]
fn tm_of(civil: &Civil) -> libc::tm {
    // SAFETY: an all-zero `tm` is a valid value (its zone pointer is null).
    #[allow(unsafe_code)]
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = (civil.year - 1900) as i32;
    tm.tm_mon = (civil.month - 1) as i32;
    tm.tm_mday = civil.day as i32;
    tm.tm_hour = civil.hour as i32;
    tm.tm_min = civil.minute as i32;
    tm.tm_sec = civil.second as i32;
    tm.tm_wday = ((civil.weekday + 1) % 7) as i32;
    tm.tm_yday = (civil.yearday - 1) as i32;
    tm.tm_isdst = civil.isdst as i32;
    tm
}

#[cfg(unix)]
fn civil_of(tm: &libc::tm) -> Civil {
    let zone = if tm.tm_zone.is_null() {
        None
    } else {
        // SAFETY: a non-null tm_zone from localtime_r points to a NUL-terminated string that
        // lives as long as the time zone data.
        #[allow(unsafe_code)]
        let text = unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) };
        Some(text.to_string_lossy().into_owned())
    };
    Civil {
        year: i64::from(tm.tm_year) + 1900,
        month: i64::from(tm.tm_mon) + 1,
        day: i64::from(tm.tm_mday),
        hour: i64::from(tm.tm_hour),
        minute: i64::from(tm.tm_min),
        second: i64::from(tm.tm_sec),
        weekday: (i64::from(tm.tm_wday) + 6) % 7,
        yearday: i64::from(tm.tm_yday) + 1,
        isdst: i64::from(tm.tm_isdst),
        zone,
        gmtoff: Some(tm.tm_gmtoff),
    }
}

/// The local broken-down time of a timestamp.
fn local_civil(seconds: i64) -> PyResult<Civil> {
    #[cfg(unix)]
    {
        let t = seconds as libc::time_t;
        // SAFETY: see `tm_of`; localtime_r writes only into `tm`.
        #[allow(unsafe_code)]
        let (tm, ok) = unsafe {
            let mut tm: libc::tm = std::mem::zeroed();
            let ok = !libc::localtime_r(&t, &mut tm).is_null();
            (tm, ok)
        };
        if !ok {
            return Err(overflow_error("timestamp out of range for platform time_t"));
        }
        Ok(civil_of(&tm))
    }
    #[cfg(not(unix))]
    {
        Ok(utc_civil(seconds))
    }
}

fn gmtime(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let seconds = timestamp_arg(&args, "gmtime")?;
    Ok(struct_time_value(&utc_civil(seconds)))
}

fn localtime(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let seconds = timestamp_arg(&args, "localtime")?;
    Ok(struct_time_value(&local_civil(seconds)?))
}

/// A `struct_time` or 9-tuple argument, checked as CPython checks it for `what`.
fn civil_arg(value: &Value, what: &str) -> PyResult<Civil> {
    let Some(items) = as_tuple(value) else { return Err(type_error("Tuple or struct_time argument required")) };
    if items.len() != 9 {
        return Err(type_error(format!("{what}(): illegal time tuple argument")));
    }
    let mut numbers = [0i64; 9];
    for (slot, item) in numbers.iter_mut().zip(items) {
        *slot = match item {
            Value::Int(i) => *i,
            Value::Bool(b) => i64::from(*b),
            other => {
                return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(other))))
            }
        };
    }
    let [year, month, day, hour, minute, second, weekday, yearday, isdst] = numbers;
    let dict = value.as_obj().and_then(crate::objects::shape::instance_dict);
    let (zone, gmtoff) = match dict.as_ref().and_then(crate::objects::dict_of) {
        Some(dict) => (
            dict.get_str(&intern("tm_zone")).and_then(|z| as_pystr(&z).map(|s| s.as_str().into_owned())),
            match dict.get_str(&intern("tm_gmtoff")) {
                Some(Value::Int(i)) => Some(i),
                _ => None,
            },
        ),
        None => (None, None),
    };
    Ok(Civil { year, month, day, hour, minute, second, weekday, yearday, isdst, zone, gmtoff })
}

/// The checks `strftime` and `asctime` make of a time tuple; zero fields take their floor.
fn checked(mut civil: Civil) -> PyResult<Civil> {
    if civil.month == 0 {
        civil.month = 1;
    }
    if !(1..=12).contains(&civil.month) {
        return Err(value_error("month out of range"));
    }
    if civil.day == 0 {
        civil.day = 1;
    }
    if !(1..=31).contains(&civil.day) {
        return Err(value_error("day of month out of range"));
    }
    if !(0..=23).contains(&civil.hour) {
        return Err(value_error("hour out of range"));
    }
    if !(0..=59).contains(&civil.minute) {
        return Err(value_error("minute out of range"));
    }
    if !(0..=61).contains(&civil.second) {
        return Err(value_error("seconds out of range"));
    }
    if civil.weekday < 0 {
        return Err(value_error("day of week out of range"));
    }
    civil.weekday %= 7;
    if civil.yearday == 0 {
        civil.yearday = 1;
    }
    if !(1..=366).contains(&civil.yearday) {
        return Err(value_error("day of year out of range"));
    }
    civil.isdst = civil.isdst.clamp(-1, 1);
    Ok(civil)
}

/// The time tuple argument of `asctime`/`strftime`: local time now when missing.
fn optional_civil(value: Option<&Value>, what: &str) -> PyResult<Civil> {
    match value {
        None => local_civil(seconds_since_epoch().floor() as i64),
        Some(value) => checked(civil_arg(value, what)?),
    }
}

const DAY_NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTH_NAMES: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn asctime_text(civil: &Civil) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        DAY_NAMES[civil.weekday.rem_euclid(7) as usize],
        MONTH_NAMES[(civil.month - 1).clamp(0, 11) as usize],
        civil.day,
        civil.hour,
        civil.minute,
        civil.second,
        civil.year
    )
}

fn asctime(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    if args.values.len() > 1 {
        return Err(type_error(format!("asctime expected at most 1 argument, got {}", args.values.len())));
    }
    Ok(new_str(asctime_text(&optional_civil(args.values.first(), "asctime")?)))
}

fn ctime(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let seconds = timestamp_arg(&args, "ctime")?;
    Ok(new_str(asctime_text(&local_civil(seconds)?)))
}

/// `mktime(t)`: the timestamp of a local time tuple.
fn mktime(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [value] = args.values else {
        return Err(type_error(format!("time.mktime() takes exactly one argument ({} given)", args.values.len())));
    };
    let civil = civil_arg(value, "mktime")?;
    #[cfg(unix)]
    {
        let mut tm = tm_of(&civil);
        // mktime reports an error as -1, which is also a valid result: a weekday it leaves
        // untouched tells the two apart.
        tm.tm_wday = -1;
        // SAFETY: `tm` is a valid struct tm; mktime only normalizes it.
        #[allow(unsafe_code)]
        let t = unsafe { libc::mktime(&mut tm) };
        if t == -1 && tm.tm_wday == -1 {
            return Err(overflow_error("mktime argument out of range"));
        }
        Ok(Value::Float(t as f64))
    }
    #[cfg(not(unix))]
    {
        let days = days_from_civil(civil.year, civil.month, civil.day);
        Ok(Value::Float((days * 86400 + civil.hour * 3600 + civil.minute * 60 + civil.second) as f64))
    }
}

/// `strftime(format[, t])`.
fn strftime(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (format, t) = match args.values {
        [format] => (format, None),
        [format, t] => (format, Some(t)),
        more => return Err(type_error(format!("strftime expected 1 or 2 arguments, got {}", more.len()))),
    };
    let Some(format) = as_pystr(format) else {
        return Err(type_error(format!("strftime() argument 1 must be str, not {}", type_name(format))));
    };
    let civil = optional_civil(t, "strftime")?;
    let format = format.as_str().into_owned();
    Ok(new_str(format_time(&format, &civil)?))
}

#[cfg(unix)]
fn format_time(format: &str, civil: &Civil) -> PyResult<String> {
    if format.contains('\0') {
        return Err(value_error("embedded null character"));
    }
    let mut tm = tm_of(civil);
    tm.tm_gmtoff = civil.gmtoff.unwrap_or(0) as _;
    let zone = std::ffi::CString::new(civil.zone.clone().unwrap_or_default()).unwrap_or_default();
    tm.tm_zone = zone.as_ptr().cast_mut();
    let c_format = std::ffi::CString::new(format).unwrap_or_default();
    // strftime returns 0 both for "did not fit" and for an empty result: grow the buffer a few
    // times, then take the empty result as the answer.
    let mut capacity = 256usize.max(format.len() * 4);
    for _ in 0..6 {
        let mut buffer = vec![0u8; capacity];
        // SAFETY: the buffer has `capacity` bytes; the format and zone strings outlive the call.
        #[allow(unsafe_code)]
        let written = unsafe { libc::strftime(buffer.as_mut_ptr().cast(), capacity, c_format.as_ptr(), &tm) };
        if written > 0 {
            buffer.truncate(written);
            return Ok(String::from_utf8_lossy(&buffer).into_owned());
        }
        capacity *= 4;
    }
    Ok(String::new())
}

#[cfg(not(unix))]
fn format_time(format: &str, civil: &Civil) -> PyResult<String> {
    // Only the numeric directives without a C library.
    let mut out = String::new();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('Y') => out.push_str(&civil.year.to_string()),
            Some('m') => out.push_str(&format!("{:02}", civil.month)),
            Some('d') => out.push_str(&format!("{:02}", civil.day)),
            Some('H') => out.push_str(&format!("{:02}", civil.hour)),
            Some('M') => out.push_str(&format!("{:02}", civil.minute)),
            Some('S') => out.push_str(&format!("{:02}", civil.second)),
            Some('%') => out.push('%'),
            Some(other) => {
                out.push('%');
                out.push(other);
            }
            None => out.push('%'),
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// struct_time

/// The `struct_time` type (one per process, as the struct sequence types of `sys` are).
fn struct_time_class() -> &'static ObjRef {
    static CLASS: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    CLASS.get_or_init(|| structseq::new_type_with_extras("time", "struct_time", FIELDS, EXTRA_FIELDS))
}

fn struct_time_value(civil: &Civil) -> Value {
    let values = [
        civil.year,
        civil.month,
        civil.day,
        civil.hour,
        civil.minute,
        civil.second,
        civil.weekday,
        civil.yearday,
        civil.isdst,
    ]
    .into_iter()
    .map(Value::Int)
    .collect();
    let zone = civil.zone.clone().map_or(Value::None, new_str);
    let gmtoff = civil.gmtoff.map_or(Value::None, Value::Int);
    structseq::new_instance_with_extras(struct_time_class(), values, vec![zone, gmtoff])
}

// ---------------------------------------------------------------------------------------------
// The module

/// The local zone's facts: (timezone, altzone, daylight, (std name, dst name)), read from the
/// C library's view of January and July of this year, as CPython does.
fn zone_facts() -> PyResult<(i64, i64, i64, (String, String))> {
    let now = seconds_since_epoch().floor() as i64;
    let year = utc_civil(now).year;
    let january = local_civil(days_from_civil(year, 1, 1) * 86400)?;
    let july = local_civil(days_from_civil(year, 7, 1) * 86400)?;
    let (jan_off, jul_off) = (january.gmtoff.unwrap_or(0), july.gmtoff.unwrap_or(0));
    let (jan_name, jul_name) = (january.zone.unwrap_or_default(), july.zone.unwrap_or_default());
    // In the southern hemisphere daylight time is in January.
    Ok(if jan_off <= jul_off {
        (-jan_off, -jul_off, i64::from(jan_off != jul_off), (jan_name, jul_name))
    } else {
        (-jul_off, -jan_off, 1, (jul_name, jan_name))
    })
}

/// Makes the `time` module.
pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    let functions: &[(&'static str, NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", perf_counter),
        ("perf_counter_ns", perf_counter_ns),
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("thread_time", thread_time),
        ("thread_time_ns", thread_time_ns),
        ("sleep", sleep),
        ("gmtime", gmtime),
        ("localtime", localtime),
        ("mktime", mktime),
        ("asctime", asctime),
        ("ctime", ctime),
        ("strftime", strftime),
        ("get_clock_info", get_clock_info),
    ];
    for (name, function) in functions {
        ns.set_str(&intern(name), native_function(name, *function, BuiltinKind::Function, None));
    }
    ns.set_str(&intern("struct_time"), Value::Obj(struct_time_class().clone()));
    let (timezone, altzone, daylight, (std_name, dst_name)) = zone_facts()?;
    ns.set_str(&intern("timezone"), Value::Int(timezone));
    ns.set_str(&intern("altzone"), Value::Int(altzone));
    ns.set_str(&intern("daylight"), Value::Int(daylight));
    ns.set_str(&intern("tzname"), crate::objects::tuple_of([new_str(std_name), new_str(dst_name)]));
    Ok(crate::objects::new_module("time", dict))
}
