//! Flate decoding with one inflater per thread, reset from stream to stream.
//!
//! lopdf builds a fresh inflater for every stream (about 40 KB, zeroed and copied), which costs
//! as much as inflating a typical Factur-X XML; zlib-rs with its state reused inflates it about
//! twice as fast again. Only well-formed zlib streams under /FlateDecode alone are decoded here;
//! anything else (other filters, predictors, corrupt or truncated data) goes to lopdf, whose
//! lenient results (partial output, raw deflate retry) stay the rule.

use std::cell::RefCell;

use lopdf::{DecompressError, Dictionary, Object, Stream};
use zlib_rs::{Inflate, InflateFlush, Status};

/// zlib's largest window (32 KB), which every zlib header may ask for.
const WINDOW_BITS: u8 = 15;

thread_local! {
    static INFLATER: RefCell<Inflate> = RefCell::new(Inflate::new(true, WINDOW_BITS));
}

/// The decoded content of `stream`, refused past `limit` bytes: what
/// `Stream::get_plain_content_with_limit` returns, faster for plain Flate streams.
pub(super) fn plain_content(stream: &Stream, limit: usize) -> lopdf::Result<Vec<u8>> {
    if is_plain_flate(&stream.dict)
        && let Some(result) = inflate(&stream.content, limit)
    {
        return result;
    }
    stream.get_plain_content_with_limit(limit)
}

/// /Filter is /FlateDecode alone, without /DecodeParms (no predictor to undo).
fn is_plain_flate(dict: &Dictionary) -> bool {
    let flate = match dict.get(b"Filter") {
        Ok(Object::Name(name)) => name == b"FlateDecode",
        Ok(Object::Array(filters)) => {
            matches!(filters.as_slice(), [Object::Name(name)] if name == b"FlateDecode")
        }
        _ => false,
    };
    flate && !dict.has(b"DecodeParms")
}

/// Inflates a zlib stream; `None` when it is not well formed (lopdf decides then).
/// Like lopdf, at most `limit + 1` bytes are produced: more than `limit` is a bomb.
fn inflate(input: &[u8], limit: usize) -> Option<lopdf::Result<Vec<u8>>> {
    let cap = limit.saturating_add(1);
    // Text compresses about 4:1; the buffer doubles when that is not enough.
    let mut out = vec![0; input.len().saturating_mul(4).max(64).min(cap)];
    INFLATER.with_borrow_mut(|inflater| {
        inflater.reset(true);
        let mut written = 0;
        loop {
            let rest = input.get(usize::try_from(inflater.total_in()).ok()?..)?;
            let status = inflater
                .decompress(rest, &mut out[written..], InflateFlush::Finish)
                .ok()?;
            written = usize::try_from(inflater.total_out()).ok()?;
            let full = written == out.len();
            match status {
                Status::StreamEnd if written <= limit => {
                    out.truncate(written);
                    return Some(Ok(out));
                }
                _ if full && out.len() >= cap => {
                    return Some(Err(DecompressError::MemoryLimitExceeded { limit }.into()));
                }
                Status::Ok | Status::BufError if full => {
                    out.resize(out.len().saturating_mul(2).min(cap), 0);
                }
                // The input ran out before the end of the stream.
                _ => return None,
            }
        }
    })
}
