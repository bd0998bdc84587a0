// glibc malloc pays for frees across threads (the directory import reads rows on one thread
// and frees them on another) and for many small strings: mimalloc is faster at both.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(chorus::commands::main());
}
