"""The report's ∂L/∂X22 (seed 002, line 219): dO22·F21 where dO12·F21 belongs."""
TARGETS = ["dx22_hidden"]
HINT = "X22 sits under F21 in exactly one output window: the top-right one, O12."

DX22_TERMS = {("O11", "F22"), ("O22", "F21"), ("O21", "F12"), ("O22", "F11")}
