fn main() {
    competence_matrix::ui::start();
}
