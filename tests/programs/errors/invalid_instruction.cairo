// Jumping into data words that do not decode as an instruction.
func main() {
    jmp data;
    data:
    dw -1;
    ret;
}
