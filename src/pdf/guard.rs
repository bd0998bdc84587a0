//! Guards around lopdf: panics caught (and kept off stderr), and one inflation budget per load.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use lopdf::{DecompressError, Object, ObjectId};

thread_local! {
    /// Set while this thread runs lopdf on untrusted input: its panics are expected and silent.
    static QUIET: Cell<bool> = const { Cell::new(false) };
    /// Inflated bytes the current load may still produce.
    static BUDGET: Cell<usize> = const { Cell::new(0) };
    /// The current load wanted to inflate more than its budget.
    static EXCEEDED: Cell<bool> = const { Cell::new(false) };
    /// The current load has met an object stream (so its members may follow).
    static OBJECT_STREAMS: Cell<bool> = const { Cell::new(false) };
}

static HOOK: Once = Once::new();

/// Runs `f`, turning a panic into `Err(())`.
///
/// The panic message is kept off stderr by a panic hook installed once per process that stays
/// silent only on the threads currently inside `quietly` and hands every other panic to the
/// hook it replaced. Swapping the hook around each call instead would race with other threads
/// (a server analyses files concurrently) and could swallow their panics.
pub(super) fn quietly<T>(f: impl FnOnce() -> T) -> Result<T, ()> {
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET.try_with(Cell::get).unwrap_or(false) {
                previous(info);
            }
        }));
    });
    let outer = QUIET.replace(true);
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    QUIET.set(outer);
    result.map_err(|_| ())
}

/// Starts the inflation budget of a load on this thread.
pub(super) fn start_budget(bytes: usize) {
    BUDGET.set(bytes);
    EXCEEDED.set(false);
    OBJECT_STREAMS.set(false);
}

pub(super) fn remaining_budget() -> usize {
    BUDGET.get()
}

pub(super) fn budget_exceeded() -> bool {
    EXCEEDED.get()
}

/// lopdf load filter: charges each object stream's inflated size to the budget before lopdf
/// inflates and parses it, and drops everything once the budget is spent. (lopdf bounds each
/// stream by `max_decompressed_size` but not their sum: thousands of small object streams that
/// each inflate to the per-stream cap would exhaust memory.) lopdf calls the filter on the
/// loading thread, which is why the budget lives in thread-locals: a filter is a plain `fn`.
pub(super) fn charge_object_streams(
    id: ObjectId,
    object: &mut Object,
) -> Option<(ObjectId, Object)> {
    if EXCEEDED.get() {
        return None;
    }
    if let Object::Stream(stream) = object
        && stream.dict.has_type(b"ObjStm")
    {
        OBJECT_STREAMS.set(true);
        let remaining = BUDGET.get();
        match stream.get_plain_content_with_limit(remaining) {
            Ok(data) => BUDGET.set(remaining - data.len()),
            Err(lopdf::Error::Decompress(DecompressError::MemoryLimitExceeded { .. })) => {
                EXCEEDED.set(true);
                return None;
            }
            // Undecodable: lopdf reports it (and skips the stream when lenient).
            Err(_) => {}
        }
    }
    // lopdf keeps `object` itself for objects of the file body (the returned value only says
    // "keep") and takes the returned value for objects unpacked from an object stream, which
    // come after their container and are never streams. So clone only once an object stream
    // has been seen, and never a stream. (lopdf calls the filter on the loading thread as long
    // as its `rayon` feature is off, as it is here.)
    let kept = match object {
        Object::Stream(_) => Object::Null,
        _ if !OBJECT_STREAMS.get() => Object::Null,
        other => other.clone(),
    };
    Some((id, kept))
}
