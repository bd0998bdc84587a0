#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = chorus::fuzzing::pdf_analysis(data);
});
