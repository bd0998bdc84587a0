fn main() {
    std::process::exit(chorus::commands::main());
}
