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

/// Deflate's largest expansion (258 bytes from about 2 bits): a declared length beyond it is
/// a lie, and sizes no buffer.
const MAX_RATIO: usize = 1032;

thread_local! {
    static INFLATER: RefCell<Inflate> = RefCell::new(Inflate::new(true, WINDOW_BITS));
}

/// The decoded content of `stream`, refused past `limit` bytes: what
/// `Stream::get_plain_content_with_limit` returns, faster for plain Flate streams.
pub(super) fn plain_content(stream: &Stream, limit: usize) -> lopdf::Result<Vec<u8>> {
    if is_plain_flate(&stream.dict)
        && let Some(result) = inflate(&stream.content, declared_len(&stream.dict), limit)
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

/// The decoded length the stream declares: /DL (ISO 32000-1, 7.3.8.2), else an embedded
/// file's /Params /Size (7.11.4), as every Factur-X writer gives it. Only a hint.
fn declared_len(dict: &Dictionary) -> Option<usize> {
    let size = match dict.get(b"DL") {
        Ok(dl) => dl,
        Err(_) => dict
            .get(b"Params")
            .and_then(Object::as_dict)
            .and_then(|params| params.get(b"Size"))
            .ok()?,
    };
    usize::try_from(size.as_i64().ok()?).ok()
}

/// Inflates a zlib stream; `None` when it is not well formed (lopdf decides then).
/// Like lopdf, at most `limit + 1` bytes are produced: more than `limit` is a bomb.
/// `declared` (the length the stream claims) sizes the buffer, when deflate could produce it.
fn inflate(input: &[u8], declared: Option<usize>, limit: usize) -> Option<lopdf::Result<Vec<u8>>> {
    let cap = limit.saturating_add(1);
    // Without a credible declared length, text compresses about 4:1; the buffer doubles when
    // the guess is short.
    let guess = declared
        .filter(|n| *n <= input.len().saturating_mul(MAX_RATIO))
        .unwrap_or(input.len().saturating_mul(4));
    let mut out = vec![0; guess.max(64).min(cap)];
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
