//! ln, exp and pow from the pure-Rust `libm` crate rather than std, whose
//! versions call the platform's C library: glibc natively, a Rust port in
//! WebAssembly. With one implementation everywhere, the widget, the command
//! line and the tests compute bit-identical numbers (IEEE arithmetic and
//! `sqrt` are already exact everywhere).

pub fn ln(x: f64) -> f64 {
    libm::log(x)
}

pub fn exp(x: f64) -> f64 {
    libm::exp(x)
}

pub fn pow(x: f64, y: f64) -> f64 {
    libm::pow(x, y)
}
