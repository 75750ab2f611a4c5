// FLAGS: --proof_mode --layout recursive --steps 200 --print_info
// 200 steps are not a whole number of pedersen instances (ratio 128).
func main() {
    return ();
}
