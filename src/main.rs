fn main() {
    #[cfg(target_arch = "wasm32")]
    competence_matrix::ui::start();
}
