//! Flate decoding with one decompressor per thread, reused from stream to stream.
//!
//! lopdf builds a fresh inflater for every stream (about 40 KB, zeroed and copied), which costs
//! as much as inflating a typical Factur-X XML. Here only well-formed zlib streams under
//! /FlateDecode alone are decoded; anything else (other filters, predictors, corrupt or truncated
//! data) goes to lopdf, whose lenient results (partial output, raw deflate retry) stay the rule.

use std::cell::RefCell;

use lopdf::{DecompressError, Dictionary, Object, Stream};
use miniz_oxide::inflate::TINFLStatus;
use miniz_oxide::inflate::core::{DecompressorOxide, decompress, inflate_flags};

thread_local! {
    static DECOMPRESSOR: RefCell<Box<DecompressorOxide>> = RefCell::default();
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
    let flags = inflate_flags::TINFL_FLAG_PARSE_ZLIB_HEADER
        | inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    DECOMPRESSOR.with_borrow_mut(|decompressor| {
        decompressor.init();
        let (mut input, mut written) = (input, 0);
        loop {
            let (status, read, wrote) = decompress(decompressor, input, &mut out, written, flags);
            written += wrote;
            input = input.get(read..)?;
            match status {
                TINFLStatus::Done if written <= limit => {
                    out.truncate(written);
                    return Some(Ok(out));
                }
                TINFLStatus::Done | TINFLStatus::HasMoreOutput if out.len() >= cap => {
                    return Some(Err(DecompressError::MemoryLimitExceeded { limit }.into()));
                }
                TINFLStatus::HasMoreOutput => {
                    out.resize(out.len().saturating_mul(2).min(cap), 0);
                }
                _ => return None,
            }
        }
    })
}
